import type { Core } from '@strapi/strapi';
import { BANNER_CLICK_UID } from './banner-click-days';
import { BANNER_UID } from './home';
import { registerVisitorDaySource } from './visitor-day-source';

/** Banner clicks per business day (订单与积分 dashboard): clicks and unique visitors, in all and per banner. */
export function registerBannerAnalytics(strapi: Core.Strapi): void {
  registerVisitorDaySource(strapi, {
    name: 'mall.bannerClicks',
    rowUid: BANNER_CLICK_UID,
    targetColumn: 'banner',
    countColumn: 'clicks',
    countMetric: { name: 'banners.clicks', label: '轮播图点击次数' },
    visitorMetric: { name: 'banners.visitors', label: '轮播图点击人数' },
    prefix: 'banner',
    targetUid: BANNER_UID,
    labelField: 'title',
  });
}
