import { Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useHeldActions } from '@wedraw/kit/admin';
import { AccountsTab } from './AccountsTab';
import { AppChatsTab } from './AppChatsTab';
import { ContactsTab } from './ContactsTab';
import { CorpsTab } from './CorpsTab';
import { RobotsTab } from './RobotsTab';
import { SyncTab } from './SyncTab';

const read = (uid: string) => `plugin::wecom.${uid}`;

/** The WeCom plugin page: corps and apps, sending accounts, contacts and their sync; tabs hidden without the action. */
const App = () => {
  const { isLoading, held: allowedActions } = useHeldActions({
    canCorps: read('corps.read'),
    canAccounts: read('accounts.read'),
    canContacts: read('contacts.read'),
    canRobots: read('robots.read'),
    canAppChats: read('appchats.read'),
  });
  // The first tab is chosen once the permission list is known.
  if (isLoading) return <Page.Loading />;
  const first = allowedActions.canCorps
    ? 'corps'
    : allowedActions.canAccounts
      ? 'accounts'
      : allowedActions.canContacts
        ? 'contacts'
        : allowedActions.canRobots
          ? 'robots'
          : 'appchats';
  return (
    <Page.Main>
      <Page.Title>企业微信</Page.Title>
      <Layouts.Header title="企业微信" subtitle="企业与应用凭证、发送账号的状态、通讯录（与企业微信双向同步）" />
      <Layouts.Content>
        <Tabs.Root defaultValue={first}>
          <Tabs.List aria-label="企业微信">
            {allowedActions.canCorps && <Tabs.Trigger value="corps">企业与应用</Tabs.Trigger>}
            {allowedActions.canAccounts && <Tabs.Trigger value="accounts">发送账号</Tabs.Trigger>}
            {allowedActions.canContacts && <Tabs.Trigger value="contacts">通讯录</Tabs.Trigger>}
            {allowedActions.canContacts && <Tabs.Trigger value="sync">同步</Tabs.Trigger>}
            {allowedActions.canRobots && <Tabs.Trigger value="robots">群机器人</Tabs.Trigger>}
            {allowedActions.canAppChats && <Tabs.Trigger value="appchats">应用群聊</Tabs.Trigger>}
          </Tabs.List>
          <Tabs.Content value="corps">{allowedActions.canCorps && <CorpsTab />}</Tabs.Content>
          <Tabs.Content value="accounts">{allowedActions.canAccounts && <AccountsTab />}</Tabs.Content>
          <Tabs.Content value="contacts">{allowedActions.canContacts && <ContactsTab />}</Tabs.Content>
          <Tabs.Content value="sync">{allowedActions.canContacts && <SyncTab />}</Tabs.Content>
          <Tabs.Content value="robots">{allowedActions.canRobots && <RobotsTab />}</Tabs.Content>
          <Tabs.Content value="appchats">{allowedActions.canAppChats && <AppChatsTab />}</Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};

export default App;
