import { dataOf, documented, goodDetailShape, goodCardShape, pageOf } from '@wedraw/kit';
import { goodParams, goodsListQuery } from '../controllers/good';

/** The public catalogue replaces the core REST list and read of goods (API.md shapes). */
export default {
  routes: [
    documented(
      { method: 'GET', path: '/goods', handler: 'good.list', config: { policies: [] } },
      {
        summary: '商品列表（上架商品）',
        description: '按分类（含下级分类）、专区编码、标题关键词筛选；排序 `sales:desc`、`pointsPrice:asc`、`pointsPrice:desc`、`newest`。',
        security: 'public',
        query: goodsListQuery,
        responses: { 200: pageOf(goodCardShape) },
      },
    ),
    documented(
      { method: 'GET', path: '/goods/:documentId', handler: 'good.detail', config: { policies: [] } },
      { summary: '商品详情（含 SKU）', description: '下架的商品为 404。', security: 'public', params: goodParams, responses: { 200: dataOf(goodDetailShape) } },
    ),
  ],
};
