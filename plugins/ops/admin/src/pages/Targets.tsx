import { useEffect, useState } from 'react';
import { Badge, Box, Button, Checkbox, Field, Flex, Grid, SingleSelect, SingleSelectOption, Switch, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, ErrorAlert, FormActions, RowActions, useAction, useApi } from '@wedraw/kit/admin';
import { CHANNELS, LEVELS } from './format';

interface Target {
  documentId: string;
  name: string;
  channel: string;
  to: string | null;
  hasTo: boolean;
  secret: boolean;
  hasSignSecret?: boolean;
  account: string | null;
  levels: string[];
  reports: boolean;
  enabled: boolean;
}
interface Listing {
  targets: Target[];
  defaults: Array<{ channel: string; to: string | null; levels: string[]; reports: boolean }>;
  channels: string[];
}
const SECRET = ['webhook', 'dingtalk-robot'];
const DEFAULT_LEVELS: Record<string, string[]> = {
  'wecom-robot': ['critical', 'warning', 'info'],
  email: ['critical', 'warning'],
  webhook: ['critical'],
  'dingtalk-robot': ['critical'],
};
const TO_LABEL: Record<string, string> = {
  'wecom-robot': '群机器人编码（企业微信 → 群机器人）',
  email: '邮箱地址',
  webhook: 'Webhook 地址',
  'dingtalk-robot': '钉钉机器人 access_token',
};
const EMPTY = { name: '', channel: 'email', to: '', signSecret: '', levels: DEFAULT_LEVELS.email, reports: false, enabled: true };
type Form = typeof EMPTY;

