import { jsonBody, type Ctx, type Router } from '../../http/router';
import { AdminError, Reply } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { adminBody } from '../../routes/admin-util';
import type { XmlObject } from '../../wx/xml';
import { qyError, qyOk } from '../errors';
import type { CorpState } from '../state/corp-state';
import { recordDismiss, recordLeave } from '../state/group-stats';
import { bumpVersion, groupsOf, type CustomerGroup } from '../state/groups';
import { adminCorp, consoleChange } from './admin-util';
import { qyCaller, type Caller } from './guard';

export function customerCaller(rt: Runtime, ctx: Ctx): Caller {
  const caller = qyCaller(rt, ctx, { roles: ['customer', 'app'] });
  if (caller.token.role === 'app' && !caller.corp.app(caller.token.agentId)?.customerContact) throw qyError(48002);
  return caller;
}

const cursorOf = (offset: number) => Buffer.from(`g${offset}`).toString('base64url');
function offsetOf(cursor: unknown): number {
  if (cursor === undefined || cursor === null || cursor === '') return 0;
  const m = typeof cursor === 'string' ? /^g(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  if (!m) throw qyError(40058, 'invalid cursor');
  return Number(m[1]);
}

const groupView = (g: CustomerGroup, needName: boolean) => {
  const { dismissed: _d, status: _s, ...rest } = g;
  return { ...rest, member_list: g.member_list.map((m) => (needName ? m : { ...m, name: undefined })) };
};

/**
 * Customer groups (wecom-and-pay.md A2): `groupchat/list` with cursor and owner/status filters,
 * `groupchat/get` with members, admins and the member version; and the client actions (create,
 * join, leave, rename, dismiss) that push `change_external_chat`. API calls push nothing.
 */
export function qyGroupChatRoutes(router: Router, rt: Runtime): void {
  const seconds = () => rt.state.clock.seconds();

  router.api('POST', '/cgi-bin/externalcontact/groupchat/list', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<{ status_filter?: unknown; owner_filter?: { userid_list?: unknown }; cursor?: unknown; limit?: unknown }>(ctx);
    const limit = Number(body.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw qyError(40058, 'limit must be 1..1000');
    const status = body.status_filter === undefined ? 0 : Number(body.status_filter);
    if (![0, 1, 2, 3].includes(status)) throw qyError(40058, 'invalid status_filter');
    const owners = body.owner_filter?.userid_list;
    if (owners !== undefined && (!Array.isArray(owners) || owners.length > 100)) throw qyError(40058, 'owner_filter.userid_list at most 100');
    const all = [...groupsOf(corp).groups.values()].filter(
      (g) => !g.dismissed && (status === 0 || g.status === status) && (!owners?.length || (owners as string[]).includes(g.owner)),
    );
    const offset = offsetOf(body.cursor);
    const page = all.slice(offset, offset + limit);
    return {
      ...qyOk(),
      group_chat_list: page.map((g) => ({ chat_id: g.chat_id, status: g.status })),
      next_cursor: offset + limit < all.length ? cursorOf(offset + limit) : '',
    };
  });

  router.api('POST', '/cgi-bin/externalcontact/groupchat/get', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<{ chat_id?: unknown; need_name?: unknown }>(ctx);
    return { ...qyOk(), group_chat: groupView(groupsOf(corp).group(body.chat_id), Number(body.need_name) === 1) };
  });

  const push = (corp: CorpState, g: CustomerGroup, changeType: 'create' | 'update' | 'dismiss', extra: XmlObject = {}) =>
    rt.wecomPush.deliver(
      corp,
      'change_external_chat',
      {
        ToUserName: corp.corpId,
        FromUserName: 'sys',
        CreateTime: seconds(),
        MsgType: 'event',
        Event: 'change_external_chat',
        ChatId: g.chat_id,
        ChangeType: changeType,
        ...extra,
      },
      rt.wecomPush.target(corp),
      changeType,
    );

  const base = '/_sandbox/wecom/:corpId/client/groups';

  /** A member creates a customer group with members (corp members or customers). */
  router.add('POST', base, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<{ owner?: string; name?: string; members?: string[] }>(ctx);
    if (typeof body.owner !== 'string' || !body.owner) throw new AdminError(400, 'owner is required');
    if (body.members !== undefined && (!Array.isArray(body.members) || body.members.some((m) => typeof m !== 'string')))
      throw new AdminError(400, 'members must be ids');
    const g = consoleChange(() => groupsOf(corp).create({ owner: body.owner as string, name: body.name ?? '', members: body.members ?? [] }, seconds()));
    return Reply.json(201, { group: groupView(g, true), push: await push(corp, g, 'create') });
  });

  /** Someone joins (`scene` 1 invited, 3 the group QR code). */
  router.add('POST', `${base}/:chatId/join`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<{ externalUserid?: string; userid?: string; scene?: number; invitor?: string }>(ctx);
    const id = body.externalUserid ?? body.userid;
    if (!id) throw new AdminError(400, 'externalUserid or userid is required');
    const book = groupsOf(corp);
    const g = consoleChange(() => book.group(ctx.params.chatId));
    if (g.member_list.some((m) => m.userid === id)) throw new AdminError(409, `${id} is already in the group`);
    const scene = body.scene === 3 ? 3 : 1;
    g.member_list.push(consoleChange(() => book.memberOf(id, seconds(), scene, body.invitor ?? g.owner)));
    const [last, cur] = bumpVersion(g);
    const p = await push(corp, g, 'update', {
      UpdateDetail: 'add_member',
      JoinScene: scene === 3 ? 3 : 0,
      MemChangeCnt: 1,
      MemChangeList: { Item: id },
      LastMemVer: last,
      CurMemVer: cur,
    });
    return { group: groupView(g, true), push: p };
  });

  /** Someone leaves (`removed: true`: the owner or an admin removed them). */
  router.add('POST', `${base}/:chatId/leave`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<{ externalUserid?: string; userid?: string; removed?: boolean }>(ctx);
    const id = body.externalUserid ?? body.userid;
    if (!id) throw new AdminError(400, 'externalUserid or userid is required');
    const g = consoleChange(() => groupsOf(corp).group(ctx.params.chatId));
    if (id === g.owner) throw new AdminError(409, 'the owner cannot leave; dismiss the group instead');
    const leaving = g.member_list.find((m) => m.userid === id);
    if (!leaving) throw new AdminError(409, `${id} is not in the group`);
    g.member_list = g.member_list.filter((m) => m !== leaving);
    recordLeave(g, id, leaving.join_time, seconds());
    g.admin_list = g.admin_list.filter((a) => a.userid !== id);
    const [last, cur] = bumpVersion(g);
    const p = await push(corp, g, 'update', {
      UpdateDetail: 'del_member',
      QuitScene: body.removed ? 1 : 0,
      MemChangeCnt: 1,
      MemChangeList: { Item: id },
      LastMemVer: last,
      CurMemVer: cur,
    });
    return { group: groupView(g, true), push: p };
  });

  /** The owner renames the group or changes its notice. */
  router.add('POST', `${base}/:chatId/update`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const body = adminBody<{ name?: string; notice?: string }>(ctx);
    const g = consoleChange(() => groupsOf(corp).group(ctx.params.chatId));
    if (typeof body.name === 'string') g.name = body.name;
    else if (typeof body.notice === 'string') g.notice = body.notice;
    else throw new AdminError(400, 'name or notice is required');
    const p = await push(corp, g, 'update', { UpdateDetail: typeof body.name === 'string' ? 'change_name' : 'change_notice' });
    return { group: groupView(g, true), push: p };
  });

  /** The owner dismisses the group. */
  router.add('POST', `${base}/:chatId/dismiss`, async (ctx) => {
    const corp = adminCorp(rt, ctx.params.corpId);
    const g = consoleChange(() => groupsOf(corp).group(ctx.params.chatId));
    g.dismissed = true;
    recordDismiss(g, seconds());
    return { chatId: g.chat_id, push: await push(corp, g, 'dismiss') };
  });

  /** WeCom's truth: every group (dismissed ones marked). */
  router.add('GET', '/_sandbox/wecom/:corpId/groups', (ctx) => [...groupsOf(adminCorp(rt, ctx.params.corpId)).groups.values()]);
}
