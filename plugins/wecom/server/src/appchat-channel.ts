import type { Core } from '@strapi/strapi';
import { businessError, problemsOf, type FieldProblem } from '@wedraw/kit';
import { explain } from './clients/errcodes';
import { WecomError } from './clients/wecom-client';
import { services } from './lib/services';
import { appMessageContent, RETRYABLE } from './lib/app-message';
import { usableBy, type SendingTenant } from './lib/tenant-accounts';

interface Outbound {
  to: string;
  account: string | null;
  content: Record<string, unknown>;
}
type Outcome = { status: 'sent'; providerId?: string } | { status: 'retryable' | 'final'; code: string; message: string };

/**
 * `wecom-appchat`: a message to an app chat (`to` = its chatid, created in 企业微信 › 应用群聊),
 * sent by the app that created it (`appchat/send`); content as `wecom-app` (text, markdown,
 * textcard). An offline account is refused at intake (409 AccountUnavailable); 86003 (the chat is
 * gone) and other refusals are final, busy answers retried.
 */
export function wecomAppChatChannel(strapi: Core.Strapi) {
  const s = services(strapi);

  async function sendOne(m: Outbound): Promise<Outcome> {
    const chat = await s.appchats.find(m.to);
    const found = chat ? await s.appchats.clientOf(chat) : null;
    if (!chat || !found) return { status: 'final', code: 'chat', message: '群聊不存在' };
    if (found.account.status === 'offline') return { status: 'final', code: 'account:offline', message: '发送账号已下线' };
    try {
      await found.client.post('/cgi-bin/appchat/send', { chatid: chat.chatid, ...m.content });
      return { status: 'sent' };
    } catch (err) {
      const errcode = err instanceof WecomError ? err.errcode : -1;
      const message = explain(errcode, (err as Error).message).slice(0, 500);
      return { status: RETRYABLE.has(errcode) ? 'retryable' : 'final', code: `wecom:${errcode}`, message };
    }
  }

  return {
    name: 'wecom-appchat',
    label: '企业微信应用群聊',
    receipts: 'none' as const,
    ratePerSecond: 30,
    batchSize: 20,
    async validate(input: { to: string; account: string | null; content: unknown; tenant?: SendingTenant }): Promise<FieldProblem[]> {
      const parsed = appMessageContent.safeParse(input.content);
      const problems = parsed.success ? [] : problemsOf(parsed.error).map((p) => ({ ...p, field: `content.${p.field}` }));
      const chat = await s.appchats.find(input.to);
      const found = chat ? await s.appchats.clientOf(chat).catch(() => null) : null;
      // A chat of another tenant's account is as unknown as a missing one.
      if (!chat || (found && !usableBy(found.account, input.tenant)))
        problems.push({ field: 'to', message: '未知的群聊 chatid（须先在企业微信 › 应用群聊中创建）' });
      else if (input.account && input.account !== chat.account) problems.push({ field: 'account', message: '该群聊由另一个发送账号创建' });
      if (!problems.length && found?.account.status === 'offline')
        throw businessError('AccountUnavailable', `发送账号「${found.account.name}」已下线`, { account: found.account.code });
      return problems;
    },
    send: (batch: Outbound[]) => Promise.all(batch.map(sendOne)),
  };
}
