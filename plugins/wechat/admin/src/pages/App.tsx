import { Typography, Link } from '@strapi/design-system';
import { TabbedPage } from '@wedraw/kit/admin';
import { AppsTab } from './AppsTab';
import { FansTab } from './FansTab';
import { MenusTab } from './MenusTab';
import { TemplatesTab } from './TemplatesTab';
import { SyncTab } from './SyncTab';
import { TagsTab } from './TagsTab';

/** The WeChat plugin page: apps (secrets write-only), fans and their messages; replies live in the content manager. */
const App = () => (
  <TabbedPage
    title="微信"
    subtitle="公众号与小程序：应用凭证、粉丝与消息。自动回复请在内容管理「自动回复」中编辑。"
    tabs={[
      { value: 'apps', label: '应用', node: <AppsTab /> },
      { value: 'fans', label: '粉丝与消息', node: <FansTab /> },
      { value: 'menus', label: '菜单', node: <MenusTab /> },
      { value: 'templates', label: '模板消息', node: <TemplatesTab /> },
      { value: 'tags', label: '粉丝标签', node: <TagsTab /> },
      { value: 'sync', label: '粉丝同步', node: <SyncTab /> },
    ]}
    footer={
      <Typography variant="pi" textColor="neutral600">
        自动回复：<Link href="/admin/content-manager/collection-types/plugin::wechat.reply">内容管理 → 自动回复</Link>
      </Typography>
    }
  />
);

export default App;
