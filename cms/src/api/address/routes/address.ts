/** A fresh object per route: Strapi writes each route's auth scope into its config. */
const writeLimited = () => ({ middlewares: ['global::user-write-limit'] });

export default {
  routes: [
    { method: 'GET', path: '/addresses', handler: 'address.find' },
    { method: 'POST', path: '/addresses', handler: 'address.create', config: writeLimited() },
    { method: 'GET', path: '/addresses/:documentId', handler: 'address.findOne' },
    { method: 'PUT', path: '/addresses/:documentId', handler: 'address.update', config: writeLimited() },
    { method: 'DELETE', path: '/addresses/:documentId', handler: 'address.delete', config: writeLimited() },
  ],
};
