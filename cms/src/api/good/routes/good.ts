/** The public catalogue replaces the core REST list and read of goods (API.md shapes). */
export default {
  routes: [
    { method: 'GET', path: '/goods', handler: 'good.list', config: { policies: [] } },
    { method: 'GET', path: '/goods/:documentId', handler: 'good.detail', config: { policies: [] } },
  ],
};
