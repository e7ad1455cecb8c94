import { factories } from '@strapi/strapi';
import { z } from 'zod';
import { createCatalog } from '../../../mall/catalog';
import { pagination, parse } from '@wedraw/kit';

export const goodsSort = z
  .enum(['sales:desc', 'pointsPrice:asc', 'pointsPrice:desc', 'newest'], {
    errorMap: () => ({ message: '排序只能是 sales:desc、pointsPrice:asc、pointsPrice:desc 或 newest' }),
  })
  .optional();

export const goodsListQuery = pagination.extend({
  category: z.string().trim().min(1).max(64).optional(),
  zone: z.string().trim().min(1).max(40).optional(),
  q: z.string().trim().max(50, '搜索词不能超过 50 个字').optional(),
  sort: goodsSort,
});

export const goodParams = z.object({ documentId: z.string().min(1).max(64) });

/** Public catalogue: GET /api/goods (filters, sorts, paginated GoodCards) and GET /api/goods/:documentId. */
export default factories.createCoreController('api::good.good', ({ strapi }) => ({
  async list(ctx) {
    const { page, pageSize, ...filters } = parse(goodsListQuery, ctx.query);
    ctx.body = await createCatalog(strapi).list({ ...filters, q: filters.q || undefined }, { page, pageSize });
  },

  async detail(ctx) {
    const { documentId } = parse(goodParams, ctx.params);
    ctx.body = { data: await createCatalog(strapi).detail(documentId) };
  },
}));
