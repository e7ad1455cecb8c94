/** The pay page's calls (API.md "Pay"): the merchant a code opens, creating an order, reading it back. */
export interface PayMerchant {
  code: string;
  name: string;
  logo: string | null;
  status: 'open' | 'closed';
  payCode: { code: string; amount: number | null } | null;
}

export interface PayParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

export interface PayOrder {
  orderNo: string;
  status: 'pending' | 'paid' | 'closed' | 'refunding' | 'refunded' | 'partially_refunded';
  amount: number;
  merchant: { code: string; name: string };
  points: { awarded: number; clawedBack: number; note: string | null };
  payParams?: PayParams;
}

type Bridge = { invoke(name: string, params: PayParams, done: (res: { err_msg: string }) => void): void };

/** WeChat's in-page payment (JSAPI): resolves with WeChat's answer, or `no-bridge` outside WeChat. */
export function requestWechatPay(params: PayParams): Promise<'ok' | 'cancel' | 'fail' | 'no-bridge'> {
  const bridge = (globalThis as { WeixinJSBridge?: Bridge }).WeixinJSBridge;
  if (!bridge) return Promise.resolve('no-bridge');
  return new Promise((resolve) =>
    bridge.invoke('getBrandWCPayRequest', params, (res) => {
      if (res.err_msg === 'get_brand_wcpay_request:ok') resolve('ok');
      else resolve(res.err_msg.endsWith(':cancel') ? 'cancel' : 'fail');
    }),
  );
}

export function usePay() {
  const api = useApi();
  return {
    merchant: (code: string, payCode?: string) =>
      api<{ data: PayMerchant }>(`/pay/merchants/${encodeURIComponent(code)}`, { query: payCode ? { payCode } : {} }).then((r) => r.data),
    create: (body: { merchant: string; amount: number; payCode?: string }, idempotencyKey: string) =>
      api<{ data: PayOrder }>('/pay/orders', { method: 'POST', body: { ...body, channel: 'jsapi', idempotencyKey } }).then((r) => r.data),
    order: (orderNo: string) => api<{ data: PayOrder }>(`/pay/orders/${orderNo}`).then((r) => r.data),
  };
}
