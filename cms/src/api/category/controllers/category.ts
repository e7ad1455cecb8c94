import { factories } from '@strapi/strapi';
import { createCatalog } from '../../../mall/catalog';

export default factories.createCoreController('api::category.category', ({ strapi }) => ({
  async tree(ctx) {
    const tree = await createCatalog(strapi).loadCategoryTree();
    ctx.body = { data: tree.toPublicTree() };
  },
}));
