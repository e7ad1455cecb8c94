import { z } from 'zod';
import { categoryShape, dataOf, documented } from '@wedraw/kit';

export default {
  routes: [
    documented(
      { method: 'GET', path: '/categories/tree', handler: 'category.tree', config: { policies: [] } },
      { summary: '启用的分类树（至多 3 级，已排序）', security: 'public', responses: { 200: dataOf(z.array(categoryShape)) } },
    ),
  ],
};
