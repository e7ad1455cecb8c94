import { useEffect, useRef, useState } from 'react';
import { Badge, Box, Button, Checkbox, Field, Flex, Grid, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, FormActions, useAction, useHeldActions } from '@wedraw/kit/admin';

interface Robot {
  code: string;
  name: string;
  corpId: string;
  chatName: string | null;
  allowedTypes: string[];
  employeeUserids: string[];
  editorUserids: string[];
  remark: string | null;
  hasWebhook: boolean;
  status: string | null;
  lastError: { errcode: number | null; message: string; at: string } | null;
}
interface Record_ {
  documentId: string;
  robot: string;
  msgtype: string;
  content: Record<string, any>;
  status: string;
  attempts: number;
  errcode: number | null;
  errmsg: string | null;
  source: string | null;
  operator: string | null;
  sentAt: string | null;
  createdAt: string;
}

const TYPES: Record<string, string> = { text: '文本', markdown: 'Markdown', image: '图片', news: '图文链接', file: '文件' };
const ACCOUNT: Record<string, { label: string; color: string }> = {
  created: { label: '已创建', color: 'neutral600' },
  verifying: { label: '验证中', color: 'primary600' },
  online: { label: '在线', color: 'success600' },
  error: { label: '异常', color: 'danger600' },
  recovering: { label: '恢复中', color: 'warning600' },
  offline: { label: '已下线', color: 'neutral500' },
};
const SEND: Record<string, { label: string; color: string }> = {
  queued: { label: '排队中', color: 'primary600' },
  sending: { label: '发送中', color: 'primary600' },
  sent: { label: '已送达', color: 'success600' },
  failed: { label: '失败', color: 'danger600' },
};
const time = (at: string | null) => (at ? new Date(at).toLocaleString('zh-CN') : '—');
const EMPTY = { code: '', name: '', corpId: '', webhook: '', chatName: '', allowedTypes: Object.keys(TYPES), employees: '', editors: '', remark: '' };
const EMPTY_MESSAGE = { msgtype: 'text', content: '', title: '', description: '', url: '', picurl: '' };

/** A record's content in one line. */
function preview(r: Record_): string {
  const c = r.content ?? {};
  if (r.msgtype === 'text') return c.text?.content ?? '';
  if (r.msgtype === 'markdown') return c.markdown?.content ?? '';
  if (r.msgtype === 'news') return (c.news?.articles ?? []).map((a: { title: string }) => a.title).join('、');
  if (r.msgtype === 'image') return `图片 ${Math.round((c.image?.bytes ?? 0) / 1024)} KB`;
  if (r.msgtype === 'file') return `${c.file?.filename ?? '文件'}（${Math.round((c.file?.bytes ?? 0) / 1024)} KB）`;
  return '';
}

