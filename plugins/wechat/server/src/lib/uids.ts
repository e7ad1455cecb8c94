export const UID = {
  app: 'plugin::wechat.app',
  fan: 'plugin::wechat.fan',
  fanTag: 'plugin::wechat.fan-tag',
  fanSyncRun: 'plugin::wechat.fan-sync-run',
  identity: 'plugin::wechat.identity',
  menu: 'plugin::wechat.menu',
  message: 'plugin::wechat.message',
  reply: 'plugin::wechat.reply',
  template: 'plugin::wechat.template',
  templateSend: 'plugin::wechat.template-send',
  user: 'plugin::users-permissions.user',
  role: 'plugin::users-permissions.role',
} as const;
