import { dataOf, documented, mallHomeShape } from '@wedraw/kit';

export default {
  routes: [
    documented(
      { method: 'GET', path: '/mall/home', handler: 'mall.home', config: { policies: [] } },
      {
        summary: '商城首页：轮播图、专区、一级分类',
        description: '来自缓存；运营修改后 1 秒内刷新。带 `ETag`，`If-None-Match` 命中时为 304。',
        security: 'public',
        responses: { 200: dataOf(mallHomeShape) },
      },
    ),
  ],
};
