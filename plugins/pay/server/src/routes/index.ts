import { documented } from '@wedraw/kit';
import { can } from '../permissions';
import { DOCS } from './docs';

const write = () => ({ middlewares: ['global::user-write-limit'] });
// WeChat Pay's servers carry no token: the signature is the authentication.
const callback = () => ({ auth: false as const, policies: [] });

/** Content-API actions granted to the authenticated role in bootstrap (refunds are not: API tokens only). */
export const USER_ACTIONS = [
  'plugin::pay.orders.create',
  'plugin::pay.orders.find',
  'plugin::pay.orders.findOne',
  'plugin::pay.orders.staffOrders',
  'plugin::pay.orders.staffSummary',
];
export const PUBLIC_ACTIONS = ['plugin::pay.orders.merchant'];

const admin = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler: `admin.${handler}`,
  config: { policies: can(action) },
});

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      documented({ method: 'GET', path: '/merchants/:code', handler: 'orders.merchant', config: {} }, DOCS.merchant),
      documented({ method: 'POST', path: '/orders', handler: 'orders.create', config: write() }, DOCS.create),
      documented({ method: 'GET', path: '/orders', handler: 'orders.find', config: {} }, DOCS.find),
      documented({ method: 'GET', path: '/orders/:orderNo', handler: 'orders.findOne', config: {} }, DOCS.findOne),
      documented({ method: 'POST', path: '/notify/:mchId', handler: 'notify.payment', config: callback() }, DOCS.notify),
      documented({ method: 'POST', path: '/refund-notify/:mchId', handler: 'notify.refund', config: callback() }, DOCS.refundNotify),
      documented({ method: 'POST', path: '/refunds', handler: 'orders.refund', config: {} }, DOCS.refund),
      documented({ method: 'GET', path: '/merchant/orders', handler: 'orders.staffOrders', config: {} }, DOCS.staffOrders),
      documented({ method: 'GET', path: '/merchant/summary', handler: 'orders.staffSummary', config: {} }, DOCS.staffSummary),
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      admin('GET', '/accounts', 'accounts', 'accounts.read'),
      admin('POST', '/accounts', 'createAccount', 'accounts.update'),
      admin('PUT', '/accounts/:id', 'updateAccount', 'accounts.update'),
      admin('POST', '/accounts/:id/certificates', 'refreshCertificates', 'accounts.update'),
      admin('GET', '/bills', 'bill', 'bills.read'),
      admin('GET', '/merchants', 'merchants', 'merchants.read'),
      admin('POST', '/merchants', 'createMerchant', 'merchants.update'),
      admin('PUT', '/merchants/:id', 'updateMerchant', 'merchants.update'),
      admin('POST', '/codes', 'createCode', 'merchants.update'),
      admin('PUT', '/codes/:id', 'updateCode', 'merchants.update'),
      admin('GET', '/orders', 'orders', 'orders.read'),
      admin('GET', '/orders/:orderNo', 'order', 'orders.read'),
      admin('POST', '/orders/:orderNo/reconcile', 'reconcile', 'orders.reconcile'),
      admin('POST', '/orders/:orderNo/release', 'release', 'orders.reconcile'),
      admin('GET', '/refunds', 'refunds', 'refunds.read'),
      admin('POST', '/refunds', 'createRefund', 'refunds.create'),
      admin('GET', '/risk/rules', 'riskRules', 'risk.read'),
      admin('POST', '/risk/rules', 'createRiskRule', 'risk.update'),
      admin('PUT', '/risk/rules/:id', 'updateRiskRule', 'risk.update'),
      admin('GET', '/risk/hits', 'riskHits', 'risk.read'),
    ],
  },
};
