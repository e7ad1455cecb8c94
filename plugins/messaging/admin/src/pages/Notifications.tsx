import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { ErrorAlert, TableHead, useApi } from '@wedraw/kit/admin';

interface NotificationEvent {
  name: string;
  label: string;
  variables: Record<string, string>;
}
interface Setting {
  enabled: boolean;
  template: string | null;
  account: string | null;
  to: string | null;
}
interface Overview {
  events: NotificationEvent[];
  channels: Array<{ name: string; label: string; reachesUsers: boolean; secretRecipient?: boolean }>;
  settings: Record<string, Record<string, Setting>>;
}
interface Template {
  code: string;
  name: string | null;
  channel: string;
}

const EMPTY: Setting = { enabled: false, template: null, account: null, to: null };

/** One cell of the grid: an event on a channel, with its template, account and fixed recipient. */
function Cell({
  event,
  channel,
  setting,
  templates,
  canUpdate,
  onSaved,
}: {
  event: NotificationEvent;
  channel: Overview['channels'][number];
  setting: Setting;
  templates: Template[];
  canUpdate: boolean;
  onSaved: () => void;
}) {
  const api = useApi();
  const [form, setForm] = useState<Setting>(setting);
  const save = async (next: Setting) => {
    const saved = await api.put<Setting>(`/messaging/notifications/${event.name}/${channel.name}`, next);
    if (saved) onSaved();
  };
  const text = (key: 'account' | 'to') => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value || null });
  return (
    <Tr>
      <Td>
        <Typography>{channel.label}</Typography>
      </Td>
      <Td>
        <SingleSelect
          aria-label="模板"
          placeholder="选择模板"
          disabled={!canUpdate}
          value={form.template ?? ''}
          onChange={(v: string | number) => setForm({ ...form, template: String(v) || null })}
        >
          {templates.map((t) => (
            <SingleSelectOption key={t.code} value={t.code}>
              {t.name ? `${t.name}（${t.code}）` : t.code}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Td>
      <Td>
        <Field.Root name="account">
          <Field.Input
            aria-label="发送账号"
            placeholder="公众号 appId / 发送账号"
            value={form.account ?? ''}
            onChange={text('account')}
            disabled={!canUpdate}
          />
        </Field.Root>
      </Td>
      <Td>
        <Field.Root name="to">
          <Field.Input
            aria-label="固定接收方"
            title={channel.secretRecipient ? '接收方是凭据（如 Webhook 地址）：加密保存，只显示部分；不修改即沿用已保存的' : undefined}
            placeholder={channel.reachesUsers ? '留空：发给事件中的用户' : '必填：邮箱、URL、成员…'}
            value={form.to ?? ''}
            onChange={text('to')}
            disabled={!canUpdate}
          />
        </Field.Root>
      </Td>
      <Td>
        {canUpdate ? (
          <Flex gap={2}>
            <Button size="S" variant={form.enabled ? 'danger-light' : 'default'} disabled={api.busy} onClick={() => save({ ...form, enabled: !form.enabled })}>
              {form.enabled ? '关闭' : '开启'}
            </Button>
            <Button size="S" variant="tertiary" disabled={api.busy} onClick={() => save(form)}>
              保存
            </Button>
          </Flex>
        ) : (
          <Typography>{setting.enabled ? '已开启' : '未开启'}</Typography>
        )}
        {api.error && (
          <Typography textColor="danger600" variant="pi">
            {api.error}
          </Typography>
        )}
      </Td>
    </Tr>
  );
}

/**
 * 通知设置: for each business event the plugins announce, which channels notify (with which
 * template). Channels that reach users by id send to the user the event concerns.
 */
export function Notifications({ canUpdate }: { canUpdate: boolean }) {
  const api = useApi();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [templates, setTemplates] = useState<Template[]>([]);
  const load = async () => {
    setOverview(await api.get<Overview>('/messaging/notifications'));
    setTemplates((await api.get<Template[]>('/messaging/templates')) ?? []);
  };
  useEffect(() => {
    void load();
  }, []);
  if (!overview) return <ErrorAlert error={api.error} onClose={() => api.setError(null)} />;
  if (!overview.events.length) return <Typography>还没有插件登记业务事件。</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      {overview.events.map((event) => (
        <Box key={event.name}>
          <Typography variant="delta" tag="h3">
            {event.label}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {' '}
            {event.name} · 可用变量：
            {Object.entries(event.variables)
              .map(([k, v]) => `{{${k}}} ${v}`)
              .join('，')}
          </Typography>
          <Table colCount={5} rowCount={overview.channels.length + 1}>
            <TableHead columns={['渠道', '模板', '发送账号', '接收方', '开关']} />
            <Tbody>
              {overview.channels.map((channel) => (
                <Cell
                  key={`${event.name}:${channel.name}`}
                  event={event}
                  channel={channel}
                  setting={overview.settings[event.name]?.[channel.name] ?? EMPTY}
                  templates={templates.filter((t) => t.channel === channel.name)}
                  canUpdate={canUpdate}
                  onSaved={load}
                />
              ))}
            </Tbody>
          </Table>
        </Box>
      ))}
    </Flex>
  );
}
