import { useEffect, useState } from 'react';
import { Flex, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { ErrorAlert, TableHead, useApi } from '@wedraw/kit/admin';

interface Day {
  day: string;
  issued: number;
  spent: number;
  expired: number;
  adjusted: number;
}

/** Totals issued / spent / expired per Asia/Shanghai day (last 30 days). */
export const DailyTotals = () => {
  const api = useApi();
  const [days, setDays] = useState<Day[]>([]);
  useEffect(() => {
    api.get<Day[]>('/points/stats/daily').then((d) => setDays(d ?? []));
  }, []);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Typography textColor="neutral600">按北京时间自然日统计最近 30 天；消费已扣除取消订单退还的积分。</Typography>
      <Table colCount={5} rowCount={days.length + 1}>
        <TableHead columns={['日期', '发放', '消费', '过期', '人工调整']} />
        <Tbody>
          {days.map((d) => (
            <Tr key={d.day}>
              <Td>{d.day}</Td>
              <Td>{d.issued}</Td>
              <Td>{d.spent}</Td>
              <Td>{d.expired}</Td>
              <Td>{d.adjusted}</Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
};
