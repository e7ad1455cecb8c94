import { jsonBody, type Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import type { CorpState } from '../state/corp-state';
import type { WecomTag } from '../state/types';
import { intField, qyCaller } from './guard';

interface TagMembersBody {
  tagid?: number;
  userlist?: string[];
  partylist?: number[];
}

/** Applies add/del of users and parties; returns what was invalid, as WeCom reports it. */
function changeTagMembers(corp: CorpState, tag: WecomTag, body: TagMembersBody, add: boolean) {
  const users = body.userlist ?? [];
  const parties = (body.partylist ?? []).map(Number);
  if (!users.length && !parties.length) throw qyError(40031);
  if (users.length > 1000 || parties.length > 100) throw qyError(40031);
  const invalidUsers = users.filter((u) => !corp.members.has(u));
  const invalidParties = parties.filter((p) => !corp.departments.has(p));
  for (const u of users.filter((x) => corp.members.has(x))) {
    if (add) tag.users.add(u);
    else tag.users.delete(u);
  }
  for (const p of parties.filter((x) => corp.departments.has(x))) {
    if (add) tag.parties.add(p);
    else tag.parties.delete(p);
  }
  return {
    ...qyOk(),
    ...(invalidUsers.length ? { invalidlist: invalidUsers.join('|') } : {}),
    ...(invalidParties.length ? { invalidparty: invalidParties } : {}),
  };
}

/** Contacts tags (reference §4.4): owned by the creating secret; others get 81011. */
export function qyTagRoutes(router: Router, rt: Runtime): void {
  const writer = { roles: ['contacts', 'app'] as ('contacts' | 'app')[] };

  router.api('POST', '/cgi-bin/tag/create', (ctx) => {
    const { corp, owner } = qyCaller(rt, ctx, writer);
    const body = jsonBody<{ tagname?: string; tagid?: number }>(ctx);
    const tag = corp.createTag(body.tagname, body.tagid, owner);
    return { ...qyOk('created'), tagid: tag.tagid };
  });

  router.api('POST', '/cgi-bin/tag/update', (ctx) => {
    const { corp, owner } = qyCaller(rt, ctx, writer);
    const body = jsonBody<{ tagname?: string; tagid?: number }>(ctx);
    const tag = corp.ownedTag(intField(body.tagid, 41017), owner);
    if (typeof body.tagname !== 'string' || !body.tagname) throw qyError(41021);
    if ([...body.tagname].length > 32 || [...corp.tags.values()].some((t) => t.tagname === body.tagname && t !== tag)) throw qyError(40071);
    tag.tagname = body.tagname;
    return qyOk('updated');
  });

  router.api('GET', '/cgi-bin/tag/delete', (ctx) => {
    const { corp, owner } = qyCaller(rt, ctx, writer);
    const tag = corp.ownedTag(intField(ctx.query.get('tagid'), 41017), owner);
    corp.tags.delete(tag.tagid);
    return qyOk('deleted');
  });

  router.api('GET', '/cgi-bin/tag/get', (ctx) => {
    const { corp } = qyCaller(rt, ctx);
    const tag = corp.tag(intField(ctx.query.get('tagid'), 41017));
    const userlist = [...tag.users].map((u) => ({ userid: u, name: corp.members.get(u)?.name ?? '' }));
    return { ...qyOk(), tagname: tag.tagname, userlist, partylist: [...tag.parties] };
  });

  router.api('POST', '/cgi-bin/tag/addtagusers', (ctx) => {
    const { corp, owner } = qyCaller(rt, ctx, writer);
    const body = jsonBody<TagMembersBody>(ctx);
    return changeTagMembers(corp, corp.ownedTag(intField(body.tagid, 41017), owner), body, true);
  });

  router.api('POST', '/cgi-bin/tag/deltagusers', (ctx) => {
    const { corp, owner } = qyCaller(rt, ctx, writer);
    const body = jsonBody<TagMembersBody>(ctx);
    return { ...changeTagMembers(corp, corp.ownedTag(intField(body.tagid, 41017), owner), body, false), errmsg: 'deleted' };
  });

  router.api('GET', '/cgi-bin/tag/list', (ctx) => {
    const { corp } = qyCaller(rt, ctx);
    return { ...qyOk(), taglist: [...corp.tags.values()].map((t) => ({ tagid: t.tagid, tagname: t.tagname })) };
  });
}
