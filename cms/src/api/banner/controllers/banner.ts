import { factories } from '@strapi/strapi';
import { visitorKey } from '../../../mall/banner-click-days';

export default factories.createCoreController('api::banner.banner', ({ strapi }) => ({
  async click(ctx) {
    const secret = String((strapi.config.get('server.app.keys') as string[] | undefined)?.[0] ?? '');
    const visitor = visitorKey(secret, { userId: ctx.state.user?.id, ip: ctx.request.ip, userAgent: ctx.get('user-agent') });
    await strapi.service('api::banner.banner').recordClick(String(ctx.params.documentId), visitor);
    ctx.status = 204;
  },
}));
