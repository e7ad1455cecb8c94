export const UID = {
  corp: 'plugin::wecom.corp',
  department: 'plugin::wecom.department',
  member: 'plugin::wecom.member',
  memberImport: 'plugin::wecom.member-import',
  tag: 'plugin::wecom.tag',
  syncRun: 'plugin::wecom.sync-run',
  account: 'plugin::wecom.account',
  accountStatusChange: 'plugin::wecom.account-status-change',
  customer: 'plugin::wecom.customer',
  customerFollow: 'plugin::wecom.customer-follow',
  welcomeRule: 'plugin::wecom.welcome-rule',
  welcomeSend: 'plugin::wecom.welcome-send',
} as const;
