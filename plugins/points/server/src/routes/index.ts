import { documented } from '@wedraw/kit';
import { CAN } from '../permissions';
import { DOCS } from './docs';

// Fresh config objects per route: Strapi writes each route's auth scope into its config.
const write = () => ({ middlewares: ['global::user-write-limit'] });
/** An authenticated admin holding the route's RBAC action (permissions.ts). */
const admin = (action: string) => ({ policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }] });

/** Content-API actions granted to the authenticated role in bootstrap (adjustments are not: API tokens only). */
export const USER_ACTIONS = [
  'plugin::points.me.summary',
  'plugin::points.me.transactions',
  'plugin::points.checkin.checkIn',
  'plugin::points.exchange.create',
  'plugin::points.exchange.find',
  'plugin::points.exchange.findOne',
  'plugin::points.exchange.cancel',
];

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      documented({ method: 'GET', path: '/me', handler: 'me.summary', config: {} }, DOCS.summary),
      documented({ method: 'GET', path: '/me/transactions', handler: 'me.transactions', config: {} }, DOCS.transactions),
      documented({ method: 'POST', path: '/checkin', handler: 'checkin.checkIn', config: write() }, DOCS.checkin),
      documented({ method: 'POST', path: '/exchanges', handler: 'exchange.create', config: write() }, DOCS.exchange),
      documented({ method: 'GET', path: '/exchanges', handler: 'exchange.find', config: {} }, DOCS.orders),
      documented({ method: 'GET', path: '/exchanges/:orderNo', handler: 'exchange.findOne', config: {} }, DOCS.order),
      documented({ method: 'POST', path: '/exchanges/:orderNo/cancel', handler: 'exchange.cancel', config: write() }, DOCS.cancel),
      documented({ method: 'POST', path: '/adjustments', handler: 'adjustment.create', config: write() }, DOCS.adjustment),
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/users', handler: 'admin-users.search', config: admin(CAN.readUsers) },
      { method: 'GET', path: '/users/:id/ledger', handler: 'admin-users.ledger', config: admin(CAN.readUsers) },
      { method: 'POST', path: '/adjustments', handler: 'admin-users.adjust', config: admin(CAN.adjust) },
      { method: 'GET', path: '/orders', handler: 'admin-orders.find', config: admin(CAN.readOrders) },
      { method: 'POST', path: '/orders/:orderNo/status', handler: 'admin-orders.move', config: admin(CAN.updateOrders) },
      { method: 'GET', path: '/stats/daily', handler: 'admin-reports.daily', config: admin(CAN.readReports) },
      { method: 'GET', path: '/verify', handler: 'admin-reports.verify', config: admin(CAN.readReports) },
    ],
  },
};
