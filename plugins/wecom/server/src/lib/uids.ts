export const UID = {
  corp: 'plugin::wecom.corp',
  department: 'plugin::wecom.department',
  member: 'plugin::wecom.member',
  memberImport: 'plugin::wecom.member-import',
  tag: 'plugin::wecom.tag',
  syncRun: 'plugin::wecom.sync-run',
  account: 'plugin::wecom.account',
  accountStatusChange: 'plugin::wecom.account-status-change',
  robot: 'plugin::wecom.robot',
  robotMessage: 'plugin::wecom.robot-message',
  appchat: 'plugin::wecom.appchat',
} as const;
