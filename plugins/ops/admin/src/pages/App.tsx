import { TabbedPage } from '@wedraw/kit/admin';
import { usePagePermissions } from '../permissions';
import { Alerts } from './Alerts';
import { Overview } from './Overview';
import { Rules } from './Rules';
import { Silences } from './Silences';

/** 运维监控: each tab only for a role holding its action. */
const App = () => {
  const { isLoading, allowed } = usePagePermissions();
  return (
    <TabbedPage
      title="运维监控"
      subtitle="业务与系统指标、告警规则、告警历史与静默；告警经消息中心发往企业微信群机器人、邮件、Webhook、钉钉"
      isLoading={isLoading}
      tabs={[
        allowed.overview && { value: 'overview', label: '概览', node: <Overview /> },
        allowed.rulesRead && { value: 'rules', label: '告警规则', node: <Rules canUpdate={allowed.rulesUpdate} /> },
        allowed.alerts && { value: 'alerts', label: '告警历史', node: <Alerts /> },
        allowed.silencesRead && { value: 'silences', label: '静默', node: <Silences canUpdate={allowed.silencesUpdate} /> },
      ]}
    />
  );
};

export { App };
export default App;
