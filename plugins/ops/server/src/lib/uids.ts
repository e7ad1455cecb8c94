export const UID = {
  rule: 'plugin::ops.alert-rule',
  alert: 'plugin::ops.alert',
  event: 'plugin::ops.alert-event',
  silence: 'plugin::ops.silence',
} as const;
