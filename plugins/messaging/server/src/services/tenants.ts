import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { businessError, fieldError, inTransaction, isUniqueViolation, lockRow, notFound, sharedInFlight } from '@wedraw/kit';
import { messagingConfig } from '../config';
import { apiError } from '../lib/errors';
import { secretBox, sha256Hex, type SecretBox } from '../lib/secrets';
import { UID } from '../lib/uids';

export interface TenantRow {
  id: number;
  documentId: string;
  code: string;
  name: string;
  status: 'active' | 'suspended';
  maxAccounts: number;
  maxDailyMessages: number;
  requireSignature: boolean;
  callbackUrl: string | null;
  builtIn: boolean;
}

export interface TenantInput {
  code: string;
  name: string;
  maxAccounts: number;
  maxDailyMessages: number;
  requireSignature: boolean;
  callbackUrl?: string | null;
  status?: 'active' | 'suspended';
}

/**
 * Where a plugin's sending accounts are counted against `maxAccounts` (WeCom registers its own):
 * the accounts of a tenant that take a slot.
 */
export interface AccountSource {
  count(tenant: string): Promise<number>;
  /** Every tenant's count at once (the admin's list). */
  countAll(): Promise<Map<string, number>>;
}

/** The built-in tenant the admin's own sends belong to. */
export const ADMIN_TENANT = 'admin';

const PUBLIC_FIELDS = [
  'code',
  'name',
  'status',
  'maxAccounts',
  'maxDailyMessages',
  'requireSignature',
  'callbackUrl',
  'builtIn',
  'createdAt',
  'updatedAt',
] as const;
export const publicTenant = (t: TenantRow) => Object.fromEntries(PUBLIC_FIELDS.map((k) => [k, (t as unknown as Record<string, unknown>)[k] ?? null]));

