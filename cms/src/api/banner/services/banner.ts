import { factories } from '@strapi/strapi';
import { createBannerClicks } from '../../../mall/banner-clicks';

export default factories.createCoreService('api::banner.banner', ({ strapi }) => ({
  /** Count a click: the running total (Redis, or memory in development) and the visitor's day. 404 for an unknown banner. */
  recordClick(documentId: string, visitor: string, at?: Date) {
    return createBannerClicks(strapi).record(documentId, visitor, at);
  },
  /** Write pending clicks into banners.clicks; the mall queue runs it every minute. */
  flushClicks() {
    return createBannerClicks(strapi).flush();
  },
}));
