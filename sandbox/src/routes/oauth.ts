import type { Router } from '../http/router';
import type { Runtime } from '../runtime';
import { TOKEN_TTL_S } from '../state/tokens';
import { WxError } from '../wx/errors';
import { appFromSecret, fanOf } from './guards';
import type { SnsToken } from '../state/codes';
import type { AppState } from '../state/app-state';

function tokenBody(app: AppState, t: SnsToken, expiresIn = TOKEN_TTL_S) {
  const fan = app.fan(t.openid);
  return {
    access_token: t.token,
    expires_in: expiresIn,
    refresh_token: t.refreshToken,
    openid: t.openid,
    scope: t.scope,
    ...(fan?.unionid ? { unionid: fan.unionid } : {}),
  };
}

/** Web OAuth token endpoints and mini program code2Session (reference §3.1, §3.2). */
export function oauthRoutes(router: Router, rt: Runtime): void {
  router.api('GET', '/sns/oauth2/access_token', (ctx) => {
    const q = ctx.query;
    const app = appFromSecret(rt, ctx, q.get('appid'), q.get('secret'), 40125);
    if (q.get('grant_type') !== 'authorization_code') throw new WxError(40002);
    const code = rt.state.codes.redeem('oauth', app.appId, q.get('code'));
    return tokenBody(app, rt.state.codes.issueSnsToken(app.appId, code.openid, code.scope ?? 'snsapi_base'));
  });

  router.api('GET', '/sns/oauth2/refresh_token', (ctx) => {
    const app = rt.state.app(ctx.query.get('appid'));
    ctx.appId = app.appId;
    if (ctx.query.get('grant_type') !== 'refresh_token') throw new WxError(40002);
    const t = rt.state.codes.refresh(app.appId, ctx.query.get('refresh_token'));
    return tokenBody(app, t, Math.floor((t.expiresAt - rt.state.clock.now()) / 1000));
  });

  router.api('GET', '/sns/userinfo', (ctx) => {
    const t = rt.state.codes.verifySnsToken(ctx.query.get('access_token'), ctx.query.get('openid'));
    ctx.appId = t.appId;
    if (t.scope !== 'snsapi_userinfo') throw new WxError(48001);
    const fan = fanOf(rt.state.app(t.appId), t.openid);
    return {
      openid: fan.openid,
      nickname: fan.nickname,
      sex: 0,
      language: ctx.query.get('lang') ?? 'zh_CN',
      province: '',
      city: '',
      country: '',
      headimgurl: `${ctx.origin}/_sandbox/avatar/${fan.openid}.svg`,
      privilege: [],
      ...(fan.unionid ? { unionid: fan.unionid } : {}),
    };
  });

  router.api('GET', '/sns/auth', (ctx) => {
    const t = rt.state.codes.verifySnsToken(ctx.query.get('access_token'), ctx.query.get('openid'));
    ctx.appId = t.appId;
    return { errcode: 0, errmsg: 'ok' };
  });

  router.api('GET', '/sns/jscode2session', (ctx) => {
    const q = ctx.query;
    const app = appFromSecret(rt, ctx, q.get('appid'), q.get('secret'), 40125);
    if (app.config.kind !== 'miniprogram') throw new WxError(40013);
    if (q.get('grant_type') !== 'authorization_code') throw new WxError(40002);
    const code = rt.state.codes.redeem('js', app.appId, q.get('js_code'));
    const fan = fanOf(app, code.openid);
    fan.sessionKey ??= rt.state.newSessionKey();
    return { openid: fan.openid, session_key: fan.sessionKey, ...(fan.unionid ? { unionid: fan.unionid } : {}) };
  });
}
