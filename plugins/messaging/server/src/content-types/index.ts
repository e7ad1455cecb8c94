import message from './message/schema.json';
import messageStat from './message-stat/schema.json';
import template from './template/schema.json';
import tenant from './tenant/schema.json';
import tenantKey from './tenant-key/schema.json';
import tenantUsage from './tenant-usage/schema.json';

export default {
  tenant: { schema: tenant },
  'tenant-key': { schema: tenantKey },
  'tenant-usage': { schema: tenantUsage },
  message: { schema: message },
  'message-stat': { schema: messageStat },
  template: { schema: template },
};
