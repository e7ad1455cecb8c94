export default {
  routes: [{ method: 'POST', path: '/banners/:documentId/click', handler: 'banner.click', config: { policies: [] } }],
};