/**
 * Tenants and their keys. A key is `wdk_…` (sent as the bearer token, stored only as its SHA-256);
 * its secret `wds_…` signs requests and callbacks (stored encrypted). Both are shown once, when
 * issued; issuing a new key revokes the tenant's older ones (rotation).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let box: SecretBox | null = null;
  const secrets = () => (box ??= secretBox(messagingConfig(strapi).secretKey, strapi.config.get('environment') === 'production'));
  const bySecretCache = new Map<number, { secret: string; at: number }>();
  // Authenticated keys by hash, valid while the cluster-wide version (a Redis counter bumped by every
  // tenant or key change on any instance) is the one they were read under. Without Redis, a few seconds.
  const byKeyCache = new Map<string, { tenant: TenantRow; secret: string; version: string; at: number }>();
  const redis = () => strapi.service('api::platform.runtime').redis() as Redis | null;
  const accountSources: AccountSource[] = [];
  const versionKey = () => `${strapi.service('api::platform.runtime').keyPrefix()}messaging:tenants:version`;

  /** The version read in flight is shared by the requests that arrive meanwhile (one GET, not one per request). */
  const currentVersion = sharedInFlight(async (): Promise<string | null> => {
    const r = redis();
    if (!r) return 'local';
    return r.get(versionKey()).then(
      (v) => v ?? '0',
      () => null,
    );
  });

  /** After any tenant or key change: every instance's cached authentications are dropped. */
  async function invalidate(): Promise<void> {
    byKeyCache.clear();
    bySecretCache.clear();
    await redis()
      ?.incr(versionKey())
      .catch(() => undefined);
  }

  return {
    secrets,

    async byCode(code: string): Promise<TenantRow> {
      const t = (await strapi.db.query(UID.tenant).findOne({ where: { code } })) as TenantRow | null;
      if (!t) throw notFound('租户不存在');
      return t;
    },

    async byId(id: number): Promise<TenantRow | null> {
      return (await strapi.db.query(UID.tenant).findOne({ where: { id } })) as TenantRow | null;
    },

    async list(): Promise<TenantRow[]> {
      return (await strapi.db.query(UID.tenant).findMany({ orderBy: { id: 'asc' } })) as TenantRow[];
    },

    async create(input: TenantInput): Promise<TenantRow> {
      try {
        const created = (await strapi.db.query(UID.tenant).create({ data: { ...input, status: input.status ?? 'active', builtIn: false } })) as TenantRow;
        await invalidate();
        return created;
      } catch (err) {
        if (isUniqueViolation(err)) throw businessError('TenantExists', `租户编码 ${input.code} 已存在`);
        throw err;
      }
    },

    async update(code: string, patch: Partial<TenantInput>): Promise<TenantRow> {
      const t = await this.byCode(code);
      if (t.builtIn && patch.status === 'suspended') throw businessError('BuiltInTenant', '内置租户不能停用');
      const { code: _ignored, ...data } = patch;
      const updated = (await strapi.db.query(UID.tenant).update({ where: { id: t.id }, data })) as TenantRow;
      await invalidate();
      return updated;
    },

    /** A new key and secret, returned this once; the tenant's older keys stop working. */
    async issueKey(code: string): Promise<{ key: string; secret: string }> {
      const t = await this.byCode(code);
      const key = `wdk_${randomBytes(20).toString('hex')}`;
      const secret = `wds_${randomBytes(24).toString('hex')}`;
      await strapi.db.transaction(async () => {
        await strapi.db.query(UID.tenantKey).updateMany({ where: { tenantId: t.id, revokedAt: null }, data: { revokedAt: new Date() } });
        await strapi.db
          .query(UID.tenantKey)
          .create({ data: { tenantId: t.id, keyHash: sha256Hex(key), keyHint: key.slice(0, 8), secret: secrets().encrypt(secret) } });
      });
      await invalidate();
      return { key, secret };
    },

    async keysOf(code: string) {
      const t = await this.byCode(code);
      const rows = await strapi.db
        .query(UID.tenantKey)
        .findMany({ where: { tenantId: t.id }, orderBy: { id: 'desc' }, select: ['keyHint', 'createdAt', 'revokedAt'] });
      return rows.map((r: { keyHint: string; createdAt: string; revokedAt: string | null }) => ({
        key: `${r.keyHint}…`,
        createdAt: r.createdAt,
        revokedAt: r.revokedAt,
      }));
    },

    /** The tenant of a bearer key and that key's secret; 401 `InvalidKey`, 403 `TenantSuspended`. */
    async authenticate(bearer: string | undefined): Promise<{ tenant: TenantRow; secret: string }> {
      const key = /^Bearer\s+(\S+)$/i.exec(bearer ?? '')?.[1];
      if (!key) throw apiError(401, 'InvalidKey', '缺少租户密钥');
      const hash = sha256Hex(key);
      const version = await currentVersion();
      const hit = byKeyCache.get(hash);
      let found = hit && version !== null && hit.version === version && (version !== 'local' || Date.now() - hit.at < 5000) ? hit : null;
      if (!found) {
        const row = await strapi.db.query(UID.tenantKey).findOne({ where: { keyHash: hash, revokedAt: null } });
        const tenant = row ? await this.byId(row.tenantId) : null;
        if (!row || !tenant) throw apiError(401, 'InvalidKey', '租户密钥无效');
        found = { tenant, secret: secrets().decrypt(row.secret), version: version ?? '', at: Date.now() };
        if (version !== null) {
          if (byKeyCache.size > 10_000) byKeyCache.clear();
          byKeyCache.set(hash, found);
        }
      }
      if (found.tenant.status !== 'active') throw apiError(403, 'TenantSuspended', '租户已停用');
      return { tenant: found.tenant, secret: found.secret };
    },

    /** The current signing secret of a tenant (callbacks, webhooks); null when it has no key. */
    async signingSecret(tenantId: number): Promise<string | null> {
      const hit = bySecretCache.get(tenantId);
      if (hit && Date.now() - hit.at < 30_000) return hit.secret;
      const row = await strapi.db.query(UID.tenantKey).findOne({ where: { tenantId, revokedAt: null }, orderBy: { id: 'desc' } });
      const secret = row ? secrets().decrypt(row.secret) : null;
      if (secret) bySecretCache.set(tenantId, { secret, at: Date.now() });
      return secret;
    },

    async exists(code: string): Promise<boolean> {
      return (await strapi.db.query(UID.tenant).count({ where: { code } })) > 0;
    },

    registerAccounts(source: AccountSource): void {
      accountSources.push(source);
    },

    async accountsUsed(code: string): Promise<number> {
      let used = 0;
      for (const source of accountSources) used += await source.count(code);
      return used;
    },

    async accountsUsedByTenant(): Promise<Map<string, number>> {
      const used = new Map<string, number>();
      for (const source of accountSources) for (const [code, n] of await source.countAll()) used.set(code, (used.get(code) ?? 0) + n);
      return used;
    },

    /**
     * Runs `take` (which gives the tenant one more sending account: a new one, one back from
     * offline, one moved over) only while the tenant has a free slot under `maxAccounts`, in one
     * transaction with the tenant's row locked, so racing requests for the last slot take it once.
     * 400 naming `field` when there is no such tenant; 409 `AccountQuotaExceeded` {limit, used}.
     */
    async withAccountSlot<T>(code: string, take: () => Promise<T>, field = 'tenant'): Promise<T> {
      return inTransaction(strapi, async () => {
        const tenant = await lockRow<TenantRow>(strapi, UID.tenant, { code });
        if (!tenant) throw fieldError(field, `没有编码为 ${code} 的租户`);
        const used = await this.accountsUsed(code);
        if (used >= tenant.maxAccounts)
          throw businessError('AccountQuotaExceeded', `租户「${tenant.name}」的发送账号已达上限（${tenant.maxAccounts} 个）`, {
            limit: tenant.maxAccounts,
            used,
          });
        return take();
      });
    },

    /** The built-in tenant of the admin's own sends, created once. */
    async ensureAdminTenant(): Promise<TenantRow> {
      const found = (await strapi.db.query(UID.tenant).findOne({ where: { code: ADMIN_TENANT } })) as TenantRow | null;
      if (found) return found;
      try {
        return (await strapi.db.query(UID.tenant).create({
          data: {
            code: ADMIN_TENANT,
            name: '管理后台',
            status: 'active',
            maxAccounts: 1000,
            maxDailyMessages: 10_000_000,
            requireSignature: false,
            builtIn: true,
          },
        })) as TenantRow;
      } catch (err) {
        if (isUniqueViolation(err)) return (await strapi.db.query(UID.tenant).findOne({ where: { code: ADMIN_TENANT } })) as TenantRow;
        throw err;
      }
    },
  };
};
