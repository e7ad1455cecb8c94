import { TabbedPage } from '@wedraw/kit/admin';
import { usePagePermissions } from '../permissions';
import { DailyTotals } from './DailyTotals';
import { Orders } from './Orders';
import { UserPoints } from './UserPoints';

/** 积分管理: user lookup and adjustment, exchange orders, daily totals — each tab only for a role that may use it. */
const App = () => {
  const { isLoading, allowed } = usePagePermissions();
  const { canReadUsers, canAdjust, canReadOrders, canUpdateOrders, canReadReports } = allowed;
  return (
    <TabbedPage
      title="积分管理"
      subtitle="查询用户积分与流水、人工调整、处理兑换订单、查看每日统计"
      isLoading={isLoading}
      tabs={[
        canReadUsers && { value: 'users', label: '用户积分', node: <UserPoints canAdjust={canAdjust} /> },
        canReadOrders && { value: 'orders', label: '兑换订单', node: <Orders canUpdate={canUpdateOrders} /> },
        canReadReports && { value: 'daily', label: '每日统计', node: <DailyTotals /> },
      ]}
    />
  );
};

export { App };
export default App;
