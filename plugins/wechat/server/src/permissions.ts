import { MENU_ACTIONS } from './menu-permissions';
import { TEMPLATE_ADMIN_ACTIONS } from './routes/templates';

/** Admin RBAC actions (`plugin::wechat.<uid>`), so a role can be given read-only access. */
export const ADMIN_ACTIONS = [
  { section: 'plugins', displayName: '查看公众号/小程序', uid: 'apps.read', pluginName: 'wechat', subCategory: '应用' },
  { section: 'plugins', displayName: '新增、修改、删除应用与密钥', uid: 'apps.update', pluginName: 'wechat', subCategory: '应用' },
  { section: 'plugins', displayName: '查看粉丝', uid: 'fans.read', pluginName: 'wechat', subCategory: '粉丝' },
  { section: 'plugins', displayName: '查看粉丝消息', uid: 'messages.read', pluginName: 'wechat', subCategory: '粉丝' },
  ...MENU_ACTIONS,
  ...TEMPLATE_ADMIN_ACTIONS,
  { section: 'plugins', displayName: '同步粉丝', uid: 'fans.sync', pluginName: 'wechat', subCategory: '粉丝' },
  { section: 'plugins', displayName: '管理粉丝标签与打标签', uid: 'tags.update', pluginName: 'wechat', subCategory: '粉丝' },
];
