import type { Core } from '@strapi/strapi';
import { ZONE_UID } from './goods-query';
import { ZONE_VIEW_UID } from './zone-views';
import { registerVisitorDaySource } from './visitor-day-source';

/**
 * Zone views per business day (订单与积分 dashboard): openings of a zone's goods page and unique
 * visitors, in all and per zone. Exchanges are not counted per zone: an order does not record the
 * zone it came from, and a zone's goods change with its strategy, so no recount could give the same
 * number twice.
 */
export function registerZoneAnalytics(strapi: Core.Strapi): void {
  registerVisitorDaySource(strapi, {
    name: 'mall.zoneViews',
    rowUid: ZONE_VIEW_UID,
    targetColumn: 'zone',
    countColumn: 'views',
    countMetric: { name: 'zones.views', label: '专区浏览次数' },
    visitorMetric: { name: 'zones.visitors', label: '专区浏览人数' },
    prefix: 'zone',
    targetUid: ZONE_UID,
    labelField: 'name',
  });
}
