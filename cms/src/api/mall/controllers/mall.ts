import type { Core } from '@strapi/strapi';

/**
 * GET /api/mall/home. The fast path in front of Strapi normally answers it from memory; this route
 * is the same snapshot through Strapi's stack (and keeps the permission an operator can see).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async home(ctx: any) {
    const cache = strapi.service('api::platform.cache').get('home');
    const snapshot = await cache.get();
    ctx.set('ETag', snapshot.etag);
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = snapshot.body;
  },
});
