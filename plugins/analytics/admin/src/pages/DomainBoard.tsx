import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Grid, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ErrorAlert, useApi } from '@wedraw/kit/admin';
import { ChartCard } from './ChartCard';
import { download, type ChartData } from './EChart';

interface Board {
  title: string;
  charts: Array<ChartData & { key: string; title: string }>;
  breakdowns: Array<{ key: string; title: string; rows: Array<{ dimension: string; label?: string; value: number }> }>;
}

const GRANULARITIES = [
  ['day', '按日'],
  ['week', '按周'],
  ['month', '按月'],
] as const;
/** A CSV cell: quoted when it holds a comma, quote or line break. */
const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const shanghaiDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/** One domain's dashboard: a date range (Beijing time), day/week/month, its charts and breakdowns. */
export function DomainBoard({ domain }: { domain: string }) {
  const api = useApi();
  const [from, setFrom] = useState(shanghaiDay(Date.now() - 29 * 86_400_000));
  const [to, setTo] = useState(shanghaiDay(Date.now()));
  const [granularity, setGranularity] = useState<string>('day');
  const [board, setBoard] = useState<Board | null>(null);
  useEffect(() => {
    api.get<Board>(`/analytics/dashboards/${domain}`, { from, to, granularity }).then((b) => b && setBoard(b));
  }, [domain, from, to, granularity]);
  const file = (what: string) => `${board?.title ?? domain}-${what}-${from}-${to}`;
  return (
    <Box>
      <Flex gap={4} marginBottom={4} alignItems="flex-end" wrap="wrap">
        <Field.Root name="from">
          <Field.Label>开始日期</Field.Label>
          <Field.Input type="date" value={from} onChange={(e: any) => setFrom(e.target.value)} />
        </Field.Root>
        <Field.Root name="to">
          <Field.Label>结束日期</Field.Label>
          <Field.Input type="date" value={to} onChange={(e: any) => setTo(e.target.value)} />
        </Field.Root>
        <Flex gap={1}>
          {GRANULARITIES.map(([value, label]) => (
            <Button key={value} variant={granularity === value ? 'default' : 'tertiary'} onClick={() => setGranularity(value)}>
              {label}
            </Button>
          ))}
        </Flex>
        <Typography textColor="neutral600">日期为北京时间；统计每分钟更新一次。</Typography>
      </Flex>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      {board?.charts.map((c) => (
        <ChartCard key={c.key} title={c.title} data={c} file={file(c.title)} />
      ))}
      <Grid.Root gap={4}>
        {board?.breakdowns.map((b) => (
          <Grid.Item key={b.key} col={6} s={12} direction="column" alignItems="stretch">
            <Box background="neutral0" padding={4} hasRadius shadow="tableShadow" width="100%">
              <Flex justifyContent="space-between" marginBottom={2}>
                <Typography variant="delta" tag="h3">
                  {b.title}
                </Typography>
                <Button
                  variant="secondary"
                  size="S"
                  onClick={() =>
                    download(`${file(b.title)}.csv`, `\uFEFF名称,数量\r\n${b.rows.map((r) => `${csvCell(r.label ?? r.dimension)},${r.value}`).join('\r\n')}`)
                  }
                >
                  导出 CSV
                </Button>
              </Flex>
              <Table colCount={2} rowCount={b.rows.length + 1}>
                <Thead>
                  <Tr>
                    <Th>
                      <Typography variant="sigma">名称</Typography>
                    </Th>
                    <Th>
                      <Typography variant="sigma">数量</Typography>
                    </Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {b.rows.map((r) => (
                    <Tr key={r.dimension}>
                      <Td>
                        <Typography>{r.label ?? (r.dimension || '（未填）')}</Typography>
                      </Td>
                      <Td>
                        <Typography>{r.value}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              {!b.rows.length && <Typography textColor="neutral600">所选日期内没有数据</Typography>}
            </Box>
          </Grid.Item>
        ))}
      </Grid.Root>
    </Box>
  );
}
