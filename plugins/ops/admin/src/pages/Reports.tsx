import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, ErrorAlert, Pager, useAction, useApi } from '@wedraw/kit/admin';
import { at } from './format';
import { ReportText } from './ReportText';

interface Report {
  documentId: string;
  kind: 'daily' | 'weekly' | 'monthly';
  period: string;
  summary: { alerts: { fired: number; resolved: number; firingAtEnd: number } };
  text: string;
  delivery: string | null;
  operator: string | null;
  createdAt: string;
}
const KINDS: Record<string, string> = { daily: '日报', weekly: '周报', monthly: '月报' };

/** 运维报表: the daily, weekly and monthly reports, each shown in full; one built now on demand. */
export function Reports({ canGenerate }: { canGenerate: boolean }) {
  const api = useApi();
  const { post } = useFetchClient();
  const [rows, setRows] = useState<Report[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState<Report | null>(null);
  const [form, setForm] = useState({ kind: 'daily', day: '' });
  const load = async () => {
    const res = await api.getPage<Report[]>('/ops/reports', { page, pageSize: 20 });
    setRows(res?.data ?? []);
    setTotal(res?.meta.pagination.total ?? 0);
  };
  const { act, busy } = useAction(load);
  useEffect(() => {
    void load();
  }, [page]);
  const generate = () =>
    act(async () => {
      const res = await post<{ data: Report; meta: { created: boolean } }>('/ops/reports', { kind: form.kind, ...(form.day ? { day: form.day } : {}) });
      setShown(res.data.data);
      if (!res.data.meta.created) throw Object.assign(new Error(), { response: { data: { error: { message: '该期报表已生成并发送过，不再重复发送' } } } });
    }, '报表已生成并发送');
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Typography textColor="neutral600">
        每天定时（北京时间，OPS_REPORT_HOUR，默认 8 点）生成前一天的日报，周一另生成上周的周报，每月 1
        日生成上月的月报，发往勾选了「接收报表」的通知对象。每期只生成、发送一次。
      </Typography>
      {canGenerate && (
        <Flex gap={2} alignItems="flex-end">
          <Field.Root>
            <Field.Label>类型</Field.Label>
            <SingleSelect value={form.kind} onChange={(v: string | number) => setForm({ ...form, kind: String(v) })}>
              {Object.entries(KINDS).map(([k, label]) => (
                <SingleSelectOption key={k} value={k}>
                  {label}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Field.Root hint="留空为上一个完整周期">
            <Field.Label>日期（YYYY-MM-DD）</Field.Label>
            <TextInput value={form.day} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, day: e.target.value })} />
          </Field.Root>
          <Button disabled={busy} onClick={generate}>
            立即生成
          </Button>
        </Flex>
      )}
      <DataTable
        columns={[
          { title: '类型', cell: (r) => KINDS[r.kind] },
          { title: '周期', cell: (r) => r.period },
          { title: '告警触发', cell: (r) => r.summary?.alerts?.fired ?? 0 },
          { title: '恢复', cell: (r) => r.summary?.alerts?.resolved ?? 0 },
          { title: '发送', cell: (r) => r.delivery },
          { title: '生成时间', cell: (r) => `${at(r.createdAt)}${r.operator ? `（${r.operator}）` : ''}` },
          {
            title: '',
            cell: (r) => (
              <Button size="S" variant="tertiary" onClick={() => setShown(r)}>
                查看
              </Button>
            ),
          },
        ]}
        rows={rows}
        rowKey={(r) => r.documentId}
        empty="还没有报表"
      />
      <Pager page={page} onPage={setPage} total={total} pageSize={20} unit="份报表" />
      {shown && (
        <Box padding={4} background="neutral100" hasRadius>
          <ReportText text={shown.text} />
        </Box>
      )}
    </Flex>
  );
}
