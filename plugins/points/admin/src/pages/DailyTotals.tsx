import { useEffect, useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { DataTable, ErrorAlert, useApi } from '@wedraw/kit/admin';

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
      <DataTable
        columns={[
          { title: '日期', cell: (d) => d.day },
          { title: '发放', cell: (d) => d.issued },
          { title: '消费', cell: (d) => d.spent },
          { title: '过期', cell: (d) => d.expired },
          { title: '人工调整', cell: (d) => d.adjusted },
        ]}
        rows={days}
        rowKey={(d) => d.day}
      />
    </Flex>
  );
};
