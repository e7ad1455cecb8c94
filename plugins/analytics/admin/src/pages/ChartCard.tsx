import { useState } from 'react';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { EChart, chartCsv, download, type ChartData } from './EChart';

/** One chart with its table view and a CSV button. */
export function ChartCard({ title, data, file }: { title: string; data: ChartData; file: string }) {
  const [asTable, setAsTable] = useState(false);
  return (
    <Box background="neutral0" padding={4} hasRadius shadow="tableShadow" marginBottom={4}>
      <Flex justifyContent="space-between" marginBottom={2}>
        <Typography variant="delta" tag="h3">
          {title}
        </Typography>
        <Flex gap={2}>
          <Button variant="tertiary" size="S" onClick={() => setAsTable(!asTable)}>
            {asTable ? '图表' : '表格'}
          </Button>
          <Button variant="secondary" size="S" onClick={() => download(`${file}.csv`, chartCsv(data))}>
            导出 CSV
          </Button>
        </Flex>
      </Flex>
      {asTable ? (
        <Table colCount={data.series.length + 1} rowCount={data.buckets.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">日期</Typography>
              </Th>
              {data.series.map((s) => (
                <Th key={s.metric}>
                  <Typography variant="sigma">{s.unit ? `${s.label}（${s.unit}）` : s.label}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {data.buckets.map((b, i) => (
              <Tr key={b}>
                <Td>
                  <Typography>{b}</Typography>
                </Td>
                {data.series.map((s) => (
                  <Td key={s.metric}>
                    <Typography>{s.values[i]}</Typography>
                  </Td>
                ))}
              </Tr>
            ))}
          </Tbody>
        </Table>
      ) : (
        <EChart data={{ ...data, title }} />
      )}
    </Box>
  );
}
