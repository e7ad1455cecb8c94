import { Box, Tabs, Typography, Link } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { AppsTab } from './AppsTab';
import { FansTab } from './FansTab';
import { MenusTab } from './MenusTab';
import { TemplatesTab } from './TemplatesTab';
import { SyncTab } from './SyncTab';
import { TagsTab } from './TagsTab';

/** The WeChat plugin page: apps (secrets write-only), fans and their messages; replies live in the content manager. */
const App = () => (
  <Page.Main>
    <Page.Title>微信</Page.Title>
    <Layouts.Header title="微信" subtitle="公众号与小程序：应用凭证、粉丝与消息。自动回复请在内容管理「自动回复」中编辑。" />
    <Layouts.Content>
      <Tabs.Root defaultValue="apps">
        <Tabs.List aria-label="微信">
          <Tabs.Trigger value="apps">应用</Tabs.Trigger>
          <Tabs.Trigger value="fans">粉丝与消息</Tabs.Trigger>
          <Tabs.Trigger value="menus">菜单</Tabs.Trigger>
          <Tabs.Trigger value="templates">模板消息</Tabs.Trigger>
          <Tabs.Trigger value="tags">粉丝标签</Tabs.Trigger>
          <Tabs.Trigger value="sync">粉丝同步</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="apps">
          <AppsTab />
        </Tabs.Content>
        <Tabs.Content value="fans">
          <FansTab />
        </Tabs.Content>
        <Tabs.Content value="menus">
          <MenusTab />
        </Tabs.Content>
        <Tabs.Content value="templates">
          <TemplatesTab />
        </Tabs.Content>
        <Tabs.Content value="tags">
          <TagsTab />
        </Tabs.Content>
        <Tabs.Content value="sync">
          <SyncTab />
        </Tabs.Content>
      </Tabs.Root>
      <Box paddingTop={4}>
        <Typography variant="pi" textColor="neutral600">
          自动回复：<Link href="/admin/content-manager/collection-types/plugin::wechat.reply">内容管理 → 自动回复</Link>
        </Typography>
      </Box>
    </Layouts.Content>
  </Page.Main>
);

export default App;
