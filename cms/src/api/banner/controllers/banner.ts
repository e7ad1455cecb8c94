import { factories } from '@strapi/strapi';
import { createBannerClicks } from '../../../mall/banner-clicks';

export default factories.createCoreController('api::banner.banner', ({ strapi }) => ({
  async click(ctx) {
    await createBannerClicks(strapi).record(String(ctx.params.documentId));
    ctx.status = 204;
  },
}));
