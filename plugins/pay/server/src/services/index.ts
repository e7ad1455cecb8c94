import accounts from './accounts';
import alerts from './alerts';
import bills from './bills';
import certificates from './certificates';
import demo from './demo';
import expiry from './expiry';
import merchants from './merchants';
import notifications from './notifications';
import orders from './orders';
import refunds from './refunds';
import risk from './risk';
import settlement from './settlement';
import staff from './staff';

/** The plugin's services, listed once: Strapi registers this map and `lib/services.ts` types from it. */
export default { accounts, alerts, bills, certificates, demo, expiry, merchants, notifications, orders, refunds, risk, settlement, staff };
