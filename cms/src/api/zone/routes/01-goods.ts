export default {
  routes: [{ method: 'GET', path: '/zones/:code/goods', handler: 'zone.goods', config: { policies: [] } }],
};
