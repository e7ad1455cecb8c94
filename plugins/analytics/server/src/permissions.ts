/** Admin RBAC actions (`plugin::analytics.<uid>`), registered in bootstrap; each admin route names one. */
import { adminActions } from '@wedraw/kit';

const { action, can } = adminActions('analytics');

export const ADMIN_ACTIONS = [
  action('dashboards.read', '查看数据看板', '数据看板'),
  action('dashboards.export', '导出看板数据', '数据看板'),
  action('aggregates.rebuild', '重建统计数据', '统计数据'),
];

export { can };
