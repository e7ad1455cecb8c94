import { rfc3339 } from './pay-state';
import type { Refund, Transaction } from './types';

/** A transaction as the query API and the payment notification show it. */
export function transactionView(tx: Transaction): Record<string, unknown> {
  const paid = tx.state === 'SUCCESS' || tx.state === 'REFUND';
  return {
    appid: tx.appid,
    mchid: tx.mchid,
    out_trade_no: tx.outTradeNo,
    ...(tx.transactionId ? { transaction_id: tx.transactionId } : {}),
    trade_type: tx.tradeType,
    trade_state: tx.state,
    trade_state_desc: tx.stateDesc,
    ...(paid ? { bank_type: 'OTHERS', success_time: tx.successTime } : {}),
    attach: tx.attach ?? '',
    ...(tx.payerOpenid && paid ? { payer: { openid: tx.payerOpenid } } : {}),
    amount: paid ? { total: tx.total, payer_total: tx.total, currency: tx.currency, payer_currency: tx.currency } : { total: tx.total, currency: tx.currency },
  };
}

/** A refund as the create and query APIs answer (`status`). */
export function refundView(r: Refund): Record<string, unknown> {
  return {
    refund_id: r.refundId,
    out_refund_no: r.outRefundNo,
    transaction_id: r.transactionId,
    out_trade_no: r.outTradeNo,
    channel: 'ORIGINAL',
    user_received_account: '支付用户零钱',
    ...(r.successTime ? { success_time: r.successTime } : {}),
    create_time: rfc3339(r.createdAt),
    status: r.status,
    funds_account: 'AVAILABLE',
    amount: {
      total: r.total,
      refund: r.refund,
      payer_total: r.total,
      payer_refund: r.refund,
      settlement_refund: r.refund,
      settlement_total: r.total,
      discount_refund: 0,
      currency: 'CNY',
    },
  };
}

/** A refund as the refund notification shows it (`refund_status`, flatter amount). */
export function refundNotifyView(r: Refund): Record<string, unknown> {
  return {
    mchid: r.mchid,
    out_trade_no: r.outTradeNo,
    transaction_id: r.transactionId,
    out_refund_no: r.outRefundNo,
    refund_id: r.refundId,
    refund_status: r.status,
    ...(r.successTime ? { success_time: r.successTime } : {}),
    user_received_account: '支付用户零钱',
    amount: { total: r.total, refund: r.refund, payer_total: r.total, payer_refund: r.refund },
  };
}
