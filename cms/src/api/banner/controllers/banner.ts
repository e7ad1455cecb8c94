import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::banner.banner', ({ strapi }) => ({
  async click(ctx) {
    await strapi.service('api::banner.banner').recordClick(String(ctx.params.documentId));
    ctx.status = 204;
  },
}));
