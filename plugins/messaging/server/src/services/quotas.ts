import { coalescer, groupBy, shanghaiDay } from '@wedraw/kit';
import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import type { Knex } from 'knex';
import { apiError } from '../lib/errors';
import type { TenantRow } from './tenants';
import { tables } from './records';

/**
 * Reservations of one tenant's day, in arrival order: each (n, limit) pair is taken when the count
 * stays within its limit, refused otherwise; one INCRBY for all that were taken. One atomic step,
 * whatever the number of racing requests or instances. Answers per pair: the count after taking it,
 * or -(count + 1) when refused.
 */
const RESERVE = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local taken = 0
local out = {}
for i = 1, #ARGV, 2 do
  local n = tonumber(ARGV[i])
  if used + n > tonumber(ARGV[i + 1]) then
    out[#out + 1] = -(used + 1)
  else
    used = used + n
    taken = taken + n
    out[#out + 1] = used
  end
end
if taken > 0 then
  redis.call('INCRBY', KEYS[1], taken)
  redis.call('EXPIRE', KEYS[1], 172800)
end
return out`;

const quotaExceeded = (limit: number, used: number) => apiError(429, 'QuotaExceeded', `今日消息配额已用完（${used}/${limit}）`, { limit, used });

type Reserve = (key: string, ...nLimitPairs: number[]) => Promise<number[]>;

/**
 * The reserve script as a command of this connection: ioredis sends it by its SHA1 (EVALSHA) and
 * only falls back to the script's text when the server does not know it yet.
 */
function reserveScript(redis: Redis): Reserve {
  const commands = redis as unknown as Record<string, Reserve | undefined>;
  if (!commands.wedrawQuotaReserves) redis.defineCommand('wedrawQuotaReserves', { numberOfKeys: 1, lua: RESERVE });
  return (commands.wedrawQuotaReserves as Reserve).bind(redis);
}

interface Reservation {
  key: string;
  n: number;
  limit: number;
}

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

  // Reservations of concurrent requests go to Redis together: one script call per tenant and day.
  const reserveGrouped = coalescer<Reservation, number>(async (list) => {
    const r = redis();
    if (!r) throw new Error('Redis is gone');
    const answers = new Map<Reservation, number>();
    for (const [k, group] of groupBy(list, (x) => x.key)) {
      const out = await reserveScript(r)(k, ...group.flatMap((x) => [x.n, x.limit]));
      group.forEach((x, i) => answers.set(x, Number(out[i])));
    }
    return list.map((x) => answers.get(x) as number);
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
      const k = key(tenant.id, day);
      const after = await reserveGrouped({ key: k, n, limit: tenant.maxDailyMessages }).catch(() => {
        throw apiError(503, 'Unavailable', 'Redis 暂不可用，请稍后重试');
      });
      if (after < 0) throw quotaExceeded(tenant.maxDailyMessages, -after - 1);
      return async () => {
        await r.decrby(k, n);
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
