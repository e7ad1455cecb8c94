import { useEffect, useState } from 'react';
import { Button, Field, Flex, TextInput } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, ErrorAlert, useAction, useApi } from '@wedraw/kit/admin';
import { at, LEVELS } from './format';

interface Silence {
  documentId: string;
  matchers: { rule?: string; level?: string; metric?: string };
  startsAt: string;
  endsAt: string;
  operator: string | null;
  reason: string;
}
const describe = (m: Silence['matchers']) =>
  [m.rule && `规则 ${m.rule}`, m.level && `级别 ${LEVELS[m.level] ?? m.level}`, m.metric && `指标 ${m.metric}`].filter(Boolean).join('，');

/** 静默: matchers + a time window; notifications held, alerts still recorded. */
export function Silences({ canUpdate }: { canUpdate: boolean }) {
  const api = useApi();
  const { post } = useFetchClient();
  const [rows, setRows] = useState<Silence[]>([]);
  const [form, setForm] = useState({ rule: '', hours: '2', reason: '' });
  const load = async () => setRows((await api.get<Silence[]>('/ops/silences')) ?? []);
  const { act, busy } = useAction(load);
  useEffect(() => {
    void load();
  }, []);
  const create = () =>
    act(
      () =>
        post('/ops/silences', {
          matchers: { rule: form.rule || undefined },
          endsAt: new Date(Date.now() + Number(form.hours) * 3_600_000).toISOString(),
          reason: form.reason,
        }),
      '已创建静默',
    );
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      {canUpdate && (
        <Flex gap={2} alignItems="flex-end">
          <Field.Root name="rule">
            <Field.Label>规则编码</Field.Label>
            <TextInput value={form.rule} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, rule: e.target.value })} />
          </Field.Root>
          <Field.Root name="hours">
            <Field.Label>时长（小时）</Field.Label>
            <TextInput value={form.hours} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, hours: e.target.value })} />
          </Field.Root>
          <Field.Root name="reason">
            <Field.Label>原因</Field.Label>
            <TextInput value={form.reason} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, reason: e.target.value })} />
          </Field.Root>
          <Button disabled={busy} onClick={create}>
            新建静默
          </Button>
        </Flex>
      )}
      <DataTable
        columns={[
          { title: '匹配', cell: (s) => describe(s.matchers) },
          { title: '开始', cell: (s) => at(s.startsAt) },
          { title: '结束', cell: (s) => at(s.endsAt) },
          { title: '创建人', cell: (s) => s.operator },
          { title: '原因', cell: (s) => s.reason },
          {
            title: '',
            cell: (s) =>
              canUpdate &&
              new Date(s.endsAt) > new Date() && (
                <Button
                  size="S"
                  variant="danger-light"
                  disabled={busy}
                  onClick={() => act(() => post(`/ops/silences/${s.documentId}/expire`, {}), '已结束静默')}
                >
                  结束
                </Button>
              ),
          },
        ]}
        rows={rows}
        rowKey={(s) => s.documentId}
        empty="没有静默"
      />
    </Flex>
  );
}
