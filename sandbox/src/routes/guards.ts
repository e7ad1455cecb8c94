import type { Ctx } from '../http/router';
import type { Runtime } from '../runtime';
import type { AppState } from '../state/app-state';
import type { AppKind, Fan } from '../state/types';
import { WxError } from '../wx/errors';

/**
 * The app behind the `access_token` query parameter (41001 / 40014 / 40001 / 42001), optionally
 * of one kind: an OA-only API called with a mini program's token gets 48001, and vice versa.
 */
export function appFromToken(rt: Runtime, ctx: Ctx, kind?: AppKind): AppState {
  const token = rt.state.tokens.verify(ctx.query.get('access_token'));
  ctx.appId = token.appId;
  const app = rt.state.app(token.appId);
  if (kind && app.config.kind !== kind) throw new WxError(48001);
  return app;
}

/**
 * The app for an appid + secret pair. A wrong secret gets `secretErrcode`: 40001 on the basic
 * token endpoints (as documented), 40125 "invalid appsecret" on the sns endpoints.
 */
export function appFromSecret(rt: Runtime, ctx: Ctx, appid: unknown, secret: unknown, secretErrcode: number): AppState {
  const app = rt.state.app(typeof appid === 'string' ? appid : undefined);
  ctx.appId = app.appId;
  if (!secret) throw new WxError(41004);
  if (secret !== app.config.secret) throw new WxError(secretErrcode);
  return app;
}

/** A fan of this app: 40003 when the openid is missing or unknown here. */
export function fanOf(app: AppState, openid: unknown): Fan {
  const fan = typeof openid === 'string' ? app.fan(openid) : undefined;
  if (!fan) throw new WxError(40003);
  return fan;
}

/** A fan who follows the OA right now: 40003 when unknown, `notFollowing` (43004) otherwise. */
export function followerOf(app: AppState, openid: unknown, notFollowing = 43004): Fan {
  const fan = fanOf(app, openid);
  if (!fan.subscribed) throw new WxError(notFollowing);
  return fan;
}

export function byteLength(text: unknown): number {
  return typeof text === 'string' ? Buffer.byteLength(text, 'utf8') : 0;
}
