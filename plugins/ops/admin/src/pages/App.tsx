import { TabbedPage } from '@wedraw/kit/admin';
import { usePagePermissions } from '../permissions';
import { Alerts } from './Alerts';
import { Overview } from './Overview';
import { Rules } from './Rules';
import { Reports } from './Reports';
import { Silences } from './Silences';
import { Targets } from './Targets';

/** 运维监控: each tab only for a role holding its action. */
const App = () => {
  const { isLoading, allowed } = usePagePermissions();
  return (
    <TabbedPage
      title="运维监控"
      subtitle="业务与系统指标、告警规则、告警历史、静默、通知对象与运维报表；告警经消息中心发往企业微信群机器人、邮件、Webhook、钉钉"
      isLoading={isLoading}
      tabs={[
        allowed.overview && { value: 'overview', label: '概览', node: <Overview /> },
        allowed.rulesRead && { value: 'rules', label: '告警规则', node: <Rules canUpdate={allowed.rulesUpdate} /> },
        allowed.alerts && { value: 'alerts', label: '告警历史', node: <Alerts /> },
        allowed.silencesRead && { value: 'silences', label: '静默', node: <Silences canUpdate={allowed.silencesUpdate} /> },
        allowed.targetsRead && { value: 'targets', label: '通知对象', node: <Targets canUpdate={allowed.targetsUpdate} /> },
        allowed.reportsRead && { value: 'reports', label: '运维报表', node: <Reports canGenerate={allowed.reportsGenerate} /> },
      ]}
    />
  );
};

export { App };
export default App;
