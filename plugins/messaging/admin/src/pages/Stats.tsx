import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import { ErrorAlert, useApi } from '@wedraw/kit/admin';

interface Summary {
  total: number;
  sent: number;
  delivered: number;
  failed: number;
  pending: number;
  successRate: number | null;
  latencyMs: { p50: number | null; p95: number | null };
  byChannel: Record<string, { total: number; delivered: number; failed: number }>;
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** 统计: pre-aggregated totals per day range, a bar per channel, success rate and latency. */
export function Stats() {
  const api = useApi();
  const [range, setRange] = useState({ from: today(), to: today(), tenant: '' });
  const [data, setData] = useState<Summary | null>(null);
  const load = async () => setData(await api.get<Summary>('/messaging/stats', Object.fromEntries(Object.entries(range).filter(([, v]) => v))));
  useEffect(() => {
    void load();
  }, []);
  const max = Math.max(1, ...Object.values(data?.byChannel ?? {}).map((c) => c.total));
  const set = (k: keyof typeof range) => (e: any) => setRange({ ...range, [k]: e.target.value });
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Flex gap={2} alignItems="flex-end">
        <Field.Root name="from">
          <Field.Label>起</Field.Label>
          <Field.Input type="date" value={range.from} onChange={set('from')} />
        </Field.Root>
        <Field.Root name="to">
          <Field.Label>止</Field.Label>
          <Field.Input type="date" value={range.to} onChange={set('to')} />
        </Field.Root>
        <Field.Root name="tenant">
          <Field.Label>租户编码（空为全部）</Field.Label>
          <Field.Input value={range.tenant} onChange={set('tenant')} />
        </Field.Root>
        <Button onClick={load}>查询</Button>
      </Flex>
      {data && (
        <>
          <Typography>
            共 {data.total} 条 · 已送达 {data.delivered} · 失败 {data.failed} · 进行中 {data.pending} · 成功率{' '}
            {data.successRate === null ? '—' : `${(data.successRate * 100).toFixed(1)}%`} · 耗时 p50 {data.latencyMs.p50 ?? '—'} ms / p95{' '}
            {data.latencyMs.p95 ?? '—'} ms（分桶上限）
          </Typography>
          {Object.entries(data.byChannel).map(([name, c]) => (
            <Flex key={name} gap={2}>
              <Box style={{ width: 120 }}>
                <Typography>{name}</Typography>
              </Box>
              <Box background="success500" style={{ height: 16, width: `${(c.delivered / max) * 60}%` }} />
              <Box background="danger500" style={{ height: 16, width: `${(c.failed / max) * 60}%` }} />
              <Typography>
                {c.delivered}/{c.total}
              </Typography>
            </Flex>
          ))}
        </>
      )}
    </Flex>
  );
}
