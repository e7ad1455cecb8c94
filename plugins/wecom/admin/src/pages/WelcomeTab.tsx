import { useEffect, useState } from 'react';
import { Badge, Box, Button, Checkbox, Field, Flex, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DataTable, RowActions, useAction, useHeldActions } from '@wedraw/kit/admin';
import { useFirstCorpId } from './use-first-corp';

interface Rule {
  documentId: string;
  name: string;
  statePrefix: string;
  isDefault: boolean;
  text: string;
  attachments: { msgtype: string }[];
  enabled: boolean;
  editedBy: string | null;
  updatedAt: string;
}
interface Send {
  documentId: string;
  userid: string;
  externalUserid: string;
  state: string;
  ruleName: string | null;
  status: 'pending' | 'sent' | 'missed' | 'failed' | 'no-rule';
  attempts: { at: string; errcode: number; message: string }[];
  receivedAt: string;
  delayMs: number | null;
}

const STATUS: Record<Send['status'], string> = { pending: '发送中', sent: '已发送', missed: '已错过', failed: '失败', 'no-rule': '无匹配欢迎语' };
const TYPE: Record<string, string> = { image: '图片', link: '链接', miniprogram: '小程序' };
const EMPTY = { documentId: '', name: '', statePrefix: '', isDefault: false, text: '', attachments: '[]', enabled: true };
const time = (at: string | null) => (at ? new Date(at).toLocaleString('zh-CN') : '—');

