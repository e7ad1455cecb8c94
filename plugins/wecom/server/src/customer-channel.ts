import type { Core } from '@strapi/strapi';
import { businessError, problemsOf, type FieldProblem } from '@wedraw/kit';
import { z } from 'zod';
import { explain } from './clients/errcodes';
import { WecomError } from './clients/wecom-client';
import { RETRYABLE } from './lib/app-message';
import { services } from './lib/services';
import { UID } from './lib/uids';
import type { Account } from './services/accounts';
import { usableBy, type SendingTenant } from './lib/tenant-accounts';

interface Outbound {
  to: string;
  account: string | null;
  content: Record<string, unknown>;
}
type Outcome = { status: 'sent'; providerId?: string } | { status: 'retryable' | 'final'; code: string; message: string };
type Receipt = { ok: boolean; code?: string; message?: string };

const attachment = z
  .object({ msgtype: z.enum(['image', 'link', 'miniprogram', 'video', 'file']) })
  .passthrough()
  .refine((a) => typeof (a as Record<string, unknown>)[a.msgtype] === 'object', '缺少与 msgtype 同名的内容');

/** WeCom's `add_msg_template` body less the recipients: who sends (a member with 客户联系), text and/or attachments. */
const content = z
  .object({
    sender: z.string().min(1, '必填：发送成员 UserID').max(64),
    text: z
      .object({ content: z.string().min(1, '必填').max(4000, '不超过 4000 字') })
      .strict()
      .optional(),
    attachments: z.array(attachment).max(9, '最多 9 个附件').optional(),
  })
  .strict()
  .refine((c) => c.text || (c.attachments && c.attachments.length > 0), { message: 'text 与 attachments 至少一项', path: ['text'] });

const EXTERNAL_USERID = /^w[mo][A-Za-z0-9_-]{6,64}$/;

/** WeCom's per-customer result of a 群发 task: 0 not sent yet, 1 sent, 2 not the member's customer, 3 already got one today. */
const RESULT: Record<number, string> = { 2: '客户已不是该成员的客户', 3: '客户今天已收到其他群发消息' };

/**
 * `wecom-customer`: a 客户群发 message to one external contact (`to` = external_userid) from a
 * sending account's corp (`account` = a wecom-app sending account's code, for the corp and the
 * tenant's account count), sent by the member `content.sender` (`externalcontact/add_msg_template`,
 * chat_type single). WeCom does not deliver it on its own: it creates a task the member confirms
 * in the WeCom client. So the message stays `sent` (provider id `<msgid>:<sender>:<external_userid>`) until
 * `get_groupmsg_send_result`, asked by the center every `MESSAGING_RECEIPT_POLL_MS`, reports 1
 * (delivered) or 2/3 (failed); while the member has not confirmed it, it stays `sent`.
 */
export function wecomCustomerChannel(strapi: Core.Strapi) {
  const s = services(strapi);
  const accountOf = (code: string) => strapi.db.query(UID.account).findOne({ where: { code } }) as Promise<Account | null>;
  const clientOf = async (account: Account) => s.clients.client(await s.corps.require(account.corpId), 'customer');

  async function sendOne(m: Outbound): Promise<Outcome> {
    const account = await accountOf(m.account as string);
    if (!account || account.kind !== 'wecom-app') return { status: 'final', code: 'account', message: '发送账号不存在' };
    if (account.status === 'offline') return { status: 'final', code: 'account:offline', message: '发送账号已下线' };
    try {
      const res = await (
        await clientOf(account)
      ).post<{ msgid?: string; fail_list?: string[] }>('/cgi-bin/externalcontact/add_msg_template', {
        chat_type: 'single',
        external_userid: [m.to],
        ...m.content,
      });
      if ((res.fail_list ?? []).includes(m.to)) return { status: 'final', code: 'wecom:fail_list', message: '该客户不是发送成员的客户' };
      return { status: 'sent', providerId: `${res.msgid}:${String(m.content.sender)}:${m.to}` };
    } catch (err) {
      const errcode = err instanceof WecomError ? err.errcode : -1;
      const message = explain(errcode, (err as Error).message).slice(0, 500);
      return { status: RETRYABLE.has(errcode) ? 'retryable' : 'final', code: `wecom:${errcode}`, message };
    }
  }

  /** One task's results, every page; only final ones (1, 2, 3) are receipts. */
  async function resultsOf(account: Account, msgid: string, sender: string): Promise<Map<string, Receipt>> {
    const out = new Map<string, Receipt>();
    const client = await clientOf(account);
    for (let cursor = ''; ; ) {
      const page = await client.post<{ send_list?: Array<{ external_userid: string; status: number }>; next_cursor?: string }>(
        '/cgi-bin/externalcontact/get_groupmsg_send_result',
        { msgid, userid: sender, limit: 1000, cursor },
      );
      for (const r of page.send_list ?? []) {
        if (r.status === 1) out.set(`${msgid}:${sender}:${r.external_userid}`, { ok: true });
        else if (r.status !== 0)
          out.set(`${msgid}:${sender}:${r.external_userid}`, {
            ok: false,
            code: `wecom:groupmsg:${r.status}`,
            message: RESULT[r.status] ?? `状态 ${r.status}`,
          });
      }
      if (!page.next_cursor) return out;
      cursor = page.next_cursor;
    }
  }

  return {
    name: 'wecom-customer',
    label: '企业微信客户群发（成员在企业微信中确认后送达）',
    receipts: 'poll' as const,
    ratePerSecond: 10,
    batchSize: 10,
    async validate(input: { to: string; account: string | null; content: unknown; tenant?: SendingTenant }): Promise<FieldProblem[]> {
      const parsed = content.safeParse(input.content);
      const problems = parsed.success ? [] : problemsOf(parsed.error).map((p) => ({ ...p, field: `content.${p.field}` }));
      const account = input.account ? await accountOf(input.account) : null;
      if (!input.account) problems.push({ field: 'account', message: '必填：发送账号编码' });
      else if (!account || account.kind !== 'wecom-app' || !usableBy(account, input.tenant))
        problems.push({ field: 'account', message: '未知的企业微信应用发送账号' });
      if (!EXTERNAL_USERID.test(input.to)) problems.push({ field: 'to', message: '应为客户的 external_userid' });
      if (!problems.length && account?.status === 'offline')
        throw businessError('AccountUnavailable', `发送账号「${account.name}」已下线`, { account: account.code });
      return problems;
    },
    send: (batch: Outbound[]) => Promise.all(batch.map(sendOne)),
    /** The center's poll: the tasks of these messages (provider id `<msgid>:<sender>:<external_userid>`), read back once per task. */
    async pollReceipts(sent: Array<{ providerId: string; account: string | null }>): Promise<Map<string, Receipt>> {
      const out = new Map<string, Receipt>();
      const tasks = new Map<string, { account: string; msgid: string; sender: string }>();
      for (const m of sent) {
        const [msgid, sender] = m.providerId.split(':');
        if (m.account && msgid && sender) tasks.set(`${m.account}|${msgid}`, { account: m.account, msgid, sender });
      }
      for (const task of tasks.values()) {
        const account = await accountOf(task.account);
        if (!account) continue;
        try {
          for (const [id, r] of await resultsOf(account, task.msgid, task.sender)) out.set(id, r);
        } catch (err) {
          strapi.log.warn(`[wecom] 群发结果 ${task.msgid} 读取失败：${(err as Error).message}`);
        }
      }
      return out;
    },
  };
}
