import { TabbedPage } from '@wedraw/kit/admin';
import { usePagePermissions } from '../permissions';
import { LogTable, LOGIN_LOG_VIEW, OPERATION_LOG_VIEW } from './LogTable';
import { Sessions } from './Sessions';
import { Settings } from './Settings';

/** 安全审计: each tab only for a role holding its action. */
const App = () => {
  const { isLoading, allowed } = usePagePermissions();
  return (
    <TabbedPage
      title="安全审计"
      subtitle="登录与操作留痕、在线管理员、登录保护与日志保留"
      isLoading={isLoading}
      tabs={[
        allowed.loginLogs && { value: 'login', label: '登录日志', node: <LogTable view={LOGIN_LOG_VIEW} canExport={allowed.exportLogs} /> },
        allowed.operationLogs && { value: 'operation', label: '操作日志', node: <LogTable view={OPERATION_LOG_VIEW} canExport={allowed.exportLogs} /> },
        allowed.sessionsRead && { value: 'sessions', label: '在线管理员', node: <Sessions canRevoke={allowed.sessionsRevoke} /> },
        allowed.settingsRead && { value: 'settings', label: '安全设置', node: <Settings canUpdate={allowed.settingsUpdate} /> },
      ]}
    />
  );
};

export { App };
export default App;