/** 欢迎语: rules by channel (State prefix of the 联系我 QR code) with a default, and every send with its attempts. */
export const WelcomeTab = () => {
  const { get, post, put, del } = useFetchClient();
  const { held: allowedActions } = useHeldActions({ canUpdate: 'plugin::wecom.welcome.update' });
  const corpId = useFirstCorpId();
  const [rules, setRules] = useState<Rule[]>([]);
  const [sends, setSends] = useState<Send[]>([]);
  const [form, setForm] = useState(EMPTY);
  const [jsonError, setJsonError] = useState('');
  const base = `/wecom/corps/${corpId}`;

  const load = async () => {
    if (!corpId) return;
    const [r, s] = await Promise.all([get<{ data: Rule[] }>(`${base}/welcome-rules`), get<{ data: Send[] }>(`${base}/welcome-sends?pageSize=30`)]);
    setRules(r.data.data);
    setSends(s.data.data);
  };
  const { act, busy } = useAction(load);
  useEffect(() => {
    load().catch(() => undefined);
  }, [corpId]);

  const save = () => {
    let attachments: unknown;
    try {
      attachments = JSON.parse(form.attachments || '[]');
    } catch {
      setJsonError('附件须为 JSON 数组，例如 [{"msgtype":"link","link":{"title":"活动","url":"https://…"}}]');
      return;
    }
    setJsonError('');
    const body = {
      name: form.name,
      statePrefix: form.isDefault ? '' : form.statePrefix,
      isDefault: form.isDefault,
      text: form.text,
      attachments,
      enabled: form.enabled,
    };
    const call = form.documentId ? () => put(`/wecom/welcome-rules/${form.documentId}`, body) : () => post(`${base}/welcome-rules`, body);
    act(async () => {
      await call();
      setForm(EMPTY);
    }, '欢迎语已保存');
  };
  const edit = (r: Rule) => setForm({ ...r, attachments: JSON.stringify(r.attachments, null, 2) });

  return (
    <Box paddingTop={4}>
      <Typography tag="p" textColor="neutral600" paddingBottom={4}>
        客户通过「联系我」二维码添加成员后，按二维码的 State 前缀选择欢迎语（最长前缀优先），没有匹配时使用默认欢迎语； 必须在企业微信推送后 20
        秒内发送，每个客户只发一次。文本中的 {'{{客户昵称}}'} 替换为客户的微信昵称；附件最多 9 个（图片、链接、小程序）。
      </Typography>
      <DataTable
        columns={[
          { title: '名称', cell: (r) => r.name },
          { title: '渠道 State 前缀', cell: (r) => (r.isDefault ? <Badge>默认</Badge> : r.statePrefix) },
          { title: '文本', cell: (r) => <Typography ellipsis>{r.text}</Typography> },
          { title: '附件', cell: (r) => r.attachments.map((a) => TYPE[a.msgtype] ?? a.msgtype).join('、') },
          { title: '状态', cell: (r) => (r.enabled ? '启用' : '停用') },
          {
            title: '',
            cell: (r) =>
              allowedActions.canUpdate && (
                <RowActions busy={busy} onEdit={() => edit(r)} onDelete={() => act(() => del(`/wecom/welcome-rules/${r.documentId}`), '欢迎语已删除')} />
              ),
          },
        ]}
        rows={rules}
        rowKey={(r) => r.documentId}
        empty="还没有欢迎语"
      />
      {allowedActions.canUpdate && corpId && (
        <Box padding={4} marginTop={4} background="neutral0" hasRadius>
          <Typography variant="delta">{form.documentId ? `编辑「${form.name}」` : '新建欢迎语'}</Typography>
          <Flex gap={3} paddingTop={3} alignItems="flex-end">
            <Field.Root>
              <Field.Label>名称</Field.Label>
              <TextInput value={form.name} onChange={(e: any) => setForm({ ...form, name: e.target.value })} />
            </Field.Root>
            <Field.Root>
              <Field.Label>渠道 State 前缀</Field.Label>
              <TextInput
                disabled={form.isDefault}
                placeholder="例如 shop-"
                value={form.statePrefix}
                onChange={(e: any) => setForm({ ...form, statePrefix: e.target.value })}
              />
            </Field.Root>
            <Checkbox checked={form.isDefault} onCheckedChange={(v: boolean) => setForm({ ...form, isDefault: Boolean(v) })}>
              默认欢迎语
            </Checkbox>
            <Checkbox checked={form.enabled} onCheckedChange={(v: boolean) => setForm({ ...form, enabled: Boolean(v) })}>
              启用
            </Checkbox>
          </Flex>
          <Box paddingTop={3}>
            <Field.Root>
              <Field.Label>文本（可用 {'{{客户昵称}}'}）</Field.Label>
              <Textarea value={form.text} onChange={(e: any) => setForm({ ...form, text: e.target.value })} />
            </Field.Root>
          </Box>
          <Box paddingTop={3}>
            <Field.Root error={jsonError || undefined}>
              <Field.Label>附件（JSON 数组，最多 9 个）</Field.Label>
              <Textarea value={form.attachments} onChange={(e: any) => setForm({ ...form, attachments: e.target.value })} />
              <Field.Error />
            </Field.Root>
          </Box>
          <Flex gap={2} paddingTop={3}>
            <Button disabled={busy || !form.name} onClick={save}>
              保存
            </Button>
            {form.documentId && (
              <Button variant="tertiary" onClick={() => setForm(EMPTY)}>
                取消编辑
              </Button>
            )}
          </Flex>
        </Box>
      )}
      <Typography variant="delta" tag="h3" paddingTop={6} paddingBottom={2}>
        发送记录
      </Typography>
      <DataTable
        columns={[
          { title: '收到时间', cell: (s) => time(s.receivedAt) },
          { title: '客户', cell: (s) => s.externalUserid },
          { title: '添加人', cell: (s) => s.userid },
          { title: '渠道', cell: (s) => s.state },
          { title: '欢迎语', cell: (s) => s.ruleName },
          { title: '结果', cell: (s) => <Badge>{STATUS[s.status]}</Badge> },
          { title: '耗时', cell: (s) => (s.delayMs !== null ? `${(s.delayMs / 1000).toFixed(1)} 秒` : null) },
          {
            title: '尝试记录',
            cell: (s) =>
              s.attempts.map((a, i) => (
                <Typography key={i} tag="p" textColor={a.errcode === 0 ? 'success600' : 'danger600'}>
                  {`${time(a.at)} ${a.errcode === 0 ? '' : `errcode ${a.errcode}：`}${a.message}`}
                </Typography>
              )),
          },
        ]}
        rows={sends}
        rowKey={(s) => s.documentId}
        empty="还没有发送记录"
      />
    </Box>
  );
};