/** 通知对象: where alerts and reports go, per channel and level; Webhook 地址, 钉钉 token and 加签密钥 are write-only. */
export function Targets({ canUpdate }: { canUpdate: boolean }) {
  const api = useApi();
  const { post, put, del } = useFetchClient();
  const [data, setData] = useState<Listing>({ targets: [], defaults: [], channels: [] });
  const [form, setForm] = useState<Form | null>(null);
  const [editing, setEditing] = useState<Target | null>(null);
  const load = async () => setData((await api.get<Listing>('/ops/targets')) ?? { targets: [], defaults: [], channels: [] });
  const { act, busy } = useAction(load);
  useEffect(() => {
    void load();
  }, []);
  const close = () => (setForm(null), setEditing(null));
  const save = (f: Form) =>
    act(async () => {
      const body = {
        name: f.name,
        levels: f.levels,
        reports: f.reports,
        enabled: f.enabled,
        ...(f.to ? { to: f.to } : {}),
        ...(f.signSecret ? { signSecret: f.signSecret } : {}),
      };
      await (editing ? put(`/ops/targets/${editing.documentId}`, body) : post('/ops/targets', { ...body, channel: f.channel, to: f.to }));
      close();
    }, '通知对象已保存');
  const levels = (l: string[]) => l.map((x) => LEVELS[x]).join('、') || '不接收告警';
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <Typography textColor="neutral600">
        某渠道一旦在此添加了通知对象，就只发往这里的对象；没有添加的渠道沿用部署配置（OPS_ALERT_*）中的默认接收方。Webhook 地址、钉钉 access_token
        与加签密钥加密保存，保存后不再显示。钉钉机器人的三种安全设置都可用：「加签」请填写该机器人安全设置中 SEC
        开头的密钥；「自定义关键词」须包含「WeDraw」；「IP 地址段」须包含本系统的出口 IP。报表只发往勾选了「接收报表」的邮件与企业微信群机器人。
      </Typography>
      {canUpdate && !form && (
        <Flex>
          <Button onClick={() => setForm(EMPTY)}>新建通知对象</Button>
        </Flex>
      )}
      <DataTable
        columns={[
          { title: '名称', cell: (t) => t.name },
          { title: '渠道', cell: (t) => CHANNELS[t.channel] ?? t.channel },
          {
            title: '接收方',
            cell: (t) => `${t.secret ? (t.hasTo ? '已设置（不显示）' : '未设置') : t.to}${t.hasSignSecret ? '，已设置加签' : ''}`,
          },
          { title: '接收级别', cell: (t) => levels(t.levels) },
          { title: '报表', cell: (t) => (t.reports ? '接收' : '—') },
          { title: '状态', cell: (t) => <Badge active={t.enabled}>{t.enabled ? '启用' : '停用'}</Badge> },
          {
            title: '',
            cell: (t) =>
              canUpdate && (
                <RowActions
                  busy={busy}
                  onEdit={() => (
                    setEditing(t),
                    setForm({
                      name: t.name,
                      channel: t.channel,
                      to: t.secret ? '' : (t.to ?? ''),
                      signSecret: '',
                      levels: t.levels,
                      reports: t.reports,
                      enabled: t.enabled,
                    })
                  )}
                  onDelete={() => window.confirm(`删除通知对象「${t.name}」？`) && act(() => del(`/ops/targets/${t.documentId}`), '已删除')}
                />
              ),
          },
        ]}
        rows={data.targets}
        rowKey={(t) => t.documentId}
        empty="还没有通知对象：告警发往部署配置中的默认接收方"
      />
      {data.defaults.length > 0 && (
        <Box>
          <Typography variant="delta">部署配置中的默认接收方</Typography>
          <DataTable
            columns={[
              { title: '渠道', cell: (d) => CHANNELS[d.channel] ?? d.channel },
              { title: '接收方', cell: (d) => d.to ?? '已设置（不显示）' },
              { title: '接收级别', cell: (d) => levels(d.levels) },
              { title: '报表', cell: (d) => (d.reports ? '接收' : '—') },
            ]}
            rows={data.defaults}
            rowKey={(d) => d.channel}
          />
        </Box>
      )}
      {canUpdate && form && (
        <Box paddingTop={4}>
          <Typography variant="delta">{editing ? `编辑通知对象 ${editing.name}` : '新建通知对象'}</Typography>
          <Grid.Root gap={4} paddingTop={2}>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root>
                <Field.Label>名称</Field.Label>
                <TextInput value={form.name} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, name: e.target.value })} />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root>
                <Field.Label>渠道</Field.Label>
                <SingleSelect
                  value={form.channel}
                  disabled={Boolean(editing)}
                  onChange={(v: string | number) => setForm({ ...form, channel: String(v), levels: DEFAULT_LEVELS[String(v)] ?? [], reports: false })}
                >
                  {(data.channels.length ? data.channels : Object.keys(CHANNELS))
                    .filter((c) => CHANNELS[c])
                    .map((c) => (
                      <SingleSelectOption key={c} value={c}>
                        {CHANNELS[c]}
                      </SingleSelectOption>
                    ))}
                </SingleSelect>
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={4} direction="column" alignItems="stretch">
              <Field.Root hint={SECRET.includes(form.channel) ? (editing ? '只写：留空则保持原值' : '只写：保存后不再显示') : undefined}>
                <Field.Label>{TO_LABEL[form.channel] ?? '接收方'}</Field.Label>
                <TextInput
                  type={SECRET.includes(form.channel) ? 'password' : 'text'}
                  value={form.to}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, to: e.target.value })}
                />
                <Field.Hint />
              </Field.Root>
            </Grid.Item>
            {form.channel === 'dingtalk-robot' && (
              <Grid.Item col={4} direction="column" alignItems="stretch">
                <Field.Root hint={editing?.hasSignSecret ? '只写：已设置，留空则保持原值' : '机器人安全设置为「加签」时填写，SEC 开头；只写'}>
                  <Field.Label>加签密钥</Field.Label>
                  <TextInput
                    type="password"
                    value={form.signSecret}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, signSecret: e.target.value })}
                  />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
            )}
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Typography variant="pi" fontWeight="bold">
                接收的告警级别
              </Typography>
              <Flex gap={4} paddingTop={1}>
                {Object.entries(LEVELS).map(([l, label]) => (
                  <Checkbox
                    key={l}
                    checked={form.levels.includes(l)}
                    onCheckedChange={(on: boolean) => setForm({ ...form, levels: on ? [...form.levels, l] : form.levels.filter((x) => x !== l) })}
                  >
                    {label}
                  </Checkbox>
                ))}
                {['email', 'wecom-robot'].includes(form.channel) && (
                  <Checkbox checked={form.reports} onCheckedChange={(reports: boolean) => setForm({ ...form, reports })}>
                    接收报表
                  </Checkbox>
                )}
                <Switch aria-label="启用" checked={form.enabled} onCheckedChange={(enabled: boolean) => setForm({ ...form, enabled })} />
              </Flex>
            </Grid.Item>
          </Grid.Root>
          <FormActions busy={busy} onSubmit={() => save(form)} onCancel={close} />
        </Box>
      )}
    </Flex>
  );
}
