import { coalescer, shanghaiDay } from '@wedraw/kit';
import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import type { Knex } from 'knex';
import { apiError } from '../lib/errors';
import type { TenantRow } from './tenants';
import { tables } from './records';

/** INCRBY unless that passes the limit: one atomic step, whatever the number of racing requests. */
const RESERVE = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local n = tonumber(ARGV[1])
if used + n > tonumber(ARGV[2]) then return {0, used} end
used = redis.call('INCRBY', KEYS[1], n)
redis.call('EXPIRE', KEYS[1], 172800)
return {1, used}`;

const quotaExceeded = (limit: number, used: number) => apiError(429, 'QuotaExceeded', `今日消息配额已用完（${used}/${limit}）`, { limit, used });

/**
 * Daily message quotas, counted exactly under concurrency. With Redis: an atomic reserve per tenant
 * and day (a Lua script), refunded when the write fails, and copied to the tenant's usage row. Without
 * Redis (development): a conditional UPDATE (`messages + n <= limit`) on the usage row inside the
 * transaction that writes the messages. Never process memory.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const t = () => tables(strapi);
  const redis = () => strapi.service('api::platform.runtime').redis() as Redis | null;
  const key = (tenantId: number, day: string) => `${strapi.service('api::platform.runtime').keyPrefix()}messaging:usage:${tenantId}:${day}`;

  async function ensureRow(tenantId: number, day: string): Promise<void> {
    const now = new Date();
    await t()
      .usage()
      .insert({ document_id: randomBytes(12).toString('hex'), tenant_id: tenantId, day, messages: 0, created_at: now, updated_at: now, published_at: now })
      .onConflict(['tenant_id', 'day'])
      .ignore();
  }

  // Usage rows this process already made sure of (a day's row is inserted once, then only updated).
  const ensured = new Set<string>();

  async function copyToRow(tenantId: number, day: string): Promise<void> {
    const r = redis();
    if (!r) return;
    const used = Number((await r.get(key(tenantId, day))) ?? 0);
    if (!ensured.has(`${tenantId}|${day}`)) {
      await ensureRow(tenantId, day);
      if (ensured.size > 10_000) ensured.clear();
      ensured.add(`${tenantId}|${day}`);
    }
    await t().usage().where({ tenant_id: tenantId, day }).andWhere('messages', '<', used).update({ messages: used, updated_at: new Date() });
  }

  // Concurrent writers of one tenant copy the counter once, not once each on the same row.
  const recordGrouped = coalescer<string>(async (keys) => {
    for (const k of new Set(keys)) {
      const [tenantId, day] = k.split('|');
      await copyToRow(Number(tenantId), day as string);
    }
  });

  return {
    /**
     * Reserves n messages of today's quota before the write (Redis); returns the undo for a failed
     * write. Without Redis it only prepares the row and `reserveInTransaction` counts.
     */
    async reserve(tenant: TenantRow, n: number, day = shanghaiDay()): Promise<() => Promise<void>> {
      const r = redis();
      if (!r) {
        await ensureRow(tenant.id, day);
        return async () => undefined;
      }
      const [ok, used] = (await r.eval(RESERVE, 1, key(tenant.id, day), n, tenant.maxDailyMessages).catch(() => {
        throw apiError(503, 'Unavailable', 'Redis 暂不可用，请稍后重试');
      })) as [number, number];
      if (!ok) throw quotaExceeded(tenant.maxDailyMessages, used);
      return async () => {
        await r.decrby(key(tenant.id, day), n);
      };
    },

    /** Development without Redis: the count inside the messages' transaction (racing writers queue on the row). */
    async reserveInTransaction(tenant: TenantRow, n: number, trx: Knex.Transaction, day = shanghaiDay()): Promise<void> {
      if (redis()) return;
      const changed = await t()
        .usage(trx)
        .where({ tenant_id: tenant.id, day })
        .andWhereRaw('?? + ? <= ?', ['messages', n, tenant.maxDailyMessages])
        .update({ messages: t().knex.raw('?? + ?', ['messages', n]) });
      if (changed !== 1) throw quotaExceeded(tenant.maxDailyMessages, await this.usedOn(tenant.id, day, trx));
    },

    /** After a write: the day's usage row follows the Redis counter (kept for the admin and history). */
    async record(tenantId: number, day = shanghaiDay()): Promise<void> {
      if (!redis()) return;
      return recordGrouped(`${tenantId}|${day}`);
    },

    async usedOn(tenantId: number, day = shanghaiDay(), trx?: Knex.Transaction): Promise<number> {
      const r = redis();
      if (r) return Number((await r.get(key(tenantId, day))) ?? 0);
      const row = await t().usage(trx).first('messages').where({ tenant_id: tenantId, day });
      return Number(row?.messages ?? 0);
    },
  };
};
