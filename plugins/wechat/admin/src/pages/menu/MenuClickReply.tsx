import { useState } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { messageOf } from '@wedraw/kit/admin';

export interface ReplyOption {
  id: number;
  name: string;
  keywords: string[];
  matchType: string;
  contentType: string;
  preview: string;
  enabled: boolean;
}

interface Props {
  appId: string;
  clickKey: string;
  /** The reply a CLICK on this key gets now (null: none). */
  current: ReplyOption | null;
  options: ReplyOption[];
  canEdit: boolean;
  onChanged: () => void;
}

/** Which auto-reply answers a CLICK on this key: pick a keyword reply, write a new text reply, or unbind. */
export const MenuClickReply = ({ appId, clickKey, current, options, canEdit, onChanged }: Props) => {
  const { put, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [replyId, setReplyId] = useState<string>('');
  const [text, setText] = useState('');
  const url = `/wechat/menus/${appId}/click-replies/${encodeURIComponent(clickKey)}`;

  const run = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      toggleNotification({ type: 'success', message: done });
      setText('');
      setReplyId('');
      onChanged();
    } catch (err) {
      toggleNotification({ type: 'danger', message: messageOf(err) });
    }
  };

  return (
    <Box padding={4} background="neutral100" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta">点击回复（KEY：{clickKey}）</Typography>
        <Typography>
          {current
            ? `当前回复：「${current.name}」${current.preview ? ` — ${current.preview}` : ''}${current.enabled ? '' : '（已停用）'}`
            : '当前没有回复：粉丝点击后不会收到消息'}
        </Typography>
        {canEdit && (
          <>
            <Flex gap={2} alignItems="flex-end">
              <Box flex="1">
                <Field.Root name="replyId">
                  <Field.Label>选择已有关键词回复</Field.Label>
                  <SingleSelect placeholder="请选择" value={replyId} onChange={(v: any) => setReplyId(String(v))}>
                    {options.map((o) => (
                      <SingleSelectOption key={o.id} value={String(o.id)}>
                        {`${o.name}（${o.keywords.join('、') || '无关键词'}）`}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Box>
              <Button variant="secondary" disabled={!replyId} onClick={() => run(() => put(url, { replyId: Number(replyId) }), '已绑定')}>
                绑定
              </Button>
            </Flex>
            <Field.Root name="text" hint="保存为一条新的关键词回复（精确匹配此 KEY）">
              <Field.Label>或新建文字回复</Field.Label>
              <Textarea value={text} onChange={(e: any) => setText(e.target.value)} />
              <Field.Hint />
            </Field.Root>
            <Flex gap={2}>
              <Button variant="secondary" disabled={!text.trim()} onClick={() => run(() => put(url, { text }), '已新建并绑定')}>
                新建并绑定
              </Button>
              {current && (
                <Button variant="tertiary" onClick={() => run(() => del(url), '已解除绑定')}>
                  解除绑定
                </Button>
              )}
            </Flex>
          </>
        )}
      </Flex>
    </Box>
  );
};
