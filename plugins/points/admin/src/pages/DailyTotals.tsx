import { useEffect, useState } from 'react';
import { Alert, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useApi } from '../useApi';

interface Day { day: string; issued: number; spent: number; expired: number; adjusted: number }

/** Totals issued / spent / expired per Asia/Shanghai day (last 30 days). */
export const DailyTotals = () => {
  const api = useApi();
  const [days, setDays] = useState<Day[]>([]);
  useEffect(() => {
    api.get<Day[]>('/points/stats/daily').then((d) => setDays(d ?? []));
  }, []);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {api.error && <Alert variant="danger" title="出错了" closeLabel="关闭">{api.error}</Alert>}
      <Typography textColor="neutral600">按北京时间自然日统计最近 30 天；消费已扣除取消订单退还的积分。</Typography>
      <Table colCount={5} rowCount={days.length + 1}>
        <Thead><Tr><Th>日期</Th><Th>发放</Th><Th>消费</Th><Th>过期</Th><Th>人工调整</Th></Tr></Thead>
        <Tbody>
          {days.map((d) => (
            <Tr key={d.day}><Td>{d.day}</Td><Td>{d.issued}</Td><Td>{d.spent}</Td><Td>{d.expired}</Td><Td>{d.adjusted}</Td></Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
};
