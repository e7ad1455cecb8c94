import { factories } from '@strapi/strapi';
import { z } from 'zod';
import { createCatalog } from '../../../mall/catalog';
import { pagination, parse } from '@wedraw/kit';
import { goodsSort } from '../../good/controllers/good';
import { visitorKey } from '../../../mall/banner-click-days';

export const zoneGoodsQuery = pagination.extend({ sort: goodsSort });
export const zoneParams = z.object({ code: z.string().regex(/^[a-z0-9-]{1,40}$/, '专区编码格式不正确') });

export default factories.createCoreController('api::zone.zone', ({ strapi }) => ({
  async goods(ctx) {
    const code = parse(zoneParams, ctx.params).code;
    const query = parse(zoneGoodsQuery, ctx.query);
    ctx.body = await createCatalog(strapi).zoneGoods(code, query, query.sort);
  },
  /** The H5 reports each opening of a zone's goods page (the goods reads themselves are cached). */
  async view(ctx) {
    const code = parse(zoneParams, ctx.params).code;
    const secret = String((strapi.config.get('server.app.keys') as string[] | undefined)?.[0] ?? '');
    const visitor = visitorKey(secret, { userId: ctx.state.user?.id, ip: ctx.request.ip, userAgent: ctx.get('user-agent') });
    await strapi.service('api::zone.zone').recordView(code, visitor);
    ctx.status = 204;
  },
}));
