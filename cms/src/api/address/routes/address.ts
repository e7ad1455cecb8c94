/** A fresh object per route: Strapi writes each route's auth scope into its config. */
const writeLimited = () => ({ middlewares: ['global::user-write-limit'] });

export default {
  routes: [
    { method: 'GET', path: '/addresses', handler: 'address.listOwn' },
    { method: 'POST', path: '/addresses', handler: 'address.createOwn', config: writeLimited() },
    { method: 'GET', path: '/addresses/:documentId', handler: 'address.findOwn' },
    { method: 'PUT', path: '/addresses/:documentId', handler: 'address.updateOwn', config: writeLimited() },
    { method: 'DELETE', path: '/addresses/:documentId', handler: 'address.deleteOwn', config: writeLimited() },
  ],
};
