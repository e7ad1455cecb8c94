import { TabbedPage, useHeldActions } from '@wedraw/kit/admin';
import { AccountsTab } from './AccountsTab';
import { BillsTab } from './BillsTab';
import { MerchantsTab } from './MerchantsTab';
import { OrdersTab } from './OrdersTab';
import { RefundsTab } from './RefundsTab';
import { RiskTab } from './RiskTab';

const read = (uid: string) => `plugin::pay.${uid}.read`;

/** 支付: merchant accounts, merchants and their codes, pay orders, refunds, risk rules; tabs hidden without the action. */
const App = () => {
  const { isLoading, held } = useHeldActions({
    canAccounts: read('accounts'),
    canMerchants: read('merchants'),
    canOrders: read('orders'),
    canRefunds: read('refunds'),
    canRisk: read('risk'),
    canBills: read('bills'),
  });
  return (
    <TabbedPage
      title="支付"
      subtitle="微信支付（公钥、平台证书或切换期验签）：商户号与密钥、商户与收款码、支付订单与通知日志、退款（按比例扣回积分）、风控规则与命中、交易账单对账"
      isLoading={isLoading}
      tabs={[
        held.canAccounts && { value: 'accounts', label: '商户号', node: <AccountsTab /> },
        held.canMerchants && { value: 'merchants', label: '商户与收款码', node: <MerchantsTab /> },
        held.canOrders && { value: 'orders', label: '支付订单', node: <OrdersTab /> },
        held.canRefunds && { value: 'refunds', label: '退款', node: <RefundsTab /> },
        held.canRisk && { value: 'risk', label: '风控', node: <RiskTab /> },
        held.canBills && { value: 'bills', label: '对账', node: <BillsTab /> },
      ]}
    />
  );
};

export default App;
