import { jsonBody, type Router } from '../http/router';
import type { Runtime } from '../runtime';
import type { Fan } from '../state/types';
import { OK, WxError } from '../wx/errors';
import { pageOpenids } from '../wx/paging';
import { appFromToken, fanOf } from './guards';

/** user/info as WeChat answers it now: no nickname or avatar (reference §1.3). */
export function userInfo(fan: Fan): Record<string, unknown> {
  if (!fan.subscribed) return { subscribe: 0, openid: fan.openid, ...(fan.unionid ? { unionid: fan.unionid } : {}) };
  return {
    subscribe: 1,
    openid: fan.openid,
    language: fan.language,
    subscribe_time: fan.subscribeTime,
    ...(fan.unionid ? { unionid: fan.unionid } : {}),
    remark: fan.remark,
    groupid: 0,
    tagid_list: [...fan.tagIds],
    subscribe_scene: fan.subscribeScene,
    qr_scene: 0,
    qr_scene_str: '',
  };
}

/** Followers: user/get paging, user/info, batchget ≤ 100, remarks (reference §1.3). */
export function userRoutes(router: Router, rt: Runtime): void {
  router.api('GET', '/cgi-bin/user/get', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const page = pageOpenids(app, ctx.query.get('next_openid'), (f) => f.subscribed);
    return { total: app.followerCount(), ...page };
  });

  router.api('GET', '/cgi-bin/user/info', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    return userInfo(fanOf(app, ctx.query.get('openid')));
  });

  router.api('POST', '/cgi-bin/user/info/batchget', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const list = jsonBody<{ user_list?: { openid?: string }[] }>(ctx).user_list;
    if (!Array.isArray(list) || list.length < 1 || list.length > 100) throw new WxError(40032);
    return { user_info_list: list.map((u) => userInfo(fanOf(app, u?.openid))) };
  });

  router.api('POST', '/cgi-bin/user/info/updateremark', (ctx) => {
    const app = appFromToken(rt, ctx, 'official');
    const body = jsonBody<{ openid?: string; remark?: unknown }>(ctx);
    const fan = fanOf(app, body.openid);
    if (typeof body.remark !== 'string' || [...body.remark].length > 30) throw new WxError(45001, 'invalid remark');
    fan.remark = body.remark;
    return OK;
  });
}
