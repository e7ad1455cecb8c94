export default {
  routes: [{ method: 'GET', path: '/mall/home', handler: 'mall.home', config: { policies: [] } }],
};
