import { documented, goodCardShape, pageOf } from '@wedraw/kit';
import { zoneGoodsQuery, zoneParams } from '../controllers/zone';

export default {
  routes: [
    documented(
      { method: 'GET', path: '/zones/:code/goods', handler: 'zone.goods', config: { policies: [] } },
      { summary: '专区商品（按专区顺序，分页）', security: 'public', params: zoneParams, query: zoneGoodsQuery, responses: { 200: pageOf(goodCardShape) } },
    ),
  ],
};
