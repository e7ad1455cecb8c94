export default {
  routes: [{ method: 'GET', path: '/categories/tree', handler: 'category.tree', config: { policies: [] } }],
};
