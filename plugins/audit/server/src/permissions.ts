/** Admin RBAC actions (`plugin::audit.<uid>`), registered in bootstrap; each admin route names one. */
import { adminActions } from '@wedraw/kit';

const { action, can } = adminActions('audit');

export const ADMIN_ACTIONS = [
  action('login-logs.read', '查看登录日志', '日志'),
  action('operation-logs.read', '查看操作日志', '日志'),
  action('logs.export', '导出日志', '日志'),
  action('sessions.read', '查看在线管理员', '在线管理员'),
  action('sessions.revoke', '强制下线', '在线管理员'),
  action('settings.read', '查看安全设置', '安全设置'),
  action('settings.update', '修改安全设置、解除锁定、清理日志', '安全设置'),
  action('phone.view-full', '查看完整手机号', '数据权限'),
];

/** Admin route policies: an authenticated admin holding the plugin's action. */
export { can };
