import { TabbedPage, useHeldActions } from '@wedraw/kit/admin';
import { AccountsTab } from './AccountsTab';
import { AppChatsTab } from './AppChatsTab';
import { ContactsTab } from './ContactsTab';
import { CorpsTab } from './CorpsTab';
import { CustomersTab } from './CustomersTab';
import { GroupStatsTab } from './GroupStatsTab';
import { GroupWelcomeTab } from './GroupWelcomeTab';
import { GroupsTab } from './GroupsTab';
import { RobotsTab } from './RobotsTab';
import { SyncTab } from './SyncTab';
import { WelcomeTab } from './WelcomeTab';

const read = (uid: string) => `plugin::wecom.${uid}`;

/** The WeCom plugin page: corps and apps, sending accounts, contacts, customers, groups, welcome messages, robots, app chats; tabs hidden without the action. */
const App = () => {
  const { isLoading, held } = useHeldActions({
    canCorps: read('corps.read'),
    canAccounts: read('accounts.read'),
    canContacts: read('contacts.read'),
    canCustomers: read('customers.read'),
    canGroups: read('groups.read'),
    canWelcome: read('welcome.read'),
    canRobots: read('robots.read'),
    canAppChats: read('appchats.read'),
  });
  return (
    <TabbedPage
      title="企业微信"
      subtitle="企业与应用凭证、发送账号的状态、通讯录（与企业微信双向同步）、客户、客户群与欢迎语、群机器人与应用群聊"
      isLoading={isLoading}
      tabs={[
        held.canCorps && { value: 'corps', label: '企业与应用', node: <CorpsTab /> },
        held.canAccounts && { value: 'accounts', label: '发送账号', node: <AccountsTab /> },
        held.canContacts && { value: 'contacts', label: '通讯录', node: <ContactsTab /> },
        held.canContacts && { value: 'sync', label: '同步', node: <SyncTab /> },
        held.canCustomers && { value: 'customers', label: '客户', node: <CustomersTab /> },
        held.canGroups && { value: 'groups', label: '客户群', node: <GroupsTab /> },
        held.canGroups && { value: 'group-stats', label: '群统计', node: <GroupStatsTab /> },
        held.canWelcome && { value: 'welcome', label: '欢迎语', node: <WelcomeTab /> },
        held.canWelcome && { value: 'group-welcome', label: '入群欢迎语', node: <GroupWelcomeTab /> },
        held.canRobots && { value: 'robots', label: '群机器人', node: <RobotsTab /> },
        held.canAppChats && { value: 'appchats', label: '应用群聊', node: <AppChatsTab /> },
      ]}
    />
  );
};

export default App;
