import { TabbedPage } from '@wedraw/kit/admin';
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
  return (
    <TabbedPage
      title="消息中心"
      subtitle="所有渠道共用一个队列：模板、通知设置、发送、发送记录、统计，以及调用接口的租户"
      isLoading={isLoading}
      tabs={[
        allowed.channelsRead && { value: 'channels', label: '渠道', node: <Channels canUpdate={allowed.channelsUpdate} /> },
        allowed.templatesRead && { value: 'templates', label: '模板', node: <Templates canUpdate={allowed.templatesUpdate} /> },
        allowed.notificationsRead && { value: 'notifications', label: '通知设置', node: <Notifications canUpdate={allowed.notificationsUpdate} /> },
        allowed.messagesSend && { value: 'send', label: '发送', node: <SendForm /> },
        allowed.messagesRead && { value: 'records', label: '发送记录', node: <Records /> },
        allowed.messagesRead && { value: 'stats', label: '统计', node: <Stats /> },
        allowed.tenantsRead && { value: 'tenants', label: '租户', node: <Tenants canUpdate={allowed.tenantsUpdate} /> },
      ]}
    />
  );
};

export { App };
export default App;
