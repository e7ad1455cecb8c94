import { jsonBody, type Ctx, type Router } from '../../http/router';
import { AdminError, Reply } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody } from '../../routes/admin-util';
import { qyError, qyOk } from '../errors';
import type { WecomPushRecord } from '../push/types';
import { customersOf, FOLLOWERS_PER_PAGE, type Customer, type Follow } from '../state/customers';
import { adminCorp, consoleChange } from './admin-util';
import { qyCaller, type Caller } from './guard';

const WELCOME_TYPES = ['image', 'link', 'miniprogram', 'video', 'file'];
const MAX_ATTACHMENTS = 9;

/** The customer-contact secret, or a self-built app listed under 客户联系 › 可调用接口的应用; 48002 otherwise. */
export function customerCaller(rt: Runtime, ctx: Ctx): Caller {
  const caller = qyCaller(rt, ctx, { roles: ['customer', 'app'] });
  if (caller.token.role === 'app' && !caller.corp.app(caller.token.agentId)?.customerContact) throw qyError(48002);
  return caller;
}

/** An opaque cursor over an offset. */
const cursorOf = (offset: number) => Buffer.from(`x${offset}`).toString('base64url');
function offsetOf(cursor: unknown): number {
  if (cursor === undefined || cursor === null || cursor === '') return 0;
  const m = typeof cursor === 'string' ? /^x(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  if (!m) throw qyError(40058, 'invalid cursor');
  return Number(m[1]);
}

/** `get` shows a follow with its tags' names; `batch/get_by_user` with tag ids only. */
const followUser = (f: Follow) => f;
function followInfo(f: Follow) {
  const { tags, ...rest } = f;
  return { ...rest, tag_id: tags.filter((t) => t.type === 1 && t.tag_id).map((t) => t.tag_id as string) };
}

/**
 * External contacts (wecom-and-pay.md A2): follow users, customers, `get` paging followers by 500,
 * `batch/get_by_user`, `send_welcome_msg` (code valid 20 s, single use, 41051/41096); and the client
 * action of a customer adding a member, which pushes add_external_contact with a WelcomeCode.
 */
export function qyExternalContactRoutes(router: Router, rt: Runtime): void {
  const now = () => rt.state.clock.now();

  router.api('GET', '/cgi-bin/externalcontact/get_follow_user_list', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    return { ...qyOk(), follow_user: customersOf(corp).featured() };
  });

  router.api('GET', '/cgi-bin/externalcontact/list', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const userid = ctx.query.get('userid');
    if (!userid) throw qyError(41009);
    corp.member(userid);
    return {
      ...qyOk(),
      external_userid: customersOf(corp)
        .customersOf(userid)
        .map((c) => c.contact.external_userid),
    };
  });

  router.api('GET', '/cgi-bin/externalcontact/get', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const customer = customersOf(corp).customer(ctx.query.get('external_userid') ?? undefined);
    const offset = offsetOf(ctx.query.get('cursor'));
    const page = customer.follows.slice(offset, offset + FOLLOWERS_PER_PAGE);
    const more = offset + FOLLOWERS_PER_PAGE < customer.follows.length;
    return {
      ...qyOk(),
      external_contact: customer.contact,
      follow_user: page.map(followUser),
      ...(more ? { next_cursor: cursorOf(offset + FOLLOWERS_PER_PAGE) } : { next_cursor: '' }),
    };
  });

  router.api('POST', '/cgi-bin/externalcontact/batch/get_by_user', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<{ userid_list?: unknown; cursor?: unknown; limit?: unknown }>(ctx);
    const users = body.userid_list;
    if (!Array.isArray(users) || users.length === 0) throw qyError(41009);
    if (users.length > 100) throw qyError(40058, 'userid_list at most 100');
    const limit = body.limit === undefined ? 50 : Number(body.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw qyError(40058, 'invalid limit');
    const book = customersOf(corp);
    const rows: { customer: Customer; follow: Follow }[] = [];
    for (const userid of users) {
      for (const customer of book.customersOf(String(userid))) {
        const follow = customer.follows.find((f) => f.userid === userid) as Follow;
        rows.push({ customer, follow });
      }
    }
    const offset = offsetOf(body.cursor);
    const page = rows.slice(offset, offset + limit);
    return {
      ...qyOk(),
      external_contact_list: page.map((r) => ({ external_contact: r.customer.contact, follow_info: followInfo(r.follow) })),
      next_cursor: offset + limit < rows.length ? cursorOf(offset + limit) : '',
    };
  });

  router.api('POST', '/cgi-bin/externalcontact/send_welcome_msg', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<{ welcome_code?: unknown; text?: { content?: unknown }; attachments?: unknown }>(ctx);
    const attachments = body.attachments ?? [];
    if (!Array.isArray(attachments)) throw qyError(40058, 'attachments must be an array');
    if (attachments.length > MAX_ATTACHMENTS) throw qyError(40058, `at most ${MAX_ATTACHMENTS} attachments`);
    for (const a of attachments as { msgtype?: string }[]) {
      if (!a || !WELCOME_TYPES.includes(String(a.msgtype))) throw qyError(40008);
      if (!(a as Record<string, unknown>)[String(a.msgtype)]) throw qyError(40058, `${a.msgtype} is required`);
    }
    const text = body.text?.content;
    if ((typeof text !== 'string' || !text) && attachments.length === 0) throw qyError(40058, 'text or attachments is required');
    const code = customersOf(corp).useWelcomeCode(body.welcome_code, now());
    rt.state.wecom.recordMessage({
      corpId: corp.corpId,
      kind: 'welcome',
      msgtype: 'welcome',
      touser: [code.externalUserid],
      payload: {
        ...(body as Record<string, unknown>),
        userid: code.userid,
        externalUserid: code.externalUserid,
        codeIssuedAt: code.issuedAt,
        delayMs: (code.usedAt as number) - code.issuedAt,
      },
    });
    return qyOk();
  });

  /**
   * Client action: a customer adds a member (scans the member's 联系我 QR code with `state`). WeCom
   * pushes add_external_contact with a WelcomeCode (unless `welcomeCode: false`); `deliveries` (1..5)
   * delivers the same push that many times; `busyMs` makes send_welcome_msg answer 41096 that long.
   */
  router.add('POST', '/_sandbox/wecom/:corpId/client/add-customer', async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<{
      userid?: string;
      externalUserid?: string;
      name?: string;
      state?: string;
      gender?: number;
      welcomeCode?: boolean;
      deliveries?: number;
      busyMs?: number;
    }>(ctx);
    if (typeof body.userid !== 'string' || !body.userid) throw new AdminError(400, 'userid is required');
    if (body.state !== undefined && (typeof body.state !== 'string' || body.state.length > 30))
      throw new AdminError(400, 'state must be a string of at most 30 characters');
    const deliveries = body.deliveries ?? 1;
    if (!Number.isInteger(deliveries) || deliveries < 1 || deliveries > 5) throw new AdminError(400, 'deliveries must be 1..5');
    const book = customersOf(corp);
    const { customer, follow } = consoleChange(() => book.add({ ...body, userid: body.userid as string }, now()));
    const code =
      body.welcomeCode === false ? undefined : book.issueWelcomeCode(follow.userid, customer.contact.external_userid, now(), Number(body.busyMs) || 0);
    const message = {
      ToUserName: corp.corpId,
      FromUserName: 'sys',
      CreateTime: rt.state.clock.seconds(),
      MsgType: 'event',
      Event: 'change_external_contact',
      ChangeType: 'add_external_contact',
      UserID: follow.userid,
      ExternalUserID: customer.contact.external_userid,
      ...(follow.state ? { State: follow.state } : {}),
      ...(code ? { WelcomeCode: code.code } : {}),
    };
    const target = rt.wecomPush.target(corp);
    const pushes: WecomPushRecord[] = await Promise.all(
      Array.from({ length: deliveries }, () => rt.wecomPush.deliver(corp, 'change_external_contact', message, target, 'add_external_contact')),
    );
    return Reply.json(201, { customer: { ...customer.contact, follow_user: customer.follows }, welcomeCode: code?.code ?? null, pushes });
  });

  /** WeCom's truth: the customers of a corp with their follows. */
  router.add('GET', '/_sandbox/wecom/:corpId/customers', (ctx) => {
    const book = customersOf(adminCorp(rt, ctx.params.corpId));
    return { followUsers: book.featured(), customers: [...book.customers.values()].map((c) => ({ ...c.contact, follow_user: c.follows })) };
  });
}
