/** WeChat Pay v3 trade states the sandbox moves through. */
export type TradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'PAYERROR' | 'REFUND';
export type RefundStatus = 'PROCESSING' | 'SUCCESS' | 'ABNORMAL' | 'CLOSED';

export interface Transaction {
  mchid: string;
  appid: string;
  outTradeNo: string;
  tradeType: 'JSAPI' | 'NATIVE';
  description: string;
  notifyUrl: string;
  attach?: string;
  total: number;
  currency: string;
  payerOpenid?: string;
  /** What the order was created with: the same out_trade_no with other parameters is a conflict. */
  fingerprint: string;
  prepayId?: string;
  codeUrl?: string;
  /** The code_url's end of life (2 hours after it was issued), ms. */
  codeUrlExpiresAt?: number;
  /** The payment deadline (time_expire, or 7 days), ms. */
  timeExpire: number;
  state: TradeState;
  stateDesc: string;
  transactionId?: string;
  successTime?: string;
  createdAt: number;
  refunded: number;
}

export interface Refund {
  mchid: string;
  outRefundNo: string;
  refundId: string;
  outTradeNo: string;
  transactionId: string;
  reason?: string;
  notifyUrl?: string;
  refund: number;
  total: number;
  status: RefundStatus;
  createdAt: number;
  successTime?: string;
}

export interface NotifyAttempt {
  at: number;
  /** The HTTP status WeDraw answered, or none when it could not be reached. */
  status?: number;
  error?: string;
  /** Which key signed this delivery (the public key id or a certificate serial). */
  serial: string;
}

export interface NotifyRecord {
  id: number;
  kind: 'transaction' | 'refund';
  eventType: string;
  outTradeNo: string;
  outRefundNo?: string;
  url: string;
  /** The decrypted resource (what WeDraw should find after decrypting). */
  resource: Record<string, unknown>;
  attempts: NotifyAttempt[];
  outcome: 'pending' | 'delivered' | 'failed';
  /** A replay of an earlier notification (`/_sandbox/pay/notify/replay`). */
  replayOf?: number;
}
