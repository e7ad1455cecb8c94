import batches from './batches';
import callbacks from './callbacks';
import channels from './channels';
import delivery from './delivery';
import intake from './intake';
import notifications from './notifications';
import quotas from './quotas';
import receiptWindow from './receipt-window';
import recipients from './recipients';
import recordQueries from './record-queries';
import retention from './retention';
import sending from './sending';
import signatures from './signatures';
import stats from './stats';
import templates from './templates';
import tenantAuth from './tenant-auth';
import tenants from './tenants';

/** The plugin's services, listed once: Strapi registers this map and `lib/services.ts` types from it. */
export default {
  batches,
  callbacks,
  channels,
  delivery,
  intake,
  notifications,
  quotas,
  receiptWindow,
  recipients,
  recordQueries,
  retention,
  sending,
  signatures,
  stats,
  templates,
  tenantAuth,
  tenants,
};
