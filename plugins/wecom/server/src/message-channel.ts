import type { Core } from '@strapi/strapi';
import { businessError, problemsOf } from '@wedraw/kit';
import { explain } from './clients/errcodes';
import { WecomError } from './clients/wecom-client';
import { appMessageContent, RETRYABLE } from './lib/app-message';
import { services } from './lib/services';
import { UID } from './lib/uids';
import { wecomAppChatChannel } from './appchat-channel';
import { wecomCustomerChannel } from './customer-channel';
import { wecomRobotChannel } from './robot-channel';
import type { Account } from './services/accounts';
import { usableBy, type SendingTenant } from './lib/tenant-accounts';

/** The message center's channel contract, structurally (plugins/messaging/server/src/channels/types.ts). */
interface Outbound {
  to: string;
  account: string | null;
  content: Record<string, unknown>;
}
type Outcome = { status: 'sent'; providerId?: string } | { status: 'retryable' | 'final'; code: string; message: string };

/** `to` (API.md): a member's UserID, `dept:<id>`, `tag:<id>` or `@all`. */
const RECIPIENT = /^(?:@all|dept:\d{1,10}|tag:\d{1,10}|[A-Za-z0-9_.@-]{1,64})$/;
function recipients(to: string): { touser?: string; toparty?: string; totag?: string } {
  if (to.startsWith('dept:')) return { toparty: to.slice(5) };
  if (to.startsWith('tag:')) return { totag: to.slice(4) };
  return { touser: to };
}

/**
 * `wecom-app`: a WeCom application message (`message/send`) from a sending account of kind
 * wecom-app (`account` = its code, `to` = a UserID, `dept:<id>`, `tag:<id>` or `@all`). An offline
 * account is refused at intake (409 AccountUnavailable) and, if it went offline since, at send
 * (final); one in error or recovering asks for a retry; a UserID WeCom lists in `invaliduser` is final.
 */
export function wecomAppChannel(strapi: Core.Strapi) {
  const s = services(strapi);
  const accountOf = (code: string) => strapi.db.query(UID.account).findOne({ where: { code } }) as Promise<Account | null>;

  async function sendOne(m: Outbound): Promise<Outcome> {
    const account = await accountOf(m.account as string);
    if (!account || account.kind !== 'wecom-app' || !account.agentId) return { status: 'final', code: 'account', message: '发送账号不存在' };
    if (account.status === 'offline') return { status: 'final', code: 'account:offline', message: '发送账号已下线' };
    if (account.status === 'error' || account.status === 'recovering')
      return { status: 'retryable', code: `account:${account.status}`, message: '发送账号异常，恢复后重试' };
    try {
      const corp = await s.corps.require(account.corpId);
      const agentId = account.agentId;
      const res = await s.clients
        .client(corp, `app:${agentId}`)
        .post<{ invaliduser?: string; msgid?: string }>('/cgi-bin/message/send', { ...recipients(m.to), agentid: agentId, ...m.content });
      const invalid = (res.invaliduser ?? '').split('|').filter(Boolean);
      if (invalid.includes(m.to.toLowerCase())) return { status: 'final', code: 'wecom:invaliduser', message: '成员不存在或不在应用可见范围内' };
      return { status: 'sent', providerId: res.msgid };
    } catch (err) {
      const errcode = err instanceof WecomError ? err.errcode : -1;
      const message = explain(errcode, (err as Error).message).slice(0, 500);
      return { status: RETRYABLE.has(errcode) ? 'retryable' : 'final', code: `wecom:${errcode}`, message };
    }
  }

  return {
    name: 'wecom-app',
    label: '企业微信应用消息',
    receipts: 'none' as const,
    ratePerSecond: 30,
    batchSize: 20,
    async validate(input: { to: string; account: string | null; content: unknown; tenant?: SendingTenant }) {
      const parsed = appMessageContent.safeParse(input.content);
      const problems = parsed.success ? [] : problemsOf(parsed.error).map((p) => ({ ...p, field: `content.${p.field}` }));
      const account = input.account ? await accountOf(input.account) : null;
      if (!input.account) problems.push({ field: 'account', message: '必填：发送账号编码' });
      else if (!account || account.kind !== 'wecom-app' || !usableBy(account, input.tenant))
        problems.push({ field: 'account', message: '未知的企业微信应用发送账号' });
      if (!RECIPIENT.test(input.to)) problems.push({ field: 'to', message: '应为成员 UserID、dept:<部门ID>、tag:<标签ID> 或 @all' });
      if (!problems.length && account?.status === 'offline')
        throw businessError('AccountUnavailable', `发送账号「${account.name}」已下线`, { account: account.code });
      return problems;
    },
    send: (batch: Outbound[]) => Promise.all(batch.map(sendOne)),
  };
}

/** Registers WeCom's channels when the message center is installed. */
export function registerMessageChannels(strapi: Core.Strapi): void {
  const center = strapi.plugin('messaging');
  if (!center) return;
  center.service('channels').register(wecomAppChannel(strapi));
  center.service('channels').register(wecomRobotChannel(strapi));
  center.service('channels').register(wecomAppChatChannel(strapi));
  center.service('channels').register(wecomCustomerChannel(strapi));
}
