import type { Core } from '@strapi/strapi';
import { sourceTable, statTally, type AnalyticsSource } from '@wedraw/kit';

/** What one per-visitor-per-day counting table (banner clicks, zone views) reports to analytics. */
export interface VisitorDaySourceDef {
  /** The analytics source's name, e.g. `mall.bannerClicks`. */
  name: string;
  /** The per-day rows: one per target × visitor × business day, with a count column. */
  rowUid: string;
  /** The column naming the target (a documentId) and the one holding the count. */
  targetColumn: string;
  countColumn: string;
  /** The metrics: events counted and unique visitors, e.g. `banners.clicks`, `banners.visitors`. */
  countMetric: { name: string; label: string };
  visitorMetric: { name: string; label: string };
  /** Per-target dimension prefix (`banner` → `banner:<documentId>`) and where its label is read. */
  prefix: string;
  targetUid: string;
  labelField: string;
}

/**
 * A source for the analytics plugin (订单与积分 dashboard) over per-visitor-per-day rows: the events
 * and unique visitors in all (`''`) and per target (`<prefix>:<documentId>`). The rows' `updated_at`
 * moves on every event (the catch-up's checkpoint). In all, a visitor counted for several targets
 * that day is one visitor.
 */
export function registerVisitorDaySource(strapi: Core.Strapi, def: VisitorDaySourceDef): void {
  const t = sourceTable(strapi as never, def.rowUid);
  const count = def.countMetric.name;
  const visitors = def.visitorMetric.name;
  const source: AnalyticsSource = {
    name: def.name,
    domain: 'orders',
    metrics: [def.countMetric, def.visitorMetric],
    changedDays: (since, limit, overlapMs) => t.changedDays(since, limit, overlapMs, ['day']),
    latest: () => t.latest(),
    async allDays() {
      return ((await t.table().distinct(`${t.col('day')} as day`)) as { day: string }[]).map((r) => r.day).sort();
    },
    async countDays(days) {
      const tally = statTally();
      if (days.length === 0) return tally.rows();
      const perTarget = (await t
        .table()
        .select(`${t.col('day')} as day`, `${t.col(def.targetColumn)} as target`)
        .sum({ events: t.col(def.countColumn) })
        .count({ visitors: '*' })
        .whereIn(t.col('day'), days)
        .groupBy(t.col('day'), t.col(def.targetColumn))) as { day: string; target: string; events: string | number; visitors: string | number }[];
      for (const r of perTarget) {
        tally.add(count, '', r.day, Number(r.events));
        tally.add(count, `${def.prefix}:${r.target}`, r.day, Number(r.events));
        tally.add(visitors, `${def.prefix}:${r.target}`, r.day, Number(r.visitors));
      }
      const perDay = (await t
        .table()
        .select(`${t.col('day')} as day`)
        .countDistinct({ visitors: t.col('visitor') })
        .whereIn(t.col('day'), days)
        .groupBy(t.col('day'))) as { day: string; visitors: string | number }[];
      for (const r of perDay) tally.add(visitors, '', r.day, Number(r.visitors));
      return tally.rows();
    },
    /** `<prefix>:<documentId>` → the target's title or name (a deleted one keeps its id). */
    async dimensionLabels(dimensions) {
      const head = `${def.prefix}:`;
      const ids = dimensions.filter((d) => d.startsWith(head)).map((d) => d.slice(head.length));
      if (ids.length === 0) return {};
      const rows = (await strapi.db
        .query(def.targetUid as never)
        .findMany({ where: { documentId: { $in: ids } }, select: ['documentId', def.labelField] })) as Array<Record<string, string>>;
      return Object.fromEntries(rows.map((r) => [`${head}${r.documentId}`, r[def.labelField] as string]));
    },
  };
  strapi.plugin('analytics')?.service('sources').register(source);
}
