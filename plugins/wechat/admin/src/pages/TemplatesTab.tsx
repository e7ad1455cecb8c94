import { useEffect, useState } from 'react';
import { Alert, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { FanTag } from './fans-shared';
import { TemplateSends } from './TemplateSends';

interface Template {
  templateId: string;
  title: string;
  content: string;
  example: string | null;
  fields: Array<{ key: string; label: string }>;
}
interface App {
  appId: string;
  name: string;
  kind: string;
}

const errorText = (err: any) => err?.response?.data?.error?.message ?? err?.message ?? '请求失败';

/** 模板消息: sync the OA's templates, fill one in a form with a live preview, send now or later to one fan, a tag or every follower. */
export const TemplatesTab = () => {
  const { get, post } = useFetchClient();
  const [apps, setApps] = useState<App[]>([]);
  const [appId, setAppId] = useState('');
  const [templates, setTemplates] = useState<Template[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [target, setTarget] = useState<'one' | 'tag' | 'all'>('one');
  const [openid, setOpenid] = useState('');
  const [tagId, setTagId] = useState('');
  const [tags, setTags] = useState<FanTag[]>([]);
  const [url, setUrl] = useState('');
  const [scheduledAt, setScheduledAt] = useState('');
  const [preview, setPreview] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const template = templates.find((t) => t.templateId === templateId);

  useEffect(() => {
    get<any>('/wechat/apps')
      .then((res) => {
        const official = (res.data.data as App[]).filter((a) => a.kind === 'official');
        setApps(official);
        if (official[0]) setAppId(official[0].appId);
      })
      .catch(() => undefined);
  }, []);
  const loadTemplates = async () => setTemplates((await get<any>(`/wechat/templates?appId=${encodeURIComponent(appId)}`)).data.data);
  useEffect(() => {
    if (appId) loadTemplates().catch(() => undefined);
  }, [appId]);
  // 按标签: the operator picks a tag by its name (the send goes by WeChat's tag id).
  useEffect(() => {
    if (!appId) return;
    get<{ data: FanTag[] }>(`/wechat/tags?appId=${encodeURIComponent(appId)}`)
      .then((res) => setTags(res.data.data))
      .catch(() => setTags([]));
  }, [appId]);
  useEffect(() => {
    if (!template) return setPreview('');
    const data = Object.fromEntries(Object.entries(values).filter(([k]) => template.fields.some((f) => f.key === k)));
    post<any>('/wechat/templates/preview', { appId, templateId, data })
      .then((res) => setPreview(res.data.data.text))
      .catch(() => undefined);
  }, [templateId, values]);

  const sync = async () => {
    try {
      setTemplates((await post<any>('/wechat/templates/sync', { appId })).data.data);
      setMessage({ ok: true, text: '模板列表已同步' });
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    }
  };
  const send = async () => {
    const body: Record<string, unknown> = { appId, templateId, target, data: values };
    if (target === 'one') body.openid = openid.trim();
    if (target === 'tag') body.tagId = Number(tagId);
    if (url) body.url = url;
    if (scheduledAt) body.scheduledAt = new Date(scheduledAt).toISOString();
    if (target === 'all' && !window.confirm('确定发送给全部关注者吗？')) return;
    try {
      const res = await post<any>('/wechat/template-sends', body);
      const s = res.data.data;
      setMessage({ ok: true, text: s.status === 'scheduled' ? '已创建定时发送' : '已加入发送队列' });
      setReloadKey((k) => k + 1);
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    }
  };

  return (
    <Box paddingTop={4}>
      {message && (
        <Alert variant={message.ok ? 'success' : 'danger'} title={message.ok ? '成功' : '出错了'} closeLabel="关闭" onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      <Flex gap={2} alignItems="flex-end" paddingBottom={4}>
        <Field.Root name="app">
          <Field.Label>公众号</Field.Label>
          <SingleSelect value={appId} onChange={(v: any) => setAppId(String(v))}>
            {apps.map((a) => (
              <SingleSelectOption key={a.appId} value={a.appId}>
                {a.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Button variant="secondary" onClick={sync} disabled={!appId}>
          从微信同步模板
        </Button>
      </Flex>
      <Flex gap={6} alignItems="flex-start">
        <Flex direction="column" alignItems="stretch" gap={3} flex="1">
          <Field.Root name="template">
            <Field.Label>模板</Field.Label>
            <SingleSelect
              value={templateId}
              placeholder="选择模板"
              onChange={(v: any) => {
                setTemplateId(String(v));
                setValues({});
              }}
            >
              {templates.map((t) => (
                <SingleSelectOption key={t.templateId} value={t.templateId}>
                  {t.title}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          {template?.fields.map((f) => (
            <Field.Root key={f.key} name={`data.${f.key}`}>
              <Field.Label>{`${f.label}（${f.key}）`}</Field.Label>
              <Field.Input value={values[f.key] ?? ''} onChange={(e: any) => setValues({ ...values, [f.key]: e.target.value })} />
            </Field.Root>
          ))}
          <Field.Root name="target">
            <Field.Label>发送对象</Field.Label>
            <SingleSelect value={target} onChange={(v: any) => setTarget(v)}>
              <SingleSelectOption value="one">单个粉丝</SingleSelectOption>
              <SingleSelectOption value="tag">按标签</SingleSelectOption>
              <SingleSelectOption value="all">全部关注者</SingleSelectOption>
            </SingleSelect>
          </Field.Root>
          {target === 'one' && (
            <Field.Root name="openid">
              <Field.Label>粉丝 openid</Field.Label>
              <Field.Input value={openid} onChange={(e: any) => setOpenid(e.target.value)} />
            </Field.Root>
          )}
          {target === 'tag' && (
            <Field.Root name="tagId" hint={tags.length ? undefined : '还没有标签：先在「粉丝标签」中新建或从微信拉取'}>
              <Field.Label>标签</Field.Label>
              <SingleSelect value={tagId} placeholder="选择标签" onChange={(v: any) => setTagId(String(v))}>
                {tags.map((t) => (
                  <SingleSelectOption key={t.tagId} value={String(t.tagId)}>{`${t.name}（${t.count} 人）`}</SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
            </Field.Root>
          )}
          <Field.Root name="url" hint="可选：点击消息后打开的网页">
            <Field.Label>跳转链接</Field.Label>
            <Field.Input value={url} onChange={(e: any) => setUrl(e.target.value)} />
            <Field.Hint />
          </Field.Root>
          <Field.Root name="scheduledAt" hint="留空则立即发送">
            <Field.Label>定时发送</Field.Label>
            <Field.Input type="datetime-local" value={scheduledAt} onChange={(e: any) => setScheduledAt(e.target.value)} />
            <Field.Hint />
          </Field.Root>
          <Box>
            <Button onClick={send} disabled={!template}>
              {scheduledAt ? '创建定时发送' : '发送'}
            </Button>
          </Box>
        </Flex>
        <Box flex="1" background="neutral100" padding={4} hasRadius>
          <Typography variant="delta">预览</Typography>
          <Box paddingTop={2}>
            <Typography tag="pre" style={{ whiteSpace: 'pre-wrap' }}>
              {template ? `${template.title}\n\n${preview}` : '选择模板后在此预览'}
            </Typography>
          </Box>
          {template?.example && (
            <Box paddingTop={4}>
              <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'pre-wrap' }}>{`示例：\n${template.example}`}</Typography>
            </Box>
          )}
        </Box>
      </Flex>
      {appId && <TemplateSends appId={appId} reloadKey={reloadKey} tagNames={Object.fromEntries(tags.map((t) => [t.tagId, t.name]))} />}
    </Box>
  );
};
