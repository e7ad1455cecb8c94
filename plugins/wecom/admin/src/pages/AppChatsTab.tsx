import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Grid, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, FormActions, useAction, useHeldActions } from '@wedraw/kit/admin';

interface AppChat {
  chatid: string;
  name: string | null;
  owner: string | null;
  userlist: string[];
  account: string;
  createdAt: string;
}

const EMPTY = { account: 'demo-wecom-app', name: '', owner: '', userlist: '', chatid: '' };
const time = (at: string) => new Date(at).toLocaleString('zh-CN');

/** 应用群聊: group chats a corp app created, creating one (WeCom checks the members), and a text message to one. */
export const AppChatsTab = () => {
  const { get, post } = useFetchClient();
  const { held: allowedActions } = useHeldActions({ canUpdate: 'plugin::wecom.appchats.update', canSend: 'plugin::wecom.appchats.send' });
  const [chats, setChats] = useState<AppChat[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [target, setTarget] = useState('');
  const [text, setText] = useState('');
  const load = async () => setChats((await get<{ data: AppChat[] }>('/wecom/appchats')).data.data);
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
  }, []);

  const create = () =>
    act(
      () =>
        post('/wecom/appchats', {
          account: form.account,
          name: form.name || undefined,
          owner: form.owner || undefined,
          chatid: form.chatid || undefined,
          userlist: form.userlist
            .split(/[\s,，;；]+/)
            .map((u) => u.trim())
            .filter(Boolean),
        }),
      '群聊已创建',
    ).then(() => setForm(EMPTY));
  const send = () => act(() => post(`/wecom/appchats/${target}/messages`, { msgtype: 'text', text: { content: text } }), '已发送').then(() => setText(''));
  const input = (key: keyof typeof EMPTY, label: string, hint?: string) => (
    <Grid.Item col={6} s={12}>
      <Field.Root hint={hint}>
        <Field.Label>{label}</Field.Label>
        <TextInput value={form[key]} onChange={(e: any) => setForm({ ...form, [key]: e.target.value })} />
        <Field.Hint />
      </Field.Root>
    </Grid.Item>
  );

  return (
    <Box paddingTop={4}>
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        应用群聊由企业自建应用创建，成员须为企业内部成员（2–2000 人）；只有创建它的应用可以向它发消息。
      </Typography>
      <DataTable
        columns={[
          { title: '群聊 ID', cell: (c) => c.chatid },
          { title: '群名', cell: (c) => c.name },
          { title: '群主', cell: (c) => c.owner },
          { title: '成员数', cell: (c) => c.userlist.length },
          { title: '发送账号', cell: (c) => c.account },
          { title: '创建时间', cell: (c) => time(c.createdAt) },
          {
            title: '操作',
            cell: (c) =>
              allowedActions.canSend && (
                <Button size="S" variant="secondary" onClick={() => setTarget(c.chatid)}>
                  发消息
                </Button>
              ),
          },
        ]}
        rows={chats}
        rowKey={(c) => c.chatid}
        empty="还没有应用群聊"
      />
      {allowedActions.canSend && target && (
        <Box padding={4} marginTop={4} background="neutral0" hasRadius shadow="tableShadow">
          <Typography variant="delta">{`发送到群聊 ${target}`}</Typography>
          <Box paddingTop={4}>
            <Field.Root hint="文本，不超过 2048 字节">
              <Field.Label>内容</Field.Label>
              <Textarea value={text} onChange={(e: any) => setText(e.target.value)} />
              <Field.Hint />
            </Field.Root>
          </Box>
          <FormActions busy={busy} onSubmit={send} submitLabel="发送" onCancel={() => setTarget('')} cancelLabel="关闭" />
        </Box>
      )}
      {allowedActions.canUpdate && (
        <Box padding={4} marginTop={4} background="neutral0" hasRadius shadow="tableShadow">
          <Typography variant="delta">创建应用群聊</Typography>
          <Grid.Root gap={4} paddingTop={4}>
            {input('account', '发送账号', '企业自建应用的发送账号编码')}
            {input('name', '群名（可选）')}
            {input('userlist', '成员 UserID', '至少 2 人，用空格或逗号分隔')}
            {input('owner', '群主 UserID（可选）', '须是成员之一，留空则为第一位成员')}
            {input('chatid', '群聊 ID（可选）', '1–32 位字母或数字，留空由企业微信生成')}
          </Grid.Root>
          <Flex paddingTop={4}>
            <Button disabled={busy} onClick={create}>
              创建
            </Button>
          </Flex>
        </Box>
      )}
    </Box>
  );
};
