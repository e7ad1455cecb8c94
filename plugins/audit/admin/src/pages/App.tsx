import { Box, Tabs } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { usePagePermissions } from '../permissions';
import { LogTable, LOGIN_LOG_VIEW, OPERATION_LOG_VIEW } from './LogTable';
import { Sessions } from './Sessions';
import { Settings } from './Settings';

/** 安全审计: each tab only for a role holding its action. */
const App = () => {
  const { isLoading, allowed } = usePagePermissions();
  if (isLoading) return <Page.Loading />;
  const tabs = [
    allowed.loginLogs && { value: 'login', label: '登录日志', node: <LogTable view={LOGIN_LOG_VIEW} canExport={allowed.exportLogs} /> },
    allowed.operationLogs && { value: 'operation', label: '操作日志', node: <LogTable view={OPERATION_LOG_VIEW} canExport={allowed.exportLogs} /> },
    allowed.sessionsRead && { value: 'sessions', label: '在线管理员', node: <Sessions canRevoke={allowed.sessionsRevoke} /> },
    allowed.settingsRead && { value: 'settings', label: '安全设置', node: <Settings canUpdate={allowed.settingsUpdate} /> },
  ].filter(Boolean) as Array<{ value: string; label: string; node: JSX.Element }>;
  if (!tabs.length) return <Page.NoPermissions />;
  return (
    <Page.Main>
      <Page.Title>安全审计</Page.Title>
      <Layouts.Header title="安全审计" subtitle="登录与操作留痕、在线管理员、登录保护与日志保留" />
      <Layouts.Content>
        <Tabs.Root defaultValue={tabs[0]?.value}>
          <Tabs.List aria-label="安全审计">
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
