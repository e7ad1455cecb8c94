import type { Core } from '@strapi/strapi';
import { sourceTable, statTally, type AnalyticsSource } from '@wedraw/kit';
import { ZONE_UID } from './goods-query';
import { ZONE_VIEW_UID } from './zone-views';

/**
 * Zone views per business day for the analytics plugin (订单与积分 dashboard): every opening of a
 * zone's goods page and the unique visitors, in all (`''`) and per zone (`zone:<documentId>`). Read
 * from the per-day view rows, whose `updated_at` moves on every view (the catch-up's checkpoint).
 * Exchanges are not counted per zone: an order does not record the zone it came from, and a zone's
 * goods change with its strategy, so no recount could give the same number twice.
 */
export function registerZoneAnalytics(strapi: Core.Strapi): void {
  const t = sourceTable(strapi as never, ZONE_VIEW_UID);
  const source: AnalyticsSource = {
    name: 'mall.zoneViews',
    domain: 'orders',
    metrics: [
      { name: 'zones.views', label: '专区浏览次数' },
      { name: 'zones.visitors', label: '专区浏览人数' },
    ],
    changedDays: (since, limit, overlapMs) => t.changedDays(since, limit, overlapMs, ['day']),
    latest: () => t.latest(),
    async allDays() {
      return ((await t.table().distinct(`${t.col('day')} as day`)) as { day: string }[]).map((r) => r.day).sort();
    },
    async countDays(days) {
      const tally = statTally();
      if (days.length === 0) return tally.rows();
      const perZone = (await t
        .table()
        .select(`${t.col('day')} as day`, `${t.col('zone')} as zone`)
        .sum({ views: t.col('views') })
        .count({ visitors: '*' })
        .whereIn(t.col('day'), days)
        .groupBy(t.col('day'), t.col('zone'))) as { day: string; zone: string; views: string | number; visitors: string | number }[];
      for (const r of perZone) {
        tally.add('zones.views', '', r.day, Number(r.views));
        tally.add('zones.views', `zone:${r.zone}`, r.day, Number(r.views));
        tally.add('zones.visitors', `zone:${r.zone}`, r.day, Number(r.visitors));
      }
      // In all, a visitor who opened several zones that day is one visitor.
      const perDay = (await t
        .table()
        .select(`${t.col('day')} as day`)
        .countDistinct({ visitors: t.col('visitor') })
        .whereIn(t.col('day'), days)
        .groupBy(t.col('day'))) as { day: string; visitors: string | number }[];
      for (const r of perDay) tally.add('zones.visitors', '', r.day, Number(r.visitors));
      return tally.rows();
    },
    /** `zone:<documentId>` → the zone's name (a deleted zone keeps its id). */
    async dimensionLabels(dimensions) {
      const ids = dimensions.filter((d) => d.startsWith('zone:')).map((d) => d.slice('zone:'.length));
      if (ids.length === 0) return {};
      const zones = (await strapi.db.query(ZONE_UID).findMany({ where: { documentId: { $in: ids } }, select: ['documentId', 'name'] })) as Array<{
        documentId: string;
        name: string;
      }>;
      return Object.fromEntries(zones.map((z) => [`zone:${z.documentId}`, z.name]));
    },
  };
  strapi.plugin('analytics')?.service('sources').register(source);
}
