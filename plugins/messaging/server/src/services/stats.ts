import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { coalescer, isRetryable, shanghaiDay } from '@wedraw/kit';
import { tables } from './records';
import { newDocumentId } from '../lib/ids';

/** Upper bounds (ms) of the latency buckets; the last one catches everything slower. */
export const LATENCY_BUCKETS = [100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, 300_000, 3_600_000, Number.MAX_SAFE_INTEGER];

export interface StatBump {
  tenantId: number;
  channel: string;
  metric: string;
  by: number;
  at?: Date;
}

export const bucketOf = (ms: number) => `lat:${LATENCY_BUCKETS.find((b) => ms <= b) as number}`;

function quantile(buckets: Map<number, number>, q: number): number | null {
  const total = [...buckets.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const bound of [...buckets.keys()].sort((a, b) => a - b)) {
    seen += buckets.get(bound) as number;
    if (seen >= q * total) return bound === Number.MAX_SAFE_INTEGER ? LATENCY_BUCKETS[LATENCY_BUCKETS.length - 2] : bound;
  }
  return null;
}

/**
 * Statistics per day, tenant and channel, pre-aggregated: counters (`total`, `delivered`,
 * `failed`, `canceled`, `sent`) and latency buckets (`lat:<ms>`) are bumped as messages are
 * accepted and end, so reading a month is a few hundred rows, never a scan of the messages.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const t = () => tables(strapi);
  const isMysql = () => !String(strapi.db.dialect.client).includes('sqlite');

  async function upsert(bumps: StatBump[], trx?: Knex.Transaction): Promise<void> {
    if (bumps.length === 0) return;
    const merged = new Map<string, { tenant_id: number; day: string; channel: string; metric: string; value: number }>();
    for (const b of bumps) {
      const day = shanghaiDay(b.at);
      const key = `${b.tenantId}|${day}|${b.channel}|${b.metric}`;
      const row = merged.get(key) ?? { tenant_id: b.tenantId, day, channel: b.channel, metric: b.metric, value: 0 };
      row.value += b.by;
      merged.set(key, row);
    }
    const rows = [...merged.values()].sort((a, b) => (`${a.channel}${a.metric}` < `${b.channel}${b.metric}` ? -1 : 1));
    const knex = t().knex;
    const increment = isMysql() ? knex.raw('?? + VALUES(??)', ['value', 'value']) : knex.raw('?? + excluded.??', ['value', 'value']);
    const write = () =>
      t()
        .stats(trx)
        .insert(rows.map((r) => ({ ...r, document_id: newDocumentId() })))
        .onConflict(['tenant_id', 'day', 'channel', 'metric'])
        .merge({ value: increment });
    // Concurrent first inserts of one key may deadlock in InnoDB: outside a caller's transaction, try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await write();
        return;
      } catch (err) {
        if (trx || attempt >= 3 || !isRetryable(err)) throw err;
      }
    }
  }

  // Every request bumps the same few rows (today's `total`, `delivered`…): concurrent bumps are
  // merged into one upsert instead of queueing on those rows' locks.
  const grouped = coalescer<StatBump[]>((lists) => upsert(lists.flat()));

  return {
    /** Adds to the counters; resolves once they are written (in the caller's transaction when given). */
    async bump(bumps: StatBump[], trx?: Knex.Transaction): Promise<void> {
      if (bumps.length === 0) return;
      if (trx) return upsert(bumps, trx);
      return grouped(bumps);
    },

    /** API.md's stats for one tenant (or all tenants for the admin when tenantId is null). */
    async summary(tenantId: number | null, from: string, to: string, channel?: string) {
      const q = t().stats().select('channel', 'metric').sum({ value: 'value' }).whereBetween('day', [from, to]).groupBy('channel', 'metric');
      if (tenantId !== null) q.where({ tenant_id: tenantId });
      if (channel) q.where({ channel });
      const rows = (await q) as Array<{ channel: string; metric: string; value: string | number }>;
      const byChannel: Record<string, Record<string, number>> = {};
      const buckets = new Map<number, number>();
      for (const r of rows) {
        const v = Number(r.value);
        if (r.metric.startsWith('lat:')) buckets.set(Number(r.metric.slice(4)), (buckets.get(Number(r.metric.slice(4))) ?? 0) + v);
        else (byChannel[r.channel] ??= {})[r.metric] = v;
      }
      const sum = (m: string) => Object.values(byChannel).reduce((a, c) => a + (c[m] ?? 0), 0);
      const total = sum('total');
      const delivered = sum('delivered');
      const failed = sum('failed');
      const canceled = sum('canceled');
      const perChannel = Object.fromEntries(
        Object.entries(byChannel).map(([name, c]) => [
          name,
          { total: c.total ?? 0, sent: c.sent ?? 0, delivered: c.delivered ?? 0, failed: c.failed ?? 0, canceled: c.canceled ?? 0 },
        ]),
      );
      return {
        total,
        sent: sum('sent'),
        delivered,
        failed,
        canceled,
        pending: Math.max(0, total - delivered - failed - canceled),
        successRate: delivered + failed > 0 ? Math.round((delivered / (delivered + failed)) * 10_000) / 10_000 : null,
        latencyMs: { p50: quantile(buckets, 0.5), p95: quantile(buckets, 0.95) },
        byChannel: perChannel,
      };
    },
  };
};
