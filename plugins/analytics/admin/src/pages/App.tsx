import { TabbedPage, useHeldActions } from '@wedraw/kit/admin';
import { DomainBoard } from './DomainBoard';
import { HomeBoard } from './HomeWidget';

const DOMAINS = [
  ['home', '概况'],
  ['fans', '粉丝'],
  ['orders', '订单与积分'],
  ['messages', '消息'],
  ['wecom', '企业微信'],
  ['pay', '支付与商户'],
] as const;

/** 数据分析: the home figures, then one dashboard per domain. */
export default function App() {
  const { isLoading, held } = useHeldActions({ read: 'plugin::analytics.dashboards.read' });
  return (
    <TabbedPage
      title="数据分析"
      subtitle="每日统计（北京时间），由后台任务每分钟增量更新"
      isLoading={isLoading}
      tabs={DOMAINS.map(([value, label]) => held.read && { value, label, node: value === 'home' ? <HomeBoard /> : <DomainBoard domain={value} /> })}
    />
  );
}
