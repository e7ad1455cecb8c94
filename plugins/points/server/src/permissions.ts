import { adminActions } from '@wedraw/kit';

const { action } = adminActions('points');

/** Admin RBAC actions of the points plugin (`plugin::points.<uid>`); every admin route needs one. */
export const ADMIN_ACTIONS = [
  action('users.read', '查看用户积分与流水', '用户积分'),
  action('users.adjust', '人工调整用户积分', '用户积分'),
  action('orders.read', '查看兑换订单', '兑换订单'),
  action('orders.update', '审核、发货、完成与取消兑换订单', '兑换订单'),
  action('reports.read', '查看每日统计与对账', '统计'),
];

export { CAN } from './action-names';
