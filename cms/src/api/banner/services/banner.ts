import { factories } from '@strapi/strapi';
import { createBannerClicks } from '../../../mall/banner-clicks';

export default factories.createCoreService('api::banner.banner', ({ strapi }) => ({
  /** Count a click (Redis, or memory in development). 404 for an unknown banner. */
  recordClick(documentId: string) {
    return createBannerClicks(strapi).record(documentId);
  },
  /** Write pending clicks into banners.clicks; the mall queue runs it every minute. */
  flushClicks() {
    return createBannerClicks(strapi).flush();
  },
}));
