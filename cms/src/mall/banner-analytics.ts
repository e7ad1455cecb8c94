import type { Core } from '@strapi/strapi';
import { sourceTable, statTally, type AnalyticsSource } from '@wedraw/kit';
import { BANNER_CLICK_UID } from './banner-click-days';
import { BANNER_UID } from './home';

/**
 * Banner clicks per business day for the analytics plugin (订单与积分 dashboard): every click and
 * the unique visitors, in all (`''`) and per banner (`banner:<documentId>`). Read from the per-day
 * click rows, whose `updated_at` moves on every click (the catch-up's checkpoint).
 */
export function registerBannerAnalytics(strapi: Core.Strapi): void {
  const t = sourceTable(strapi as never, BANNER_CLICK_UID);
  const source: AnalyticsSource = {
    name: 'mall.bannerClicks',
    domain: 'orders',
    metrics: [
      { name: 'banners.clicks', label: '轮播图点击次数' },
      { name: 'banners.visitors', label: '轮播图点击人数' },
    ],
    changedDays: (since, limit, overlapMs) => t.changedDays(since, limit, overlapMs, ['day']),
    latest: () => t.latest(),
    async allDays() {
      return ((await t.table().distinct(`${t.col('day')} as day`)) as { day: string }[]).map((r) => r.day).sort();
    },
    async countDays(days) {
      const tally = statTally();
      if (days.length === 0) return tally.rows();
      const perBanner = (await t
        .table()
        .select(`${t.col('day')} as day`, `${t.col('banner')} as banner`)
        .sum({ clicks: t.col('clicks') })
        .count({ visitors: '*' })
        .whereIn(t.col('day'), days)
        .groupBy(t.col('day'), t.col('banner'))) as { day: string; banner: string; clicks: string | number; visitors: string | number }[];
      for (const r of perBanner) {
        tally.add('banners.clicks', '', r.day, Number(r.clicks));
        tally.add('banners.clicks', `banner:${r.banner}`, r.day, Number(r.clicks));
        tally.add('banners.visitors', `banner:${r.banner}`, r.day, Number(r.visitors));
      }
      // In all, a visitor who clicked several banners that day is one visitor.
      const perDay = (await t
        .table()
        .select(`${t.col('day')} as day`)
        .countDistinct({ visitors: t.col('visitor') })
        .whereIn(t.col('day'), days)
        .groupBy(t.col('day'))) as { day: string; visitors: string | number }[];
      for (const r of perDay) tally.add('banners.visitors', '', r.day, Number(r.visitors));
      return tally.rows();
    },
    /** `banner:<documentId>` → the banner's title (a deleted banner keeps its id). */
    async dimensionLabels(dimensions) {
      const ids = dimensions.filter((d) => d.startsWith('banner:')).map((d) => d.slice('banner:'.length));
      if (ids.length === 0) return {};
      const banners = (await strapi.db.query(BANNER_UID).findMany({ where: { documentId: { $in: ids } }, select: ['documentId', 'title'] })) as Array<{
        documentId: string;
        title: string;
      }>;
      return Object.fromEntries(banners.map((b) => [`banner:${b.documentId}`, b.title]));
    },
  };
  strapi.plugin('analytics')?.service('sources').register(source);
}
