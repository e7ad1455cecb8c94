import type { Ctx } from '../http/router';
import { AdminError } from '../http/reply';
import type { Runtime } from '../runtime';
import type { AppState } from '../state/app-state';
import type { Fan } from '../state/types';

/** The JSON body of an admin call ({} when empty); 400 when malformed. */
export function adminBody<T = Record<string, unknown>>(ctx: Ctx): T {
  const text = ctx.raw.toString('utf8').trim();
  if (!text) return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AdminError(400, 'body must be JSON');
  }
}

export function adminApp(rt: Runtime, appId: unknown): AppState {
  const app = typeof appId === 'string' ? rt.state.apps.get(appId) : undefined;
  if (!app) throw new AdminError(404, `no app ${String(appId)}`);
  return app;
}

export function adminFan(app: AppState, openid: unknown): Fan {
  const fan = typeof openid === 'string' ? app.fan(openid) : undefined;
  if (!fan) throw new AdminError(404, `no fan ${String(openid)} in ${app.appId}`);
  return fan;
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value) throw new AdminError(400, `${field} is required`);
  return value;
}

/** A fan as the admin API shows it, with an avatar URL on this sandbox. */
export function fanView(ctx: Ctx, fan: Fan) {
  return { ...fan, headimgurl: `${ctx.origin}/_sandbox/avatar/${encodeURIComponent(fan.openid)}.svg` };
}

export function intParam(ctx: Ctx, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(ctx.query.get(name) ?? fallback);
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.floor(n)), max) : fallback;
}
