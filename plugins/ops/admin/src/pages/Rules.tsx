import { useEffect, useState } from 'react';
import { Badge, Button, Flex, Switch, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, ErrorAlert, RowActions, useAction, useApi } from '@wedraw/kit/admin';
import { CHANNELS, LEVELS, OPERATORS } from './format';
import { EMPTY_RULE, RuleForm, type MetricInfo, type RuleFormValue } from './RuleForm';

interface Rule {
  documentId: string;
  code: string;
  name: string;
  metric: string;
  operator: string;
  threshold: string | number;
  forSeconds: number;
  level: string;
  channels: string[] | null;
  quietMinutes: number;
  enabled: boolean;
  builtin: boolean;
}

const formOf = (r: Rule): RuleFormValue => ({
  code: r.code,
  name: r.name,
  metric: r.metric,
  operator: r.operator,
  threshold: String(Number(r.threshold)),
  forSeconds: String(r.forSeconds),
  level: r.level,
  channels: r.channels ?? [],
  quietMinutes: String(r.quietMinutes),
  enabled: r.enabled,
});

/** 告警规则: seed 003's built-in rules (editable, may be switched off, not deleted) and the operator's own. */
export function Rules({ canUpdate }: { canUpdate: boolean }) {
  const api = useApi();
  const { post, put, del } = useFetchClient();
  const [rows, setRows] = useState<Rule[]>([]);
  const [metrics, setMetrics] = useState<MetricInfo[]>([]);
  const [form, setForm] = useState<RuleFormValue | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const load = async () => setRows((await api.get<Rule[]>('/ops/rules')) ?? []);
  const { act, busy } = useAction(load);
  useEffect(() => {
    void load();
    void api.get<MetricInfo[]>('/ops/metrics').then((m) => setMetrics(m ?? []));
  }, []);
  const close = () => (setForm(null), setEditing(null));
  const save = (f: RuleFormValue) => {
    const body = {
      name: f.name,
      metric: f.metric,
      operator: f.operator,
      threshold: Number(f.threshold),
      forSeconds: Number(f.forSeconds),
      level: f.level,
      channels: f.channels.length ? f.channels : null,
      quietMinutes: Number(f.quietMinutes),
      enabled: f.enabled,
    };
    return act(async () => {
      await (editing ? put(`/ops/rules/${editing}`, body) : post('/ops/rules', { code: f.code, ...body }));
      close();
    }, '规则已保存');
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Typography textColor="neutral600">
        渠道为空时按级别发往「通知对象」：默认严重 → 全部渠道；警告 → 企业微信群机器人 + 邮件；提示 → 企业微信群机器人。内置规则（种子需求 003
        的默认规则）可以修改、停用，但不能删除；自建规则可以删除，删除时其未结束的告警记为已恢复，历史保留。
      </Typography>
      {canUpdate && !form && (
        <Flex>
          <Button onClick={() => setForm(EMPTY_RULE)}>新建规则</Button>
        </Flex>
      )}
      <DataTable
        columns={[
          {
            title: '规则',
            cell: (r) => (
              <>
                <Typography>{r.name}</Typography> {r.builtin && <Badge>内置</Badge>}
              </>
            ),
          },
          { title: '条件', cell: (r) => `${r.metric} ${OPERATORS[r.operator]} ${Number(r.threshold)}` },
          { title: '持续', cell: (r) => `${r.forSeconds} 秒` },
          { title: '级别', cell: (r) => LEVELS[r.level] },
          { title: '渠道', cell: (r) => r.channels?.map((c) => CHANNELS[c] ?? c).join('、') || '按级别' },
          { title: '静默期', cell: (r) => `${r.quietMinutes} 分钟` },
          {
            title: '启用',
            cell: (r) => (
              <Switch
                aria-label="启用"
                disabled={!canUpdate || busy}
                checked={r.enabled}
                onCheckedChange={(enabled: boolean) => act(() => put(`/ops/rules/${r.documentId}`, { enabled }), enabled ? '已启用' : '已停用')}
              />
            ),
          },
          {
            title: '',
            cell: (r) =>
              canUpdate && (
                <RowActions
                  busy={busy}
                  onEdit={() => (setEditing(r.documentId), setForm(formOf(r)))}
                  onDelete={
                    r.builtin ? undefined : () => window.confirm(`删除规则「${r.name}」？`) && act(() => del(`/ops/rules/${r.documentId}`), '规则已删除')
                  }
                />
              ),
          },
        ]}
        rows={rows}
        rowKey={(r) => r.documentId}
      />
      {canUpdate && form && (
        <RuleForm value={form} onChange={setForm} metrics={metrics} editing={Boolean(editing)} busy={busy} onSubmit={() => save(form)} onCancel={close} />
      )}
    </Flex>
  );
}
