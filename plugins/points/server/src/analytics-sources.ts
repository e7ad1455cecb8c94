import type { Core } from '@strapi/strapi';
import { countingSource, sourceTable, statTally, type AnalyticsSource } from '@wedraw/kit';
import { ORDER, TRANSACTION } from './util/uids';

/** The ledger counted per business day (its own `day` column): issued, spent (net of refunds), expired, by source. */
function ledgerSource(strapi: Core.Strapi): AnalyticsSource {
  const t = sourceTable(strapi as any, TRANSACTION);
  return {
    name: 'points.ledger',
    domain: 'orders',
    metrics: [
      { name: 'points.issued', label: '发放积分', unit: '积分' },
      { name: 'points.spent', label: '消耗积分', unit: '积分' },
      { name: 'points.expired', label: '过期积分', unit: '积分' },
    ],
    changedDays: (since, limit, overlapMs) => t.changedDays(since, limit, overlapMs, ['day']),
    latest: () => t.latest(),
    async allDays() {
      return ((await t.table().distinct(`${t.col('day')} as day`)) as { day: string }[]).map((r) => r.day).sort();
    },
    async countDays(days) {
      const rows = (await t
        .table()
        .select(`${t.col('day')} as day`, `${t.col('type')} as type`, `${t.col('source')} as source`)
        .sum({ total: t.col('delta') })
        .whereIn(t.col('day'), days)
        .groupBy(t.col('day'), t.col('type'), t.col('source'))) as { day: string; type: string; source: string | null; total: string | number }[];
      const tally = statTally();
      for (const r of rows) {
        const total = Number(r.total);
        const metric =
          r.type === 'earn' ? 'points.issued' : r.type === 'spend' || r.type === 'refund' ? 'points.spent' : r.type === 'expire' ? 'points.expired' : null;
        if (!metric) continue;
        const value = metric === 'points.issued' ? total : -total;
        tally.add(metric, '', r.day, value);
        tally.add(metric, `source:${r.source ?? ''}`, r.day, value);
      }
      return tally.rows();
    },
  };
}

const LIVE = ['pending_review', 'to_ship', 'shipped', 'completed'];

/**
 * Exchange orders by the business day they were placed: placed, cancelled (of those placed that
 * day), points and goods of the orders not cancelled. An order's creation time never moves, so a
 * status change recounts the day it was placed.
 */
function orderSource(strapi: Core.Strapi): AnalyticsSource {
  const t = sourceTable(strapi as any, ORDER);
  const waiting = async (status: string) =>
    Number(((await t.table().count({ n: '*' }).where(t.col('status'), status).first()) as { n: string | number } | undefined)?.n ?? 0);
  return countingSource(strapi as any, {
    name: 'points.orders',
    domain: 'orders',
    uid: ORDER,
    counts: [
      { metric: 'orders.created', label: '兑换订单', at: 'createdAt' },
      { metric: 'orders.cancelled', label: '已取消订单', at: 'createdAt', where: { status: 'cancelled' } },
      {
        metric: 'orders.points',
        label: '兑换积分',
        unit: '积分',
        at: 'createdAt',
        where: { status: LIVE },
        value: { attributes: ['totalPoints'], of: (r) => Number(r.totalPoints ?? 0) },
      },
      {
        metric: 'orders.goods',
        label: '兑换件数',
        at: 'createdAt',
        where: { status: LIVE },
        by: [{ attribute: 'goodId', prefix: 'good:' }],
        value: { attributes: ['quantity'], of: (r) => Number(r.quantity ?? 0) },
      },
    ],
    attention: async () => [
      { key: 'orders.toShip', label: '待发货订单', value: await waiting('to_ship'), link: '/plugins/points' },
      { key: 'orders.pendingReview', label: '待审核订单', value: await waiting('pending_review'), link: '/plugins/points' },
    ],
  });
}

/** Registers the points plugin's sources when the analytics plugin is installed. */
export function registerAnalyticsSources(strapi: Core.Strapi): void {
  const registry = strapi.plugin('analytics')?.service('sources');
  if (!registry) return;
  registry.register(ledgerSource(strapi));
  registry.register(orderSource(strapi));
}
