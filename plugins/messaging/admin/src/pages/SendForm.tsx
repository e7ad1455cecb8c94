import { useEffect, useState } from 'react';
import { Alert, Box, Button, Field, Flex, ProgressBar, Textarea, Typography } from '@strapi/design-system';
import { useApi } from '@wedraw/kit/admin';

interface Sent {
  id: string;
  status: string;
}

const FINAL = ['delivered', 'failed', 'canceled'];

/**
 * 发送: one message now or at a time, from the built-in tenant, through the same intake as the API;
 * the progress follows the record until it ends. (Sending to a fan, tag or department arrives with
 * the channels of the WeChat and WeCom plugins.)
 */
export function SendForm() {
  const api = useApi();
  const [form, setForm] = useState({ channel: 'email', to: '', template: '', variables: '{}', content: '{"subject": "", "text": ""}', sendAt: '' });
  const [sent, setSent] = useState<Sent | null>(null);
  useEffect(() => {
    if (!sent || FINAL.includes(sent.status)) return undefined;
    const timer = setTimeout(async () => {
      const now = await api.get<Sent>(`/messaging/messages/${sent.id}`);
      if (now) setSent(now);
    }, 1000);
    return () => clearTimeout(timer);
  }, [sent]);
  const submit = async () => {
    try {
      const body: Record<string, unknown> = { channel: form.channel, to: form.to };
      if (form.template) Object.assign(body, { template: form.template, variables: JSON.parse(form.variables) });
      else body.content = JSON.parse(form.content);
      if (form.sendAt) body.sendAt = new Date(form.sendAt).toISOString();
      const res = await api.post<Sent>('/messaging/messages', body);
      if (res) setSent(res);
    } catch {
      api.setError('内容或变量不是有效的 JSON');
    }
  };
  const set = (k: keyof typeof form) => (e: any) => setForm({ ...form, [k]: e.target.value });
  const progress = !sent ? 0 : FINAL.includes(sent.status) ? 100 : sent.status === 'sent' ? 75 : sent.status === 'sending' ? 50 : 25;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {api.error && (
        <Alert closeLabel="关闭" variant="danger">
          {api.error}
        </Alert>
      )}
      <Flex gap={2}>
        <Field.Root name="channel">
          <Field.Label>渠道</Field.Label>
          <Field.Input value={form.channel} onChange={set('channel')} />
        </Field.Root>
        <Field.Root name="to">
          <Field.Label>接收者（邮箱、URL、openid…）</Field.Label>
          <Field.Input value={form.to} onChange={set('to')} />
        </Field.Root>
        <Field.Root name="sendAt">
          <Field.Label>定时发送（留空立即）</Field.Label>
          <Field.Input type="datetime-local" value={form.sendAt} onChange={set('sendAt')} />
        </Field.Root>
      </Flex>
      <Flex gap={2}>
        <Field.Root name="template">
          <Field.Label>模板编码（可选）</Field.Label>
          <Field.Input value={form.template} onChange={set('template')} />
        </Field.Root>
        <Field.Root name="variables">
          <Field.Label>模板变量（JSON）</Field.Label>
          <Field.Input value={form.variables} onChange={set('variables')} />
        </Field.Root>
      </Flex>
      <Field.Root name="content">
        <Field.Label>内容（无模板时，JSON）</Field.Label>
        <Textarea value={form.content} onChange={set('content')} />
      </Field.Root>
      <Box>
        <Button onClick={submit} disabled={api.busy}>
          发送
        </Button>
      </Box>
      {sent && (
        <Box>
          <Typography>
            消息 {sent.id}：{sent.status}
          </Typography>
          <ProgressBar value={progress} />
        </Box>
      )}
    </Flex>
  );
}
