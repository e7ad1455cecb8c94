import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { DataTable, ErrorAlert, useApi } from '@wedraw/kit/admin';

interface Template {
  documentId: string;
  code: string;
  name: string | null;
  channel: string;
  content: Record<string, unknown>;
  variables: string[] | null;
}

const VARIABLE = /\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}/g;

/** 模板: the list, and an editor showing the variables found and a preview with sample values. */
export function Templates({ canUpdate }: { canUpdate: boolean }) {
  const api = useApi();
  const [rows, setRows] = useState<Template[]>([]);
  const [form, setForm] = useState({ code: '', name: '', channel: 'email', content: '{"subject": "{{name}}，您好", "text": "您的积分：{{points}}"}' });
  const [sample, setSample] = useState('{"name": "小明", "points": 100}');
  const [preview, setPreview] = useState<string>('');
  const load = async () => setRows((await api.get<Template[]>('/messaging/templates')) ?? []);
  useEffect(() => {
    void load();
  }, []);
  const variables = [...new Set([...form.content.matchAll(VARIABLE)].map((m) => m[1]))];
  const parsed = (text: string) => {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      api.setError('内容或示例变量不是有效的 JSON');
      return null;
    }
  };
  const doPreview = async () => {
    const content = parsed(form.content);
    const vars = parsed(sample);
    if (!content || !vars) return;
    const res = await api.post<{ content: unknown; missing: string[] }>('/messaging/templates/preview', { content, variables: vars });
    if (res) setPreview(`${JSON.stringify(res.content, null, 2)}${res.missing.length ? `\n缺少变量：${res.missing.join('、')}` : ''}`);
  };
  const save = async () => {
    const content = parsed(form.content);
    if (!content) return;
    if (await api.post('/messaging/templates', { code: form.code, name: form.name || undefined, channel: form.channel, content })) await load();
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <ErrorAlert error={api.error} onClose={() => api.setError(null)} />
      <DataTable
        columns={[
          { title: '编码', cell: (t) => t.code },
          { title: '名称', cell: (t) => t.name },
          { title: '渠道', cell: (t) => t.channel },
          { title: '变量', cell: (t) => (t.variables ?? []).join('、') },
        ]}
        rows={rows}
        rowKey={(t) => t.documentId}
        empty="还没有模板"
      />
      {canUpdate && (
        <Box>
          <Flex gap={2} alignItems="flex-end">
            {(['code', 'name', 'channel'] as const).map((k) => (
              <Field.Root key={k} name={k}>
                <Field.Label>{{ code: '编码', name: '名称', channel: '渠道' }[k]}</Field.Label>
                <Field.Input value={form[k]} onChange={(e: any) => setForm({ ...form, [k]: e.target.value })} />
              </Field.Root>
            ))}
          </Flex>
          <Field.Root name="content">
            <Field.Label>内容（JSON，变量写作 {'{{变量名}}'}）</Field.Label>
            <Textarea value={form.content} onChange={(e: any) => setForm({ ...form, content: e.target.value })} />
            <Typography variant="pi">变量：{variables.join('、') || '无'}</Typography>
          </Field.Root>
          <Field.Root name="sample">
            <Field.Label>示例变量（JSON）</Field.Label>
            <Textarea value={sample} onChange={(e: any) => setSample(e.target.value)} />
          </Field.Root>
          <Flex gap={2} paddingTop={2}>
            <Button variant="secondary" onClick={doPreview} disabled={api.busy}>
              预览
            </Button>
            <Button onClick={save} disabled={api.busy}>
              保存模板
            </Button>
          </Flex>
          {preview && (
            <Box paddingTop={2}>
              <pre>{preview}</pre>
            </Box>
          )}
        </Box>
      )}
    </Flex>
  );
}
