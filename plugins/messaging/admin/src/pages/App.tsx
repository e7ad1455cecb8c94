import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { usePagePermissions } from '../permissions';
import { Channels } from './Channels';
import { Notifications } from './Notifications';
import { Records } from './Records';
import { SendForm } from './SendForm';
import { Stats } from './Stats';
import { Templates } from './Templates';
import { Tenants } from './Tenants';

/** 消息中心: each tab only for a role holding its action. */
const App = () => {
  const { isLoading, allowed } = usePagePermissions();
  if (isLoading) return <Page.Loading />;
  const tabs = [
    allowed.channelsRead && { value: 'channels', label: '渠道', node: <Channels canUpdate={allowed.channelsUpdate} /> },
    allowed.templatesRead && { value: 'templates', label: '模板', node: <Templates canUpdate={allowed.templatesUpdate} /> },
    allowed.notificationsRead && { value: 'notifications', label: '通知设置', node: <Notifications canUpdate={allowed.notificationsUpdate} /> },
    allowed.messagesSend && { value: 'send', label: '发送', node: <SendForm /> },
    allowed.messagesRead && { value: 'records', label: '发送记录', node: <Records /> },
    allowed.messagesRead && { value: 'stats', label: '统计', node: <Stats /> },
    allowed.tenantsRead && { value: 'tenants', label: '租户', node: <Tenants canUpdate={allowed.tenantsUpdate} /> },
  ].filter(Boolean) as Array<{ value: string; label: string; node: JSX.Element }>;
  if (!tabs.length) return <Page.NoPermissions />;
  return (
    <Page.Main>
      <Page.Title>消息中心</Page.Title>
      <Layouts.Header title="消息中心" subtitle="所有渠道共用一个队列：模板、通知设置、发送、发送记录、统计，以及调用接口的租户" />
      <Layouts.Content>
        <Tabs.Root defaultValue={tabs[0]?.value}>
          <Tabs.List aria-label="消息中心">
            {tabs.map((t) => (
              <Tabs.Trigger key={t.value} value={t.value}>
                {t.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Box paddingTop={4}>
            {tabs.map((t) => (
              <Tabs.Content key={t.value} value={t.value}>
                {t.node}
              </Tabs.Content>
            ))}
          </Box>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

export { App };
export default App;
