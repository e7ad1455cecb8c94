/** The plugin's content-type uids, named once. */
export const UID = {
  tenant: 'plugin::messaging.tenant',
  tenantKey: 'plugin::messaging.tenant-key',
  tenantUsage: 'plugin::messaging.tenant-usage',
  message: 'plugin::messaging.message',
  messageStat: 'plugin::messaging.message-stat',
  template: 'plugin::messaging.template',
} as const;

/** Queues of the center (BullMQ in production and CI, the in-process runner in development). */
export const DELIVERY_QUEUE = 'messaging-delivery';
export const CALLBACK_QUEUE = 'messaging-callbacks';
