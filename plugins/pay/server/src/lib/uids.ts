export const UID = {
  account: 'plugin::pay.merchant-account',
  merchant: 'plugin::pay.merchant',
  code: 'plugin::pay.pay-code',
  order: 'plugin::pay.pay-order',
  refund: 'plugin::pay.refund',
  notifyLog: 'plugin::pay.notify-log',
  riskRule: 'plugin::pay.risk-rule',
  riskHit: 'plugin::pay.risk-hit',
  identity: 'plugin::wechat.identity',
} as const;
