/** Admin RBAC actions (`plugin::ops.<uid>`), registered in bootstrap; each admin route names one. */
import { adminActions } from '@wedraw/kit';

const { action, can } = adminActions('ops');

export const ADMIN_ACTIONS = [
  action('overview.read', '查看运维概览与指标', '运维监控'),
  action('rules.read', '查看告警规则', '告警规则'),
  action('rules.update', '新建、修改、停用、删除告警规则', '告警规则'),
  action('targets.read', '查看通知对象', '通知对象'),
  action('targets.update', '新建、修改、删除通知对象', '通知对象'),
  action('reports.read', '查看运维报表', '运维报表'),
  action('reports.generate', '立即生成运维报表', '运维报表'),
  action('alerts.read', '查看告警历史', '告警历史'),
  action('silences.read', '查看静默', '静默'),
  action('silences.update', '新建、结束静默', '静默'),
];

export { can };
