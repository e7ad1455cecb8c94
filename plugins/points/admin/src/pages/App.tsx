import { Tabs, Box } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { PAGE_PERMISSIONS } from '../permissions';
import { DailyTotals } from './DailyTotals';
import { Orders } from './Orders';
import { UserPoints } from './UserPoints';

/** 积分管理: user lookup and adjustment, exchange orders, daily totals — each tab only for a role that may use it. */
const App = () => {
  const { isLoading, allowedActions } = useRBAC(PAGE_PERMISSIONS);
  if (isLoading) return <Page.Loading />;
  const { canReadUsers, canAdjust, canReadOrders, canUpdateOrders, canReadReports } = allowedActions;
  const tabs = [canReadUsers && 'users', canReadOrders && 'orders', canReadReports && 'daily'].filter(Boolean) as string[];
  if (!tabs.length) return <Page.NoPermissions />;
  return (
    <Page.Main>
      <Page.Title>积分管理</Page.Title>
      <Layouts.Header title="积分管理" subtitle="查询用户积分与流水、人工调整、处理兑换订单、查看每日统计" />
      <Layouts.Content>
        <Tabs.Root defaultValue={tabs[0]}>
          <Tabs.List aria-label="积分管理">
            {canReadUsers && <Tabs.Trigger value="users">用户积分</Tabs.Trigger>}
            {canReadOrders && <Tabs.Trigger value="orders">兑换订单</Tabs.Trigger>}
            {canReadReports && <Tabs.Trigger value="daily">每日统计</Tabs.Trigger>}
          </Tabs.List>
          <Box paddingTop={4}>
            {canReadUsers && (
              <Tabs.Content value="users">
                <UserPoints canAdjust={canAdjust} />
              </Tabs.Content>
            )}
            {canReadOrders && (
              <Tabs.Content value="orders">
                <Orders canUpdate={canUpdateOrders} />
              </Tabs.Content>
            )}
            {canReadReports && (
              <Tabs.Content value="daily">
                <DailyTotals />
              </Tabs.Content>
            )}
          </Box>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

export { App };
export default App;
