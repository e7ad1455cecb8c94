import { jsonBody, type Router } from '../http/router';
import type { Runtime } from '../runtime';
import type { AppState } from '../state/app-state';
import type { Tag } from '../state/types';
import { OK, WxError } from '../wx/errors';
import { pageOpenids } from '../wx/paging';
import { appFromToken, byteLength, fanOf } from './guards';

/** Tags 0, 1 and 2 are WeChat's own and cannot be changed. */
const RESERVED = new Set([0, 1, 2]);
const MAX_TAGS = 100;
const MAX_TAGS_PER_FAN = 20;
const MAX_BATCH = 50;

function tagById(app: AppState, id: unknown): Tag {
  const tag = typeof id === 'number' ? app.tags.get(id) : undefined;
  if (!tag) throw new WxError(45159);
  return tag;
}

function checkName(app: AppState, name: unknown, self?: Tag): string {
  if (typeof name !== 'string' || !name.trim()) throw new WxError(45157);
  if (byteLength(name) > 30) throw new WxError(45158);
  for (const t of app.tags.values()) if (t.name === name && t !== self) throw new WxError(45157);
  return name;
}

/** Resolves a batch (un)tagging request: 40032 list size, 45159 tag, 40003 / 49003 openids. */
function batch(rt: Runtime, app: AppState, body: { openid_list?: unknown; tagid?: unknown }) {
  const list = body.openid_list;
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_BATCH) throw new WxError(40032);
  const tag = tagById(app, body.tagid);
  const fans = list.map((openid) => {
    const fan = typeof openid === 'string' ? app.fan(openid) : undefined;
    if (fan) return fan;
    const elsewhere = typeof openid === 'string' && rt.state.appList.some((a) => a.fan(openid));
    throw new WxError(elsewhere ? 49003 : 40003);
  });
  return { tag, fans };
}

/** Tag management and batch (un)tagging ≤ 50 (reference §1.3). */
export function tagRoutes(router: Router, rt: Runtime): void {
  router.api('POST', '/cgi-bin/tags/create', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const name = checkName(app, jsonBody<{ tag?: { name?: unknown } }>(ctx).tag?.name);
    if (app.tags.size >= MAX_TAGS) throw new WxError(45056);
    const tag = { id: app.nextTagId++, name };
    while (app.tags.has(tag.id)) tag.id = app.nextTagId++;
    app.tags.set(tag.id, tag);
    return { tag: { id: tag.id, name: tag.name } };
  });

  router.api('GET', '/cgi-bin/tags/get', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    return { tags: [...app.tags.values()].map((t) => ({ id: t.id, name: t.name, count: app.tagCount(t.id) })) };
  });

  router.api('POST', '/cgi-bin/tags/update', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const body = jsonBody<{ tag?: { id?: unknown; name?: unknown } }>(ctx);
    if (RESERVED.has(body.tag?.id as number)) throw new WxError(45058);
    const tag = tagById(app, body.tag?.id);
    tag.name = checkName(app, body.tag?.name, tag);
    return OK;
  });

  router.api('POST', '/cgi-bin/tags/delete', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const id = jsonBody<{ tag?: { id?: unknown } }>(ctx).tag?.id;
    if (RESERVED.has(id as number)) throw new WxError(45058);
    const tag = tagById(app, id);
    if (app.tagCount(tag.id) > 100_000) throw new WxError(45057);
    app.tags.delete(tag.id);
    for (const f of app.fans) if (f.tagIds.includes(tag.id)) f.tagIds = f.tagIds.filter((t) => t !== tag.id);
    return OK;
  });

  router.api('POST', '/cgi-bin/user/tag/get', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const body = jsonBody<{ tagid?: unknown; next_openid?: string }>(ctx);
    const tag = tagById(app, body.tagid);
    return pageOpenids(app, body.next_openid, (f) => f.tagIds.includes(tag.id));
  });

  router.api('POST', '/cgi-bin/tags/members/batchtagging', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const { tag, fans } = batch(rt, app, jsonBody(ctx));
    const full = fans.find((f) => !f.tagIds.includes(tag.id) && f.tagIds.length >= MAX_TAGS_PER_FAN);
    if (full) throw new WxError(45059);
    for (const f of fans) if (!f.tagIds.includes(tag.id)) f.tagIds.push(tag.id);
    return OK;
  });

  router.api('POST', '/cgi-bin/tags/members/batchuntagging', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const { tag, fans } = batch(rt, app, jsonBody(ctx));
    for (const f of fans) f.tagIds = f.tagIds.filter((t) => t !== tag.id);
    return OK;
  });

  router.api('POST', '/cgi-bin/tags/getidlist', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const fan = fanOf(app, jsonBody<{ openid?: string }>(ctx).openid);
    return { tagid_list: [...fan.tagIds] };
  });
}
