import { randomBytes } from 'crypto';
import type { Router } from '../../http/router';
import { jsonBody } from '../../http/router';
import { AdminError, Reply } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody } from '../../routes/admin-util';
import { qyError, qyOk } from '../errors';
import type { CorpState } from '../state/corp-state';
import { customersOf } from '../state/customers';
import { adminCorp } from './admin-util';
import { customerCaller } from './externalcontact';

const ATTACHMENT_TYPES = ['image', 'link', 'miniprogram', 'video', 'file'];
const MAX_ATTACHMENTS = 9;
const MAX_CUSTOMERS = 10_000;

/**
 * One 群发 task of `add_msg_template` (chat_type single): WeCom does not send it; it notifies the
 * sender, who confirms it in the client. Per customer, WeCom's statuses: 0 not sent yet, 1 sent,
 * 2 not a customer of the sender any more, 3 the customer already got a 群发 message today.
 */
interface GroupMsgTask {
  msgid: string;
  sender: string;
  createdAt: number;
  body: Record<string, unknown>;
  results: Map<string, { status: 0 | 1 | 2 | 3; sendTime: number }>;
}

const tasks = new WeakMap<CorpState, Map<string, GroupMsgTask>>();
const tasksOf = (corp: CorpState) => {
  let m = tasks.get(corp);
  if (!m) tasks.set(corp, (m = new Map()));
  return m;
};

/**
 * 客户群发 (`externalcontact/add_msg_template`, `get_groupmsg_send_result`) with WeCom's real
 * semantics: creating the task sends nothing; customers that are not the sender's are listed in
 * `fail_list`; the member confirms the task in the client (`/_sandbox/wecom/:corpId/client/confirm-groupmsg`),
 * and only then do the results turn 1 (sent) — or 2 for a customer who deleted the member meanwhile.
 */
export function qyGroupMsgRoutes(router: Router, rt: Runtime): void {
  const seconds = () => rt.state.clock.seconds();

  router.api('POST', '/cgi-bin/externalcontact/add_msg_template', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<{ chat_type?: string; external_userid?: unknown; sender?: unknown; text?: { content?: unknown }; attachments?: unknown }>(ctx);
    const chatType = body.chat_type ?? 'single';
    if (chatType !== 'single') throw qyError(40058, 'only chat_type single is simulated');
    if (typeof body.sender !== 'string' || !body.sender) throw qyError(41009);
    corp.member(body.sender);
    const ids = body.external_userid;
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_CUSTOMERS) throw qyError(40058, 'external_userid must list 1..10000 customers');
    const attachments = body.attachments ?? [];
    if (!Array.isArray(attachments) || attachments.length > MAX_ATTACHMENTS) throw qyError(40058, `attachments: at most ${MAX_ATTACHMENTS}`);
    for (const a of attachments as { msgtype?: string }[]) {
      if (!a || !ATTACHMENT_TYPES.includes(String(a.msgtype))) throw qyError(40008);
      if (!(a as Record<string, unknown>)[String(a.msgtype)]) throw qyError(40058, `${a.msgtype} is required`);
    }
    const text = body.text?.content;
    if ((typeof text !== 'string' || !text) && attachments.length === 0) throw qyError(40058, 'text or attachments is required');
    const mine = new Set(
      customersOf(corp)
        .customersOf(body.sender)
        .map((c) => c.contact.external_userid),
    );
    const failList = (ids as unknown[]).map(String).filter((id) => !mine.has(id));
    const task: GroupMsgTask = {
      msgid: `msg${randomBytes(16).toString('base64url').replace(/[-_]/g, 'A')}`,
      sender: body.sender,
      createdAt: seconds(),
      body: body as Record<string, unknown>,
      results: new Map(
        (ids as unknown[])
          .map(String)
          .filter((id) => mine.has(id))
          .map((id) => [id, { status: 0 as const, sendTime: 0 }]),
      ),
    };
    tasksOf(corp).set(task.msgid, task);
    return { ...qyOk(), fail_list: failList, msgid: task.msgid };
  });

  router.api('POST', '/cgi-bin/externalcontact/get_groupmsg_send_result', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<{ msgid?: unknown; userid?: unknown; limit?: unknown; cursor?: unknown }>(ctx);
    const task = typeof body.msgid === 'string' ? tasksOf(corp).get(body.msgid) : undefined;
    if (!task) throw qyError(40058, 'invalid msgid');
    if (body.userid !== task.sender) throw qyError(40058, 'userid is not the sender of this task');
    const limit = Math.min(1000, Math.max(1, Number(body.limit) || 500));
    const offset = typeof body.cursor === 'string' && body.cursor ? Number(Buffer.from(body.cursor, 'base64url').toString('utf8')) || 0 : 0;
    const rows = [...task.results.entries()];
    const page = rows.slice(offset, offset + limit);
    return {
      ...qyOk(),
      next_cursor: offset + limit < rows.length ? Buffer.from(String(offset + limit)).toString('base64url') : '',
      send_list: page.map(([externalUserid, r]) => ({ external_userid: externalUserid, userid: task.sender, status: r.status, send_time: r.sendTime })),
    };
  });

  /** Client action: the sender confirms the task in WeCom; each customer still theirs gets it (1), the others 2. */
  router.add('POST', '/_sandbox/wecom/:corpId/client/confirm-groupmsg', (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<{ msgid?: string }>(ctx);
    const task = body.msgid ? tasksOf(corp).get(body.msgid) : undefined;
    if (!task) throw new AdminError(404, 'no such group message task');
    const mine = new Set(
      customersOf(corp)
        .customersOf(task.sender)
        .map((c) => c.contact.external_userid),
    );
    const delivered: string[] = [];
    for (const [id, r] of task.results) {
      if (r.status !== 0) continue;
      r.status = mine.has(id) ? 1 : 2;
      r.sendTime = seconds();
      if (r.status === 1) delivered.push(id);
    }
    if (delivered.length)
      rt.state.wecom.recordMessage({
        corpId: corp.corpId,
        kind: 'customer',
        msgtype: 'groupmsg',
        touser: delivered,
        payload: { ...task.body, msgid: task.msgid },
      });
    return Reply.json(200, { msgid: task.msgid, results: [...task.results].map(([externalUserid, r]) => ({ externalUserid, ...r })) });
  });

  /** The group message tasks of a corp (what the members were asked to confirm). */
  router.add('GET', '/_sandbox/wecom/:corpId/groupmsgs', (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    return [...tasksOf(corp).values()].map((t) => ({ msgid: t.msgid, sender: t.sender, createdAt: t.createdAt, customers: [...t.results.keys()] }));
  });
}
