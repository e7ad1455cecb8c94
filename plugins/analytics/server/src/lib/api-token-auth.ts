import { createHmac } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { sharedGeneration } from './shared-generation';

/** How long a looked-up token and its ability are reused at most (a backstop: writes also invalidate). */
const TTL_MS = 10_000;
const MAX_ENTRIES = 1000;
/** Any write to these (create, regenerate, update, revoke, permissions, lastUsedAt) drops every cached token. */
const WATCHED = ['admin::api-token', 'admin::api-token-permission'];
const LAST_USED_EVERY_MS = 3600_000;

interface ApiToken {
  id: number;
  kind?: string | null;
  type: 'read-only' | 'full-access' | 'custom';
  expiresAt?: string | null;
  lastUsedAt?: string | null;
  permissions?: string[];
}
type Ability = { can(action: string): boolean };
interface Checked {
  token: ApiToken;
  ability: Ability | null;
  generation: string;
  until: number;
}

const expired = (token: ApiToken) => token.expiresAt != null && new Date(token.expiresAt).getTime() < Date.now();
const isReadScope = (scope: string) => scope.endsWith('find') || scope.endsWith('findOne');

/**
 * The API-token authentication of the dashboard reads: Strapi's own content-API token check (the
 * token's salted hash looked up with its permissions, kind content-api, not expired, `lastUsedAt`
 * written at most hourly, the ability of a custom token) with its result reused per token for up to
 * 10 s. Expiry is checked on every request. Any write to API tokens or their permissions (revoke,
 * regenerate, a changed type or permission, a new expiry) sets a new random generation in Redis, so
 * every instance drops what it cached at once; with Redis absent or down nothing is reused. `verify` is Strapi's
 * own scope check (full access, read-only scopes, custom abilities).
 */
function cachedApiTokenAuth(strapi: Core.Strapi) {
  const cache = new Map<string, Checked>();
  const generation = sharedGeneration(strapi, 'api-token', WATCHED, () => cache.clear());

  const tokens = () => strapi.service('admin::api-token-content-api') as { getByAccessKey(hash: string): Promise<ApiToken | null> };

  async function check(accessKeyHash: string): Promise<Omit<Checked, 'generation' | 'until'> | null> {
    const token = await tokens().getByAccessKey(accessKeyHash);
    if (!token || (token.kind !== 'content-api' && token.kind != null)) return null;
    const ability =
      token.type === 'custom'
        ? ((await (strapi as any).contentAPI.permissions.engine.generateAbility((token.permissions ?? []).map((action) => ({ action })))) as Ability)
        : null;
    return { token, ability };
  }

  /**
   * Strapi's rule: `lastUsedAt` is written when unset or an hour old. Written beside the query layer,
   * so this bookkeeping (it changes nothing a token may do) does not drop every cached token.
   */
  async function touch(token: ApiToken): Promise<void> {
    if (token.lastUsedAt && Date.now() - Date.parse(token.lastUsedAt) < LAST_USED_EVERY_MS) return;
    const now = new Date();
    token.lastUsedAt = now.toISOString();
    const meta = strapi.db.metadata.get('admin::api-token' as never) as { tableName: string; attributes: Record<string, { columnName?: string }> };
    await strapi.db
      .connection(meta.tableName)
      .where(meta.attributes.id?.columnName ?? 'id', token.id)
      .update({ [meta.attributes.lastUsedAt?.columnName ?? 'last_used_at']: now });
  }

  return {
    async authenticate(ctx: Context) {
      const [scheme, raw, ...rest] = (ctx.request.header.authorization ?? '').split(/\s+/);
      if (scheme?.toLowerCase() !== 'bearer' || !raw || rest.length) return { authenticated: false };
      const salt = String((strapi.config.get('admin.apiToken') as { salt?: string } | undefined)?.salt ?? '');
      const accessKeyHash = createHmac('sha512', salt).update(raw).digest('hex');
      const gen = await generation.current();
      let hit = gen ? cache.get(accessKeyHash) : undefined;
      if (!hit || hit.generation !== gen || hit.until < Date.now()) {
        const checked = await check(accessKeyHash);
        if (!checked) {
          cache.delete(accessKeyHash);
          return { authenticated: false };
        }
        hit = { ...checked, generation: gen, until: Date.now() + TTL_MS };
        if (gen) {
          if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
          cache.set(accessKeyHash, hit);
        }
      }
      if (expired(hit.token)) return { authenticated: false, error: new errors.UnauthorizedError('Token expired') };
      await touch(hit.token);
      return { authenticated: true, credentials: hit.token, ability: hit.ability };
    },
  };
}

let installed: ReturnType<typeof cachedApiTokenAuth> | null = null;

/** Called once in bootstrap: subscribes the invalidation to the API-token tables. */
export function installDashboardApiTokenAuth(strapi: Core.Strapi): void {
  installed = cachedApiTokenAuth(strapi);
}

/** The strategy object the dashboard content-API routes name first (`config.auth.strategies`). */
export const DASHBOARD_API_TOKEN_AUTH = {
  name: 'analytics-api-token',
  authenticate(ctx: Context) {
    if (!installed) return { authenticated: false };
    return installed.authenticate(ctx);
  },
  /** Strapi's content-API token scope check. */
  verify(auth: { credentials?: ApiToken; ability?: Ability | null }, config: { scope?: string | string[] }) {
    const token = auth.credentials;
    if (!token) throw new errors.UnauthorizedError('Token not found');
    if (expired(token)) throw new errors.UnauthorizedError('Token expired');
    if (token.type === 'full-access') return;
    const scopes = config.scope === undefined ? [] : ([] as string[]).concat(config.scope);
    if (token.type === 'read-only' && config.scope && scopes.every(isReadScope)) return;
    if (token.type === 'custom' && auth.ability && scopes.every((scope) => auth.ability!.can(scope))) return;
    throw new errors.ForbiddenError();
  },
};
