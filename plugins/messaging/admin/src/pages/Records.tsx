import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import { DataTable, ErrorAlert, Pager, useApi } from '@wedraw/kit/admin';

interface Row {
  id: string;
  channel: string;
  to: string;
  /** The recipient is a credential (a webhook URL, a robot token): shown masked. */
  toMasked?: boolean;
  status: string;
  attempts: number;
  error: { code: string; message: string } | null;
  createdAt: string;
  sentAt: string | null;
}

const STATUS: Record<string, string> = {
  pending: '待发送',
  scheduled: '定时',
  sending: '发送中',
  sent: '已发送',
  delivered: '已送达',
  failed: '失败',
  canceled: '已取消',
};

/** 发送记录: filters, newest first, and one record's detail with its content and callback attempts. */
export function Records() {
  const api = useApi();
  const [filters, setFilters] = useState({ tenant: '', channel: '', status: '', to: '' });
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [detail, setDetail] = useState<unknown>(null);
  const load = async () => {
    const params = Object.fromEntries(Object.entries({ ...filters, page, pageSize: 20 }).filter(([, v]) => v !== ''));
    const res = await api.getPage<Row[]>('/messaging/messages', params);
    if (res) {
      setRows(res.data);
      setTotal(res.meta.pagination.total);
    }
  };
  useEffect(() => {
    void load();
  }, [page]);
  const set = (k: keyof typeof filters) => (e: any) => setFilters({ ...filters, [k]: e.target.value });
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Flex gap={2} alignItems="flex-end">
        {(['tenant', 'channel', 'status', 'to'] as const).map((k) => (
          <Field.Root key={k} name={k}>
            <Field.Label>{{ tenant: '租户编码', channel: '渠道', status: '状态', to: '接收者' }[k]}</Field.Label>
            <Field.Input value={filters[k]} onChange={set(k)} />
          </Field.Root>
        ))}
        <Button onClick={() => (page === 1 ? load() : setPage(1))}>查询</Button>
      </Flex>
      <Typography>共 {total} 条</Typography>
      <DataTable
        columns={[
          { title: '时间', cell: (r) => new Date(r.createdAt).toLocaleString('zh-CN') },
          { title: '渠道', cell: (r) => r.channel },
          { title: '接收者', cell: (r) => (r.toMasked ? `${r.to}（凭据，已隐藏）` : r.to) },
          { title: '状态', cell: (r) => STATUS[r.status] ?? r.status },
          { title: '尝试', cell: (r) => r.attempts },
          { title: '错误', cell: (r) => (r.error ? `${r.error.code} ${r.error.message}` : ''), danger: true },
          {
            title: '',
            cell: (r) => (
              <Button variant="tertiary" size="S" onClick={async () => setDetail(await api.get(`/messaging/messages/${r.id}`))}>
                详情
              </Button>
            ),
          },
        ]}
        rows={rows}
        rowKey={(r: Row) => r.id}
        empty="没有符合条件的消息"
      />
      <Pager page={page} total={total} onPage={setPage} />
      {detail !== null && (
        <Box>
          <pre>{JSON.stringify(detail, null, 2)}</pre>
        </Box>
      )}
    </Flex>
  );
}
