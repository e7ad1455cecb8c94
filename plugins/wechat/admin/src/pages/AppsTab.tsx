import { useEffect, useState, type FormEvent } from 'react';
import { Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { DataTable, useHeldActions } from '@wedraw/kit/admin';

interface PublicApp {
  documentId: string;
  name: string;
  kind: 'official' | 'miniprogram';
  appId: string;
  messageMode: 'plain' | 'compatible' | 'safe';
  apiBase: string;
  hasSecret: boolean;
  hasToken: boolean;
  hasEncodingAESKey: boolean;
}

type Form = Omit<PublicApp, 'documentId' | 'hasSecret' | 'hasToken' | 'hasEncodingAESKey'> & { secret: string; token: string; encodingAESKey: string };

const EMPTY: Form = { name: '', kind: 'official', appId: '', messageMode: 'safe', apiBase: '', secret: '', token: '', encodingAESKey: '' };
const KIND = { official: '公众号', miniprogram: '小程序' };
const MODE = { plain: '明文', compatible: '兼容', safe: '安全' };

/** Apps: secrets can be set or replaced, never read back (the API only says whether they are set). */
export const AppsTab = () => {
  const { get, post, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { held: allowedActions } = useHeldActions({ canUpdate: 'plugin::wechat.apps.update' });
  const [apps, setApps] = useState<PublicApp[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState<{ field?: string; message?: string }>({});

  const load = async () => setApps((await get<{ data: PublicApp[] }>('/wechat/apps')).data.data);
  useEffect(() => {
    load().catch(() => undefined);
  }, []);

  const edit = (app?: PublicApp) => {
    setError({});
    setEditing(app ? app.documentId : 'new');
    setForm(app ? { ...EMPTY, name: app.name, kind: app.kind, appId: app.appId, messageMode: app.messageMode, apiBase: app.apiBase } : EMPTY);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (editing === 'new') await post('/wechat/apps', form);
      else await put(`/wechat/apps/${editing}`, form);
      toggleNotification({ type: 'success', message: '已保存' });
      setEditing(null);
      await load();
    } catch (err: any) {
      const apiError = err?.response?.data?.error;
      const first = apiError?.details?.errors?.[0];
      // Next to the field: its own message; otherwise the whole message.
      setError({ field: first?.path?.[0], message: (first?.path?.[0] && first?.message) || apiError?.message || '保存失败' });
    }
  };

  const field = (name: keyof Form, label: string, hint?: string, secret = false) => (
    <Field.Root name={name} hint={hint} error={error.field === name ? error.message : undefined}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        type={secret ? 'password' : 'text'}
        autoComplete="off"
        value={form[name]}
        onChange={(e: any) => setForm({ ...form, [name]: e.target.value })}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
  const keepHint = (set: boolean) => (editing !== 'new' && set ? '已设置；留空保持不变，填写则替换' : '只写：保存后不可查看');
  const current = apps.find((a) => a.documentId === editing);

  return (
    <Box paddingTop={4}>
      <DataTable
        columns={[
          { title: '名称', cell: (app) => app.name },
          { title: '类型', cell: (app) => KIND[app.kind] },
          { title: 'AppID', cell: (app) => app.appId },
          { title: '消息加密', cell: (app) => MODE[app.messageMode] },
          {
            title: '密钥',
            cell: (app) => (
              <Flex gap={1}>
                <Badge active={app.hasSecret}>AppSecret</Badge>
                <Badge active={app.hasToken}>Token</Badge>
                <Badge active={app.hasEncodingAESKey}>AESKey</Badge>
              </Flex>
            ),
          },
          {
            title: '操作',
            cell: (app) =>
              allowedActions.canUpdate && (
                <Button variant="tertiary" onClick={() => edit(app)}>
                  编辑
                </Button>
              ),
          },
        ]}
        rows={apps}
        rowKey={(app) => app.documentId}
        empty="还没有接入公众号或小程序"
      />
      {allowedActions.canUpdate && editing === null && (
        <Box paddingTop={4}>
          <Button onClick={() => edit()}>新增应用</Button>
        </Box>
      )}
      {editing !== null && (
        <Box paddingTop={6}>
          <form onSubmit={submit}>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="delta">{editing === 'new' ? '新增应用' : `编辑：${current?.name ?? ''}`}</Typography>
              {field('name', '名称')}
              <Field.Root name="kind">
                <Field.Label>类型</Field.Label>
                <SingleSelect value={form.kind} onChange={(v: any) => setForm({ ...form, kind: v })}>
                  <SingleSelectOption value="official">公众号</SingleSelectOption>
                  <SingleSelectOption value="miniprogram">小程序</SingleSelectOption>
                </SingleSelect>
              </Field.Root>
              {field('appId', 'AppID')}
              {field('secret', 'AppSecret', keepHint(Boolean(current?.hasSecret)), true)}
              {field('token', '消息 Token', keepHint(Boolean(current?.hasToken)), true)}
              {field('encodingAESKey', 'EncodingAESKey', keepHint(Boolean(current?.hasEncodingAESKey)), true)}
              <Field.Root name="messageMode">
                <Field.Label>消息加解密方式</Field.Label>
                <SingleSelect value={form.messageMode} onChange={(v: any) => setForm({ ...form, messageMode: v })}>
                  <SingleSelectOption value="plain">明文模式</SingleSelectOption>
                  <SingleSelectOption value="compatible">兼容模式</SingleSelectOption>
                  <SingleSelectOption value="safe">安全模式（推荐）</SingleSelectOption>
                </SingleSelect>
              </Field.Root>
              {field('apiBase', '接口地址', '留空为微信官方接口；开发环境填写沙箱地址')}
              {error.message && !error.field && <Typography textColor="danger600">{error.message}</Typography>}
              <Flex gap={2}>
                <Button type="submit">保存</Button>
                <Button variant="tertiary" onClick={() => setEditing(null)}>
                  取消
                </Button>
              </Flex>
            </Flex>
          </form>
        </Box>
      )}
    </Box>
  );
};
