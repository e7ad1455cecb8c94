/** Admin RBAC actions (`plugin::pay.<uid>`), registered in bootstrap; each admin route names one. */
import { adminActions } from '@wedraw/kit';

const { action, can } = adminActions('pay');

export const ADMIN_ACTIONS = [
  action('accounts.read', '查看商户号', '商户号'),
  action('accounts.update', '新增、修改商户号与密钥', '商户号'),
  action('merchants.read', '查看商户与收款码', '商户与收款码'),
  action('merchants.update', '新增、修改商户与收款码', '商户与收款码'),
  action('orders.read', '查看支付订单与通知日志', '支付订单'),
  action('orders.reconcile', '查询对账、释放待审核积分', '支付订单'),
  action('bills.read', '下载交易账单并对账', '对账'),
  action('refunds.read', '查看退款', '退款'),
  action('refunds.create', '发起退款', '退款'),
  action('risk.read', '查看风控规则与命中', '风控'),
  action('risk.update', '修改风控规则', '风控'),
];

export { can };
