/** Admin RBAC actions (`plugin::messaging.<uid>`), registered in bootstrap; each admin route names one. */
import { adminActions } from '@wedraw/kit';

const { action, can } = adminActions('messaging');

export const ADMIN_ACTIONS = [
  action('channels.read', '查看渠道', '渠道'),
  action('channels.update', '启停渠道、修改限速', '渠道'),
  action('templates.read', '查看消息模板', '模板'),
  action('templates.update', '新增、修改、删除消息模板', '模板'),
  action('notifications.read', '查看通知设置', '通知设置'),
  action('notifications.update', '修改通知设置', '通知设置'),
  action('messages.read', '查看发送记录与统计', '发送记录'),
  action('messages.send', '发送消息', '发送'),
  action('tenants.read', '查看租户与用量', '租户'),
  action('tenants.update', '新增、修改租户，签发密钥', '租户'),
];

/** Admin route policies: an authenticated admin holding the plugin's action. */
export { can };
