export const UID = {
  rule: 'plugin::ops.alert-rule',
  alert: 'plugin::ops.alert',
  event: 'plugin::ops.alert-event',
  target: 'plugin::ops.alert-target',
  report: 'plugin::ops.report',
  silence: 'plugin::ops.silence',
} as const;
