import type { Router } from '../http/router';
import { AdminError, Reply } from '../http/reply';
import type { Runtime } from '../runtime';
import type { AppState } from '../state/app-state';
import type { AppConfig, Fan, MessageMode } from '../state/types';
import { adminApp, adminBody, adminFan, fanView, intParam, requireString } from './admin-util';

const MODES: MessageMode[] = ['plain', 'compatible', 'safe'];

function appSummary(app: AppState) {
  return { ...app.config, callback: app.callback, fans: app.fans.length, followers: app.followerCount() };
}

function newAppConfig(body: Partial<AppConfig>): AppConfig {
  const kind = body.kind === 'miniprogram' ? 'miniprogram' : 'official';
  const key = requireString(body.encodingAESKey, 'encodingAESKey');
  if (!/^[A-Za-z0-9]{43}$/.test(key)) throw new AdminError(400, 'encodingAESKey must be 43 characters [A-Za-z0-9]');
  return {
    name: body.name ?? requireString(body.appId, 'appId'),
    kind,
    appId: requireString(body.appId, 'appId'),
    secret: requireString(body.secret, 'secret'),
    token: requireString(body.token, 'token'),
    encodingAESKey: key,
    ghId: body.ghId ?? `gh_${requireString(body.appId, 'appId').slice(-12)}`,
  };
}

/** Apps and their fans, as tests and the page see them: `/_sandbox/apps/...`. */
export function adminAppRoutes(router: Router, rt: Runtime): void {
  router.add('GET', '/_sandbox/apps', () => rt.state.appList.map(appSummary));

  router.add('POST', '/_sandbox/apps', (ctx) => {
    const config = newAppConfig(adminBody(ctx));
    if (rt.state.apps.has(config.appId)) throw new AdminError(409, `app ${config.appId} exists`);
    return Reply.json(201, appSummary(rt.state.addApp(config)));
  });

  router.add('GET', '/_sandbox/apps/:appId', (ctx) => {
    const app = adminApp(rt, ctx.params.appId);
    return {
      ...appSummary(app),
      tags: [...app.tags.values()].map((t) => ({ ...t, count: app.tagCount(t.id) })),
      menu: app.menu,
      templates: app.templates,
    };
  });

  router.add('PUT', '/_sandbox/apps/:appId/callback', (ctx) => {
    const app = adminApp(rt, ctx.params.appId);
    const body = adminBody<{ url?: string | null; mode?: MessageMode }>(ctx);
    if (!body.url) {
      app.callback = null;
      return { callback: null };
    }
    const mode = body.mode ?? 'safe';
    if (!MODES.includes(mode)) throw new AdminError(400, `mode must be one of ${MODES.join(', ')}`);
    app.callback = { url: body.url, mode };
    return { callback: app.callback };
  });

  router.add('POST', '/_sandbox/apps/:appId/callback/verify', async (ctx) => {
    const app = adminApp(rt, ctx.params.appId);
    return rt.push.verify(app, adminBody<{ url?: string }>(ctx).url);
  });

  router.add('GET', '/_sandbox/apps/:appId/fans', (ctx) => {
    const app = adminApp(rt, ctx.params.appId);
    const q = (ctx.query.get('q') ?? '').trim();
    const sub = ctx.query.get('subscribed');
    const match = (f: Fan) => (!q || f.nickname.includes(q) || f.openid.includes(q) || f.unionid === q) && (sub === null || String(f.subscribed) === sub);
    const all = q || sub !== null ? app.fans.filter(match) : app.fans;
    const offset = intParam(ctx, 'offset', 0);
    const limit = intParam(ctx, 'limit', 50, 1000);
    return { total: all.length, offset, fans: all.slice(offset, offset + limit).map((f) => fanView(ctx, f)) };
  });

  router.add('POST', '/_sandbox/apps/:appId/fans', (ctx) => {
    const app = adminApp(rt, ctx.params.appId);
    const body = adminBody<Partial<Fan>>(ctx);
    if (body.openid && app.fan(body.openid)) throw new AdminError(409, `fan ${body.openid} exists`);
    const fan = rt.state.createFan(app, pickFanFields(body, ['openid', 'unionid', 'nickname', 'subscribed', 'tagIds', 'remark', 'language']));
    return Reply.json(201, fanView(ctx, fan));
  });

  router.add('GET', '/_sandbox/apps/:appId/fans/:openid', (ctx) => fanView(ctx, adminFan(adminApp(rt, ctx.params.appId), ctx.params.openid)));

  router.add('PATCH', '/_sandbox/apps/:appId/fans/:openid', (ctx) => {
    const fan = adminFan(adminApp(rt, ctx.params.appId), ctx.params.openid);
    const body = adminBody<Omit<Partial<Fan>, 'lastInteractionAt'> & { lastInteractionAt?: number | 'now' }>(ctx);
    if (body.lastInteractionAt === 'now') {
      body.lastInteractionAt = rt.state.clock.now();
      body.customSentSinceInteraction = 0;
    }
    Object.assign(fan, pickFanFields(body, ['nickname', 'subscribed', 'tagIds', 'remark', 'language', 'lastInteractionAt', 'customSentSinceInteraction']));
    return fanView(ctx, fan);
  });

  router.add('GET', '/_sandbox/apps/:appId/fans/:openid/conversation', (ctx) => {
    const app = adminApp(rt, ctx.params.appId);
    const fan = adminFan(app, ctx.params.openid);
    const incoming = rt.state.pushes
      .filter((p) => p.appId === app.appId && p.openid === fan.openid && p.type !== 'TEMPLATESENDJOBFINISH')
      .map((p) => ({ at: p.at, from: 'fan', type: p.type, message: p.message, outcome: p.outcome, error: p.error }));
    const outgoing = rt.state.messages
      .filter((m) => m.appId === app.appId && m.touser === fan.openid)
      .map((m) => ({ at: m.at, from: 'app', type: m.kind, message: m.payload }));
    return [...incoming, ...outgoing].sort((a, b) => a.at - b.at);
  });
}

function pickFanFields(body: Record<string, unknown>, fields: (keyof Fan)[]): Partial<Fan> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (body[f] !== undefined) out[f] = body[f];
  return out as Partial<Fan>;
}