/** 群机器人: robots (webhook write-only), a send form, and the send records with WeCom's answers. */
export const RobotsTab = () => {
  const { get, post, put } = useFetchClient();
  const { held: allowedActions } = useHeldActions({ canUpdate: 'plugin::wecom.robots.update', canSend: 'plugin::wecom.robots.send' });
  const [robots, setRobots] = useState<Robot[]>([]);
  const [records, setRecords] = useState<Record_[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [target, setTarget] = useState<string>('');
  const [message, setMessage] = useState(EMPTY_MESSAGE);
  const file = useRef<HTMLInputElement>(null);
  const load = async () => {
    const [r, m] = await Promise.all([get<{ data: Robot[] }>('/wecom/robots'), get<{ data: Record_[] }>('/wecom/robot-messages?pageSize=50')]);
    setRobots(r.data.data);
    setRecords(m.data.data);
  };
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
    const timer = setInterval(() => load().catch(() => undefined), 5_000);
    return () => clearInterval(timer);
  }, []);

  const edit = (r: Robot) => {
    setEditing(r.code);
    setForm({
      code: r.code,
      name: r.name,
      corpId: r.corpId,
      webhook: '',
      chatName: r.chatName ?? '',
      allowedTypes: r.allowedTypes,
      employees: r.employeeUserids.join(', '),
      editors: r.editorUserids.join(', '),
      remark: r.remark ?? '',
    });
  };
  const save = () => {
    const userids = (text: string) => text.split(/[\s,，]+/).filter(Boolean);
    const body: Record<string, unknown> = {
      name: form.name,
      chatName: form.chatName,
      remark: form.remark,
      allowedTypes: form.allowedTypes,
      employeeUserids: userids(form.employees),
      editorUserids: userids(form.editors),
    };
    if (form.webhook) body.webhook = form.webhook;
    return act(
      () => (editing ? put(`/wecom/robots/${editing}`, body) : post('/wecom/robots', { ...body, code: form.code, corpId: form.corpId })),
      '已保存',
    ).then(() => (setEditing(null), setForm(EMPTY)));
  };
  const toggleType = (type: string) =>
    setForm({ ...form, allowedTypes: form.allowedTypes.includes(type) ? form.allowedTypes.filter((t) => t !== type) : [...form.allowedTypes, type] });

  const send = () =>
    act(async () => {
      const path = `/wecom/robots/${target}/messages`;
      const m = message;
      if (m.msgtype === 'image' || m.msgtype === 'file') {
        const chosen = file.current?.files?.[0];
        if (!chosen) throw new Error('请选择要发送的图片或文件');
        const data = new FormData();
        data.append('msgtype', m.msgtype);
        data.append('media', chosen, chosen.name);
        return post(path, data);
      }
      if (m.msgtype === 'news')
        return post(path, {
          msgtype: 'news',
          news: { articles: [{ title: m.title, description: m.description || undefined, url: m.url, picurl: m.picurl || undefined }] },
        });
      return post(path, { msgtype: m.msgtype, [m.msgtype]: { content: m.content } });
    }, '已提交，进入发送队列');

  const input = (
    key: 'code' | 'name' | 'corpId' | 'webhook' | 'chatName' | 'employees' | 'editors' | 'remark',
    label: string,
    hint?: string,
    secret = false,
  ) => (
    <Grid.Item col={6} s={12}>
      <Field.Root hint={hint}>
        <Field.Label>{label}</Field.Label>
        <TextInput
          type={secret ? 'password' : 'text'}
          disabled={Boolean(editing) && (key === 'code' || key === 'corpId')}
          value={form[key]}
          onChange={(e: any) => setForm({ ...form, [key]: e.target.value })}
        />
        <Field.Hint />
      </Field.Root>
    </Grid.Item>
  );
  const messageInput = (key: 'title' | 'description' | 'url' | 'picurl', label: string) => (
    <Grid.Item col={6} s={12}>
      <Field.Root>
        <Field.Label>{label}</Field.Label>
        <TextInput value={message[key]} onChange={(e: any) => setMessage({ ...message, [key]: e.target.value })} />
      </Field.Root>
    </Grid.Item>
  );
  const allowed = robots.find((r) => r.code === target)?.allowedTypes ?? Object.keys(TYPES);

  return (
    <Box paddingTop={4}>
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        群机器人的 Webhook 地址只写不读：保存后任何页面都不再显示。每个机器人每分钟最多发送 20 条，超出的消息排队等待，不会丢弃。
      </Typography>
      <DataTable
        columns={[
          { title: '编码', cell: (r) => r.code },
          { title: '名称', cell: (r) => r.name },
          { title: '所在群', cell: (r) => r.chatName },
          { title: '备注', cell: (r) => r.remark },
          { title: '允许的消息', cell: (r) => r.allowedTypes.map((t) => TYPES[t] ?? t).join('、') },
          { title: '状态', cell: (r) => <Badge textColor={ACCOUNT[r.status ?? '']?.color}>{ACCOUNT[r.status ?? '']?.label ?? '—'}</Badge> },
          { title: '最近错误', cell: (r) => r.lastError && `${r.lastError.message}（${time(r.lastError.at)}）`, danger: true },
          {
            title: '操作',
            cell: (r) => (
              <Flex gap={1}>
                {allowedActions.canUpdate && (
                  <Button size="S" variant="tertiary" onClick={() => edit(r)}>
                    编辑
                  </Button>
                )}
                {allowedActions.canSend && (
                  <Button size="S" variant="secondary" onClick={() => setTarget(r.code)}>
                    发消息
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
        rows={robots}
        rowKey={(r) => r.code}
        empty="还没有群机器人"
      />

      {allowedActions.canSend && target && (
        <Box padding={4} marginTop={4} background="neutral0" hasRadius shadow="tableShadow">
          <Typography variant="delta">{`通过「${robots.find((r) => r.code === target)?.name ?? target}」发送`}</Typography>
          <Grid.Root gap={4} paddingTop={4}>
            <Grid.Item col={6} s={12}>
              <Field.Root>
                <Field.Label>消息类型</Field.Label>
                <SingleSelect value={message.msgtype} onChange={(v: string | number) => setMessage({ ...EMPTY_MESSAGE, msgtype: String(v) })}>
                  {allowed.map((t) => (
                    <SingleSelectOption key={t} value={t}>
                      {TYPES[t] ?? t}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Grid.Item>
            {(message.msgtype === 'text' || message.msgtype === 'markdown') && (
              <Grid.Item col={12}>
                <Field.Root hint={message.msgtype === 'text' ? '不超过 2048 字节' : '不超过 4096 字节；支持企业微信 Markdown 子集'}>
                  <Field.Label>内容</Field.Label>
                  <Textarea value={message.content} onChange={(e: any) => setMessage({ ...message, content: e.target.value })} />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
            )}
            {message.msgtype === 'news' && (
              <>
                {messageInput('title', '标题')}
                {messageInput('url', '链接')}
                {messageInput('description', '描述（可选）')}
                {messageInput('picurl', '图片链接（可选）')}
              </>
            )}
            {(message.msgtype === 'image' || message.msgtype === 'file') && (
              <Grid.Item col={12}>
                <Field.Root hint={message.msgtype === 'image' ? 'JPG 或 PNG，不超过 2 MB' : '不超过 20 MB'}>
                  <Field.Label>{message.msgtype === 'image' ? '图片' : '文件'}</Field.Label>
                  <input ref={file} type="file" accept={message.msgtype === 'image' ? 'image/jpeg,image/png' : undefined} />
                  <Field.Hint />
                </Field.Root>
              </Grid.Item>
            )}
          </Grid.Root>
          <FormActions busy={busy} onSubmit={send} submitLabel="发送" onCancel={() => setTarget('')} cancelLabel="关闭" />
        </Box>
      )}

      {allowedActions.canUpdate && (
        <Box padding={4} marginTop={4} background="neutral0" hasRadius shadow="tableShadow">
          <Typography variant="delta">{editing ? `编辑群机器人「${editing}」（Webhook 地址留空则不修改）` : '新增群机器人'}</Typography>
          <Grid.Root gap={4} paddingTop={4}>
            {input('code', '编码', '2–64 位小写字母、数字或 -；也是它作为发送账号的编码')}
            {input('name', '名称')}
            {input('corpId', '企业 CorpID')}
            {input('chatName', '所在群', '机器人所在的群聊名称')}
            {input('remark', '备注')}
            {input('employees', '可在企业微信 H5 使用的员工', '成员 UserID，逗号分隔；留空则员工不能使用')}
            {input('editors', '可在企业微信 H5 配置的员工', '成员 UserID，逗号分隔；可改名称、备注和允许的消息类型，不能看到或修改 Webhook')}
            {input('webhook', 'Webhook 地址', '群聊 › 群机器人 › 复制 Webhook 地址（…/cgi-bin/webhook/send?key=…）', true)}
            <Grid.Item col={12}>
              <Flex gap={4}>
                <Typography>允许的消息类型：</Typography>
                {Object.entries(TYPES).map(([type, label]) => (
                  <Checkbox key={type} checked={form.allowedTypes.includes(type)} onCheckedChange={() => toggleType(type)}>
                    {label}
                  </Checkbox>
                ))}
              </Flex>
            </Grid.Item>
          </Grid.Root>
          <FormActions busy={busy} onSubmit={save} onCancel={editing ? () => (setEditing(null), setForm(EMPTY)) : undefined} />
        </Box>
      )}

      <Box paddingTop={6}>
        <Typography variant="delta">发送记录（最近 50 条）</Typography>
        <DataTable
          columns={[
            { title: '提交时间', cell: (r) => time(r.createdAt) },
            { title: '机器人', cell: (r) => r.robot },
            { title: '类型', cell: (r) => TYPES[r.msgtype] ?? r.msgtype },
            { title: '内容', cell: (r) => <Typography ellipsis>{preview(r)}</Typography> },
            { title: '状态', cell: (r) => <Badge textColor={SEND[r.status]?.color}>{SEND[r.status]?.label ?? r.status}</Badge> },
            { title: '尝试', cell: (r) => r.attempts },
            {
              title: '企业微信应答',
              cell: (r) =>
                r.errcode === null ? null : <Typography textColor={r.errcode ? 'danger600' : 'neutral800'}>{`${r.errcode} ${r.errmsg ?? ''}`}</Typography>,
            },
            { title: '来源', cell: (r) => (r.source === 'messaging' ? '消息中心' : (r.operator ?? '后台')) },
          ]}
          rows={records}
          rowKey={(r) => r.documentId}
        />
      </Box>
    </Box>
  );
};
