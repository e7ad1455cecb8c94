import { jsonBody, type Ctx, type Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import type { CorpState, MemberInput } from '../state/corp-state';
import type { Member } from '../state/types';
import { intField, memberView, qyCaller, sensitiveBlanked } from './guard';

export const LIST_ID_MAX = 10000;

/** Members of a department (and its subtree with fetch_child=1), in member order. */
function membersOf(corp: CorpState, departmentId: number, fetchChild: boolean): Member[] {
  if (!fetchChild) return corp.membersIn(corp.department(departmentId).id);
  const ids = new Set(corp.subtree(departmentId).map((d) => d.id));
  return [...corp.members.values()].filter((m) => m.department.some((d) => ids.has(d)));
}

/** The list_id cursor: an opaque token for the offset into the (user, department) rows. */
function readCursor(cursor: unknown): number {
  if (cursor === undefined || cursor === '') return 0;
  const m = typeof cursor === 'string' ? /^c(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  if (!m) throw qyError(40058, 'invalid cursor');
  return Number(m[1]);
}

/** Members (reference §4.3, wecom-and-pay.md A1): writes and list_id only with the contacts-sync secret. */
export function qyUserRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/cgi-bin/user/create', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    corp.createMember(jsonBody<MemberInput>(ctx));
    return qyOk('created');
  });

  // The Official Account's user list shares this path (with next_openid): WeCom takes its own tokens and `userid`.
  const isQy = (ctx: Ctx) => ctx.query.has('userid') || !!rt.state.wecom.tokens.peek(ctx.query.get('access_token') ?? '');
  router.api(
    'GET',
    '/cgi-bin/user/get',
    (ctx) => {
      const caller = qyCaller(rt, ctx, { detailRead: true });
      const userid = ctx.query.get('userid');
      if (!userid) throw qyError(41009);
      return { ...qyOk(), ...memberView(ctx, caller.corp.member(userid), sensitiveBlanked(caller)) };
    },
    isQy,
  );

  router.api('POST', '/cgi-bin/user/update', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    corp.updateMember(jsonBody<MemberInput>(ctx));
    return qyOk('updated');
  });

  router.api('GET', '/cgi-bin/user/delete', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    const userid = ctx.query.get('userid');
    if (!userid) throw qyError(41009);
    corp.deleteMember(userid);
    return qyOk('deleted');
  });

  router.api('POST', '/cgi-bin/user/batchdelete', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    const list = jsonBody<{ useridlist?: unknown }>(ctx).useridlist;
    if (!Array.isArray(list) || list.length === 0 || list.length > 200) throw qyError(40058, 'useridlist must hold 1..200 userids');
    for (const userid of list) corp.member(userid);
    for (const userid of list) corp.deleteMember(userid);
    return qyOk('deleted');
  });

  router.api('GET', '/cgi-bin/user/simplelist', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { detailRead: true });
    const list = membersOf(corp, intField(ctx.query.get('department_id'), 60123), ctx.query.get('fetch_child') === '1');
    return { ...qyOk(), userlist: list.map((m) => ({ userid: m.userid, name: m.name, department: m.department, open_userid: m.open_userid })) };
  });

  router.api('GET', '/cgi-bin/user/list', (ctx) => {
    const caller = qyCaller(rt, ctx, { detailRead: true });
    const list = membersOf(caller.corp, intField(ctx.query.get('department_id'), 60123), ctx.query.get('fetch_child') === '1');
    const blank = sensitiveBlanked(caller);
    return { ...qyOk(), userlist: list.map((m) => memberView(ctx, m, blank)) };
  });

  router.api('POST', '/cgi-bin/user/list_id', (ctx) => {
    const { corp } = qyCaller(rt, ctx, { roles: ['contacts'] });
    const body = ctx.raw.length ? jsonBody<{ cursor?: string; limit?: number }>(ctx) : {};
    const limit = body.limit === undefined ? LIST_ID_MAX : Number(body.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > LIST_ID_MAX) throw qyError(40058, 'limit must be 1..10000');
    const start = readCursor(body.cursor);
    const rows: { userid: string; department: number }[] = [];
    let index = 0;
    outer: for (const m of corp.members.values()) {
      for (const department of m.department) {
        if (index++ < start) continue;
        if (rows.length === limit) break outer;
        rows.push({ userid: m.userid, department });
      }
    }
    const end = start + rows.length;
    const more = index > end;
    return { ...qyOk(), next_cursor: more ? Buffer.from(`c${end}`).toString('base64url') : '', dept_user: rows };
  });
}
