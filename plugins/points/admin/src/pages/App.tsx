import { Tabs, Box } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { DailyTotals } from './DailyTotals';
import { Orders } from './Orders';
import { UserPoints } from './UserPoints';

/** 积分管理: user lookup and adjustment, exchange orders, daily totals. */
const App = () => (
  <Page.Main>
    <Page.Title>积分管理</Page.Title>
    <Layouts.Header title="积分管理" subtitle="查询用户积分与流水、人工调整、处理兑换订单、查看每日统计" />
    <Layouts.Content>
        <Tabs.Root defaultValue="users">
          <Tabs.List aria-label="积分管理">
            <Tabs.Trigger value="users">用户积分</Tabs.Trigger>
            <Tabs.Trigger value="orders">兑换订单</Tabs.Trigger>
            <Tabs.Trigger value="daily">每日统计</Tabs.Trigger>
          </Tabs.List>
          <Box paddingTop={4}>
            <Tabs.Content value="users"><UserPoints /></Tabs.Content>
            <Tabs.Content value="orders"><Orders /></Tabs.Content>
            <Tabs.Content value="daily"><DailyTotals /></Tabs.Content>
          </Box>
        </Tabs.Root>
    </Layouts.Content>
  </Page.Main>
);

export { App };
export default App;
