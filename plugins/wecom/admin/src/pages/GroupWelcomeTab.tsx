import { useEffect, useState } from 'react';
import { Box, Button, Checkbox, Field, Flex, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, RowActions, useAction, useHeldActions } from '@wedraw/kit/admin';
import { useFirstCorpId } from './use-first-corp';

interface Template {
  documentId: string;
  templateId: string;
  name: string;
  text: string;
  attachment: { msgtype: string } | null;
  notify: boolean;
  editedBy: string | null;
  updatedAt: string;
}

const TYPE: Record<string, string> = { image: '图片', link: '链接', miniprogram: '小程序' };
const EMPTY = { documentId: '', name: '', text: '', attachment: '', notify: false };

/** 入群欢迎语: WeCom's group welcome templates, created, edited and deleted at WeCom (at most 100 per corp). */
export const GroupWelcomeTab = () => {
  const { get, post, put, del } = useFetchClient();
  const { held } = useHeldActions({ canUpdate: 'plugin::wecom.welcome.update' });
  const corpId = useFirstCorpId();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [jsonError, setJsonError] = useState('');
  const base = `/wecom/corps/${corpId}`;

  const load = async () => {
    if (corpId) setTemplates((await get<{ data: Template[] }>(`${base}/group-welcome-templates`)).data.data);
  };
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
  }, [corpId]);

  const save = () => {
    let attachment: unknown;
    try {
      attachment = form.attachment.trim() ? JSON.parse(form.attachment) : null;
    } catch {
      setJsonError('附件须为 JSON 对象，例如 {"msgtype":"link","link":{"title":"新人礼包","url":"https://…"}}');
      return;
    }
    setJsonError('');
    const body = { name: form.name, text: form.text, attachment, notify: form.notify };
    const call = form.documentId ? () => put(`/wecom/group-welcome-templates/${form.documentId}`, body) : () => post(`${base}/group-welcome-templates`, body);
    act(async () => {
      await call();
      setForm(EMPTY);
    }, '入群欢迎语已保存到企业微信');
  };
  const edit = (t: Template) =>
    setForm({ documentId: t.documentId, name: t.name, text: t.text, attachment: t.attachment ? JSON.stringify(t.attachment, null, 2) : '', notify: t.notify });

  return (
    <Box paddingTop={4}>
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        入群欢迎语素材保存在企业微信（每个企业最多 100 条），只有创建它的应用能修改或删除。企业微信没有开放把素材发到群里的接口：
        群主需在企业微信客户端的群设置中选用；勾选「通知成员」后，企业微信会提醒成员去选用。文本中的 %NICKNAME% 替换为新成员的昵称。
      </Typography>
      <DataTable
        columns={[
          { title: '名称', cell: (t) => t.name },
          { title: '文本', cell: (t) => <Typography ellipsis>{t.text || '—'}</Typography> },
          { title: '附件', cell: (t) => (t.attachment ? (TYPE[t.attachment.msgtype] ?? t.attachment.msgtype) : null) },
          { title: '素材 ID', cell: (t) => <Typography ellipsis>{t.templateId}</Typography> },
          { title: '修改人', cell: (t) => t.editedBy },
          {
            title: '',
            cell: (t) =>
              held.canUpdate && (
                <RowActions
                  busy={busy}
                  onEdit={() => edit(t)}
                  onDelete={() => act(() => del(`/wecom/group-welcome-templates/${t.documentId}`), '入群欢迎语已删除')}
                />
              ),
          },
        ]}
        rows={templates}
        rowKey={(t) => t.documentId}
        empty="还没有入群欢迎语"
      />
      {held.canUpdate && corpId && (
        <Box padding={4} marginTop={4} background="neutral0" hasRadius>
          <Typography variant="delta">{form.documentId ? `编辑「${form.name}」` : '新建入群欢迎语'}</Typography>
          <Flex gap={3} paddingTop={3} alignItems="flex-end">
            <Field.Root>
              <Field.Label>名称</Field.Label>
              <TextInput value={form.name} onChange={(e: any) => setForm({ ...form, name: e.target.value })} />
            </Field.Root>
            <Checkbox checked={form.notify} onCheckedChange={(v: boolean) => setForm({ ...form, notify: Boolean(v) })}>
              通知成员
            </Checkbox>
          </Flex>
          <Box paddingTop={3}>
            <Field.Root>
              <Field.Label>文本（最多 3000 字节，可用 %NICKNAME%）</Field.Label>
              <Textarea value={form.text} onChange={(e: any) => setForm({ ...form, text: e.target.value })} />
            </Field.Root>
          </Box>
          <Box paddingTop={3}>
            <Field.Root error={jsonError || undefined}>
              <Field.Label>附件（JSON 对象，可留空：图片、链接或小程序其一）</Field.Label>
              <Textarea value={form.attachment} onChange={(e: any) => setForm({ ...form, attachment: e.target.value })} />
              <Field.Error />
            </Field.Root>
          </Box>
          <Flex gap={2} paddingTop={3}>
            <Button disabled={busy || !form.name} onClick={save}>
              保存到企业微信
            </Button>
            {form.documentId && (
              <Button variant="tertiary" onClick={() => setForm(EMPTY)}>
                取消编辑
              </Button>
            )}
          </Flex>
        </Box>
      )}
    </Box>
  );
};
