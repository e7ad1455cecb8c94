/** Admin RBAC actions (`plugin::ops.<uid>`), registered in bootstrap; each admin route names one. */
import { adminActions } from '@wedraw/kit';

const { action, can } = adminActions('ops');

export const ADMIN_ACTIONS = [
  action('overview.read', '查看运维概览与指标', '运维监控'),
  action('rules.read', '查看告警规则', '告警规则'),
  action('rules.update', '新建、修改、停用告警规则', '告警规则'),
  action('alerts.read', '查看告警历史', '告警历史'),
  action('silences.read', '查看静默', '静默'),
  action('silences.update', '新建、结束静默', '静默'),
];

export { can };
