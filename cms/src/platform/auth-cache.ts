import type { Core } from '@strapi/strapi';
import type { CacheBus } from '../infra/cache/cache-bus';

/**
 * What the users-permissions strategy reads on every authenticated request — the user with its
 * role, the role's permissions, the public role's permissions — kept in memory for a few seconds.
 * A write to a user, role or permission drops the entry at once on this instance and, through the
 * cache bus, on every other one; the TTL bounds what a missed message could leave behind.
 */
const MAX_USERS = 50_000;

export const AUTH_USERS = 'auth:users';
export const AUTH_PERMISSIONS = 'auth:permissions';
const USER_UID = 'plugin::users-permissions.user';
const PERMISSION_UIDS = ['plugin::users-permissions.permission', 'plugin::users-permissions.role'];

interface Entry<T> {
  value: Promise<T>;
  at: number;
}

/** A loader memoised per key for `ttlMs` (a failed load is not kept). */
export class Memo<K, T> {
  private readonly entries = new Map<K, Entry<T>>();

  constructor(
    /** set from the app config (`wedraw.authCache`) when the services are made */
    public ttlMs: number,
    private readonly maxEntries = Infinity,
  ) {}

  get(key: K, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    this.entries.set(key, { value, at: Date.now() });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

const users = new Memo<unknown, unknown>(10_000, MAX_USERS);
const permissions = new Memo<unknown, unknown>(60_000);

/** The TTLs of `wedraw.authCache` (config/wedraw.ts). */
function applyTtls(strapi: Core.Strapi): void {
  const ttl = strapi.config.get('wedraw.authCache', { userMs: 10_000, permissionMs: 60_000 }) as { userMs: number; permissionMs: number };
  users.ttlMs = ttl.userMs;
  permissions.ttlMs = ttl.permissionMs;
}

/** A copy per request, so nothing a request does to `ctx.state.user` leaks into the cache. */
const copyUser = (user: unknown) => (user && typeof user === 'object' ? { ...(user as object), role: { ...((user as { role?: object }).role ?? {}) } } : user);

type Service = Record<string, unknown>;
type ServiceFactory = (deps: { strapi: Core.Strapi }) => Service;

/**
 * A verified JWT, kept until it expires (a minute at most): the signature check is the costliest
 * step of an authenticated request. Only successes are kept; a token is immutable, so its
 * verdict cannot change before `exp` (legacy JWT mode; refresh mode is left alone).
 */
const verifiedTokens = new Map<string, { payload: unknown; until: number }>();
const TOKEN_TTL_MS = 60_000;

function cacheJwtVerify(service: Service, strapi: Core.Strapi): Service {
  const verify = (service.verify as (token: string) => Promise<unknown>).bind(service);
  return Object.assign(service, {
    async verify(token: string) {
      if (String(strapi.config.get('plugin::users-permissions.jwtManagement', 'legacy-support')) === 'refresh') return verify(token);
      const hit = verifiedTokens.get(token);
      if (hit && hit.until > Date.now()) return hit.payload;
      const payload = await verify(token);
      const exp = Number((payload as { exp?: number }).exp);
      const until = Math.min(Date.now() + TOKEN_TTL_MS, Number.isFinite(exp) && exp > 0 ? exp * 1000 : Infinity);
      if (verifiedTokens.size >= MAX_USERS) verifiedTokens.clear();
      verifiedTokens.set(token, { payload, until });
      return payload;
    },
  });
}

/** Wraps users-permissions' jwt, user and permission services (used from src/extensions/users-permissions). */
export function cacheAuthLookups(services: Record<string, ServiceFactory>): void {
  const jwtFactory = services.jwt!;
  services.jwt = (deps) => cacheJwtVerify(jwtFactory(deps), deps.strapi);
  const userFactory = services.user!;
  services.user = (deps) => {
    applyTtls(deps.strapi);
    const service = userFactory(deps);
    const fetch = (service.fetchAuthenticatedUser as (id: unknown) => Promise<unknown>).bind(service);
    return Object.assign(service, { fetchAuthenticatedUser: (id: unknown) => users.get(String(id), () => fetch(id)).then(copyUser) });
  };
  const permissionFactory = services.permission!;
  services.permission = (deps) => {
    const service = permissionFactory(deps);
    const byRole = (service.findRolePermissions as (id: unknown) => Promise<unknown>).bind(service);
    const publicOnes = (service.findPublicPermissions as () => Promise<unknown>).bind(service);
    return Object.assign(service, {
      findRolePermissions: (roleId: unknown) => permissions.get(`role:${roleId}`, () => byRole(roleId)),
      findPublicPermissions: () => permissions.get('public', publicOnes),
    });
  };
}

/** Drop cached users and permissions on writes, here and (through the bus) on every instance. */
export function invalidateAuthOnWrites(strapi: Core.Strapi, bus: CacheBus): void {
  bus.onInvalidate(AUTH_USERS, () => users.clear());
  bus.onInvalidate(AUTH_PERMISSIONS, () => permissions.clear());
  const drop = (name: string) => () => {
    bus.invalidate(name).catch((err) => strapi.log.warn(`[wedraw] auth cache invalidation failed: ${(err as Error).message}`));
  };
  const writes = (name: string) => ({
    afterCreate: drop(name),
    afterUpdate: drop(name),
    afterDelete: drop(name),
    afterUpdateMany: drop(name),
    afterDeleteMany: drop(name),
    afterCreateMany: drop(name),
  });
  strapi.db.lifecycles.subscribe({ models: [USER_UID], ...writes(AUTH_USERS) });
  strapi.db.lifecycles.subscribe({ models: PERMISSION_UIDS, ...writes(AUTH_PERMISSIONS) });
}
