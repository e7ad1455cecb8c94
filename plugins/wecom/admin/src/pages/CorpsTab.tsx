import { useEffect, useState } from 'react';
import { Badge, Box, Button, Field, Flex, Grid, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { FormActions, useAction, useHeldActions } from '@wedraw/kit/admin';

interface Corp {
  documentId: string;
  corpId: string;
  name: string;
  apiBase: string;
  hasContactsSecret: boolean;
  hasCustomerSecret: boolean;
  apps: { agentId: number; name: string; hasSecret: boolean }[];
  hasCallbackToken: boolean;
  hasEncodingAESKey: boolean;
  callbackPath: string;
  callbackVerifiedAt: string | null;
}
type Check = { role: string; ok: boolean; errcode: number | null; message: string };

const ROLE: Record<string, string> = { contacts: '通讯录同步 Secret', customer: '客户联系 Secret' };
const roleName = (role: string) => ROLE[role] ?? `应用 ${role.slice(4)} 的 Secret`;
const EMPTY = {
  corpId: '',
  name: '',
  contactsSecret: '',
  customerSecret: '',
  agentId: '',
  appName: '',
  appSecret: '',
  callbackToken: '',
  encodingAESKey: '',
  apiBase: '',
};

/** 企业与应用: corps with write-only secrets, the callback URL to copy, and a check of every secret. */
export const CorpsTab = () => {
  const { get, post, put } = useFetchClient();
  const { held: allowedActions } = useHeldActions({ canUpdate: 'plugin::wecom.corps.update' });
  const [corps, setCorps] = useState<Corp[]>([]);
  const [checks, setChecks] = useState<Record<string, Check[]>>({});
  const [form, setForm] = useState(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const load = async () => setCorps((await get<{ data: Corp[] }>('/wecom/corps')).data.data);
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
  }, []);

  const edit = (c: Corp) => {
    setEditing(c.documentId);
    const app = c.apps[0];
    setForm({ ...EMPTY, corpId: c.corpId, name: c.name, apiBase: c.apiBase, agentId: app ? String(app.agentId) : '', appName: app?.name ?? '' });
  };
  const save = () => {
    const body = {
      corpId: form.corpId,
      name: form.name,
      apiBase: form.apiBase,
      contactsSecret: form.contactsSecret,
      customerSecret: form.customerSecret,
      callbackToken: form.callbackToken,
      encodingAESKey: form.encodingAESKey,
      apps: form.agentId ? [{ agentId: Number(form.agentId), name: form.appName || '自建应用', secret: form.appSecret }] : [],
    };
    return act(() => (editing ? put(`/wecom/corps/${editing}`, body) : post('/wecom/corps', body)), '已保存');
  };
  const check = (corpId: string) =>
    act(async () => setChecks({ ...checks, [corpId]: (await post<{ data: Check[] }>(`/wecom/corps/${corpId}/check`, {})).data.data }), '检查完成');
  const input = (key: keyof typeof EMPTY, label: string, hint?: string, secret = false) => (
    <Grid.Item col={6} s={12}>
      <Field.Root hint={hint}>
        <Field.Label>{label}</Field.Label>
        <TextInput type={secret ? 'password' : 'text'} value={form[key]} onChange={(e: any) => setForm({ ...form, [key]: e.target.value })} />
        <Field.Hint />
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Box paddingTop={4}>
      {corps.map((c) => (
        <Box key={c.documentId} padding={4} marginBottom={4} background="neutral0" hasRadius shadow="tableShadow">
          <Flex gap={2} paddingBottom={2}>
            <Typography variant="delta">{c.name}</Typography>
            <Typography textColor="neutral600">{c.corpId}</Typography>
            {c.callbackVerifiedAt ? <Badge active>回调已验证</Badge> : <Badge>回调未验证</Badge>}
          </Flex>
          <Typography tag="p">{`回调 URL（复制到企业微信后台「通讯录同步 › 设置接收事件服务器」）：${window.location.origin}${c.callbackPath}`}</Typography>
          <Typography tag="p" textColor="neutral600">
            {`通讯录同步 Secret：${c.hasContactsSecret ? '已设置' : '未设置'}；客户联系 Secret：${c.hasCustomerSecret ? '已设置' : '未设置'}；应用：${c.apps.map((a) => `${a.name}（${a.agentId}）`).join('、') || '无'}`}
          </Typography>
          {(checks[c.corpId] ?? []).map((r) => (
            <Typography key={r.role} tag="p" textColor={r.ok ? 'success600' : 'danger600'}>{`${roleName(r.role)}：${r.message}`}</Typography>
          ))}
          <Flex gap={2} paddingTop={2}>
            <Button variant="secondary" disabled={busy} onClick={() => check(c.corpId)}>
              检查连接
            </Button>
            {allowedActions.canUpdate && (
              <Button variant="tertiary" onClick={() => edit(c)}>
                编辑
              </Button>
            )}
          </Flex>
        </Box>
      ))}
      {allowedActions.canUpdate && (
        <Box padding={4} background="neutral0" hasRadius shadow="tableShadow">
          <Typography variant="delta">{editing ? '编辑企业（Secret 留空则不修改）' : '新增企业'}</Typography>
          <Grid.Root gap={4} paddingTop={4}>
            {input('corpId', 'CorpID', '我的企业 › 企业信息 › 企业 ID')}
            {input('name', '名称')}
            {input('contactsSecret', '通讯录同步 Secret', '管理工具 › 通讯录同步：读写部门、成员、标签', true)}
            {input('customerSecret', '客户联系 Secret', '客户联系 › API', true)}
            {input('agentId', '自建应用 AgentId')}
            {input('appName', '自建应用名称')}
            {input('appSecret', '自建应用 Secret', '需在应用的「企业可信IP」中加入本服务器出口 IP', true)}
            {input('callbackToken', '回调 Token', undefined, true)}
            {input('encodingAESKey', '回调 EncodingAESKey', '43 位', true)}
            {input('apiBase', 'API 地址', '留空即 https://qyapi.weixin.qq.com')}
          </Grid.Root>
          <FormActions busy={busy} onSubmit={save} onCancel={editing ? () => (setEditing(null), setForm(EMPTY)) : undefined} />
        </Box>
      )}
    </Box>
  );
};
