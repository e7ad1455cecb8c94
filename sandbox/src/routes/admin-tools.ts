import { encryptBizData } from '../crypto/biz-data';
import { jsapiSignature } from '../crypto/signature';
import type { Router } from '../http/router';
import { AdminError, Reply } from '../http/reply';
import type { PushInput } from '../push/types';
import type { Runtime } from '../runtime';
import type { FaultInput } from '../state/faults';
import type { SentKind } from '../state/types';
import { adminApp, adminBody, adminFan, requireString } from './admin-util';

/** Test helpers: codes, pushes, messages, faults, counters, tokens, clock, reset. */
export function adminToolRoutes(router: Router, rt: Runtime): void {
  const { state } = rt;

  router.add('GET', '/_sandbox/health', () => ({ ok: true, apps: state.apps.size }));

  router.add('POST', '/_sandbox/reset', (ctx) => {
    const body = adminBody<{ fans?: number; seed?: number | string }>(ctx);
    state.reset({ ...(body.fans !== undefined ? { fans: body.fans } : {}), ...(body.seed !== undefined ? { seed: body.seed } : {}) });
    return { ok: true, apps: state.appList.map((a) => ({ appId: a.appId, fans: a.fans.length })) };
  });

  router.add('GET', '/_sandbox/messages', (ctx) => {
    const q = ctx.query;
    return state.messages.filter(
      (m) =>
        (!q.get('appId') || m.appId === q.get('appId')) &&
        (!q.get('kind') || m.kind === (q.get('kind') as SentKind)) &&
        (!q.get('touser') || m.touser === q.get('touser')),
    );
  });

  router.add('GET', '/_sandbox/pushes', (ctx) => {
    const q = ctx.query;
    return state.pushes.filter(
      (p) =>
        (!q.get('appId') || p.appId === q.get('appId')) && (!q.get('openid') || p.openid === q.get('openid')) && (!q.get('type') || p.type === q.get('type')),
    );
  });

  router.add('POST', '/_sandbox/push', (ctx) => rt.push.deliver(adminBody<PushInput>(ctx)));

  router.add('POST', '/_sandbox/miniprogram/code', (ctx) => {
    const body = adminBody<{ appId?: string; openid?: string; unionid?: string }>(ctx);
    const app = adminApp(rt, body.appId);
    if (app.config.kind !== 'miniprogram') throw new AdminError(400, `${app.appId} is not a mini program`);
    const known = body.openid ? adminFan(app, body.openid) : body.unionid ? app.fanByUnionid(body.unionid) : undefined;
    const fan = known ?? state.createFan(app, { subscribed: true, ...(body.unionid ? { unionid: body.unionid } : {}) });
    // wx.login starts a new session on the phone: the session_key jscode2session will answer.
    fan.sessionKey = state.newSessionKey();
    const code = state.codes.mint('js', app.appId, fan.openid);
    return { js_code: code.code, code: code.code, openid: fan.openid, unionid: fan.unionid, expiresAt: code.expiresAt };
  });

  router.add('POST', '/_sandbox/oauth/code', (ctx) => {
    const body = adminBody<{ appId?: string; openid?: string; scope?: string }>(ctx);
    const app = adminApp(rt, body.appId);
    const scope = body.scope ?? 'snsapi_base';
    if (scope !== 'snsapi_base' && scope !== 'snsapi_userinfo') throw new AdminError(400, 'scope must be snsapi_base or snsapi_userinfo');
    const fan = body.openid ? adminFan(app, body.openid) : state.createFan(app);
    const code = state.codes.mint('oauth', app.appId, fan.openid, scope);
    return { code: code.code, openid: fan.openid, unionid: fan.unionid, scope, expiresAt: code.expiresAt };
  });

  router.add('POST', '/_sandbox/miniprogram/subscribe', (ctx) => {
    const body = adminBody<{ appId?: string; openid?: string; templateId?: string; count?: number }>(ctx);
    const app = adminApp(rt, body.appId);
    const fan = adminFan(app, body.openid);
    const key = `${fan.openid}|${requireString(body.templateId, 'templateId')}`;
    app.subscribeGrants.set(key, (app.subscribeGrants.get(key) ?? 0) + (body.count ?? 1));
    return { granted: app.subscribeGrants.get(key) };
  });

  router.add('POST', '/_sandbox/miniprogram/encrypt', (ctx) => {
    const body = adminBody<{ appId?: string; openid?: string; data?: Record<string, unknown> }>(ctx);
    const app = adminApp(rt, body.appId);
    const fan = adminFan(app, body.openid);
    if (!fan.sessionKey) throw new AdminError(409, 'the fan has no session yet: mint a code with /_sandbox/miniprogram/code first');
    return encryptBizData(fan.sessionKey, { ...(body.data ?? {}), watermark: { timestamp: state.clock.seconds(), appid: app.appId } });
  });

  router.add('POST', '/_sandbox/jssdk/verify', (ctx) => {
    const body = adminBody<{ appId?: string; url?: string; nonceStr?: string; timestamp?: string | number; signature?: string }>(ctx);
    const app = adminApp(rt, body.appId);
    const ticket = state.tickets.peek(app.appId);
    if (!ticket) return { valid: false, reason: 'no jsapi ticket issued for this app' };
    const expected = jsapiSignature({ ticket: ticket.ticket, nonceStr: body.nonceStr ?? '', timestamp: body.timestamp ?? '', url: body.url ?? '' });
    return { valid: expected === body.signature, expected };
  });

  router.add('GET', '/_sandbox/faults', () => state.faults.all());
  router.add('POST', '/_sandbox/faults', (ctx) => {
    const body = adminBody<FaultInput>(ctx);
    requireString(body.path, 'path');
    return Reply.json(201, state.faults.add(body));
  });
  router.add('DELETE', '/_sandbox/faults', () => {
    state.faults.clear();
    return { ok: true };
  });

  router.add('GET', '/_sandbox/counters', () => state.counters.snapshot());
  router.add('DELETE', '/_sandbox/counters', () => {
    state.counters.reset();
    return { ok: true };
  });

  router.add('GET', '/_sandbox/tokens', (ctx) => state.tokens.list(ctx.query.get('appId') ?? undefined));
  router.add('POST', '/_sandbox/tokens/expire', (ctx) => {
    const body = adminBody<{ appId?: string; token?: string; kind?: 'access' | 'oauth' | 'all' }>(ctx);
    const kind = body.kind ?? 'access';
    const access = kind === 'oauth' ? 0 : state.tokens.expire(body.appId, body.token);
    const oauth = kind === 'access' ? 0 : state.codes.expireSnsTokens(body.appId);
    return { expired: access + oauth };
  });

  const clockView = () => ({ now: state.clock.now(), offsetMs: state.clock.offset, speed: state.clock.speed });
  router.add('GET', '/_sandbox/clock', clockView);
  router.add('POST', '/_sandbox/clock', (ctx) => {
    const body = adminBody<{ advanceSeconds?: number; advanceMs?: number; speed?: number }>(ctx);
    if (body.speed !== undefined && !(typeof body.speed === 'number' && body.speed >= 1 && body.speed <= 3600))
      throw new AdminError(400, 'speed must be a number from 1 to 3600');
    state.clock.advance((body.advanceSeconds ?? 0) * 1000 + (body.advanceMs ?? 0));
    if (body.speed !== undefined) state.clock.setSpeed(body.speed);
    return clockView();
  });
}
