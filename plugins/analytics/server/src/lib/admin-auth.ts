import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { sharedGeneration } from './shared-generation';

/** How long a checked session's user and ability are reused at most (a backstop: changes also invalidate). */
const TTL_MS = 10_000;
const MAX_ENTRIES = 1000;
/** The admin tables whose writes change who may do what: any write drops every cached ability. */
const WATCHED = ['admin::user', 'admin::role', 'admin::permission', 'admin::session'];

interface Checked {
  user: Record<string, unknown>;
  ability: { can(action: string, subject?: unknown): boolean };
  generation: string;
  until: number;
}

type SessionManager = (origin: 'admin') => {
  validateAccessToken(token: string): { isValid: boolean; payload: { userId: string; sessionId: string; exp?: number } | null };
  isSessionActive(sessionId: string): Promise<boolean>;
};

/**
 * The admin authentication of the dashboard reads: Strapi's own admin check (access token valid,
 * session active, user active, ability from the user's roles) with its result reused per session
 * for up to 10 s. The token's signature is verified once per token string and its expiry on every
 * request; any write to admin users, roles, permissions or sessions (logout, role change, user
 * deactivated) sets a new generation shared through Redis (lib/shared-generation.ts), so every
 * instance drops what it cached at once. Strapi's
 * `admin::isAuthenticatedAdmin` and `admin::hasPermissions` policies then run as on every admin route.
 */
function cachedAdminAuth(strapi: Core.Strapi) {
  const cache = new Map<string, Checked>();
  /**
   * Access tokens whose signature was verified, with their payload: verifying an HS256 token costs
   * more than the rest of a cached request (jsonwebtoken builds a key object from the secret each
   * time). The same token string always carries the same payload; its expiry is checked here.
   */
  const verified = new Map<string, { userId: string; sessionId: string; exp: number }>();
  const generation = sharedGeneration(strapi, 'admin-auth', WATCHED, () => cache.clear());

  async function check(sessionId: string, rawUserId: string): Promise<Omit<Checked, 'generation' | 'until'> | null> {
    const manager = (strapi as unknown as { sessionManager?: SessionManager }).sessionManager;
    if (!manager || !(await manager('admin').isSessionActive(sessionId))) return null;
    const numeric = Number(rawUserId);
    const id = Number.isFinite(numeric) && String(numeric) === rawUserId ? numeric : rawUserId;
    const user = await strapi.db.query('admin::user').findOne({ where: { id }, populate: ['roles'] });
    if (!user || user.isActive !== true) return null;
    const ability = await strapi.service('admin::permission').engine.generateUserAbility(user);
    return { user, ability };
  }

  return {
    name: 'analytics-admin',
    async authenticate(ctx: Context) {
      const [scheme, token, ...rest] = (ctx.request.header.authorization ?? '').split(/\s+/);
      if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length) return { authenticated: false };
      const manager = (strapi as unknown as { sessionManager?: SessionManager }).sessionManager;
      if (!manager) return { authenticated: false };
      let payload = verified.get(token);
      if (!payload || payload.exp * 1000 <= Date.now()) {
        verified.delete(token);
        const result = manager('admin').validateAccessToken(token);
        if (!result.isValid || !result.payload) return { authenticated: false };
        payload = { userId: result.payload.userId, sessionId: result.payload.sessionId, exp: Number(result.payload.exp) || 0 };
        if (verified.size >= MAX_ENTRIES) verified.delete(verified.keys().next().value!);
        if (payload.exp) verified.set(token, payload);
      }
      const gen = await generation.current();
      const name = `${payload.sessionId}:${payload.userId}`;
      let hit = gen ? cache.get(name) : undefined;
      if (!hit || hit.generation !== gen || hit.until < Date.now()) {
        const checked = await check(payload.sessionId, payload.userId);
        if (!checked) {
          cache.delete(name);
          return { authenticated: false };
        }
        hit = { ...checked, generation: gen, until: Date.now() + TTL_MS };
        if (gen) {
          if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
          cache.set(name, hit);
        }
      }
      ctx.state.userAbility = hit.ability;
      ctx.state.user = hit.user;
      ctx.state.session = { id: payload.sessionId };
      return { authenticated: true, credentials: hit.user, ability: hit.ability };
    },
  };
}

let installed: ReturnType<typeof cachedAdminAuth> | null = null;

/** Called once in bootstrap: subscribes the invalidation to the admin tables. */
export function installDashboardAdminAuth(strapi: Core.Strapi): void {
  installed = cachedAdminAuth(strapi);
}

/** The strategy object the dashboard admin routes name (`config.auth.strategies`). */
export const DASHBOARD_ADMIN_AUTH = {
  name: 'analytics-admin',
  authenticate(ctx: Context) {
    if (!installed) return { authenticated: false };
    return installed.authenticate(ctx);
  },
};
