import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../state/clock';
import { PayError, payErrors } from '../errors';
import { DEMO_MERCHANT, type Merchant } from './merchant';
import type { NotifyRecord, Refund, Transaction } from './types';

const SEVEN_DAYS = 7 * 24 * 3600_000;
const TWO_HOURS = 2 * 3600_000;

export interface PrepayInput {
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
  timeExpire?: string;
}

/** Time as WeChat Pay writes it: RFC 3339 with the +08:00 offset. */
export function rfc3339(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  return `${d.toISOString().slice(0, 19)}+08:00`;
}

/** Merchants, transactions, refunds and the notifications sent for them. */
export class PayState {
  merchants = new Map<string, Merchant>([[DEMO_MERCHANT.mchId, { ...DEMO_MERCHANT }]]);
  transactions = new Map<string, Transaction>();
  refunds = new Map<string, Refund>();
  /** How the next refunds WeChat Pay accepts end, oldest first (`/_sandbox/pay/refund/outcome`); empty: SUCCESS. */
  refundOutcomes: ('SUCCESS' | 'ABNORMAL' | 'CLOSED')[] = [];
  notifies: NotifyRecord[] = [];
  /** Bill download tokens (valid 30 s): the file's bytes and the merchant it belongs to. */
  billFiles = new Map<string, { mchid: string; content: Buffer; expiresAt: number }>();
  /** Payment codes a merchant system registered for the phone's 扫一扫 (by URL). */
  scanCodes = new Map<string, { url: string; name: string }>();
  private seq = 1;

  constructor(private readonly clock: Clock) {}

  merchant(mchId: string): Merchant | undefined {
    return this.merchants.get(mchId);
  }

  private key(mchid: string, outTradeNo: string): string {
    return `${mchid}:${outTradeNo}`;
  }

  /** Creates the transaction or, with the same parameters before it expires, gives it again. */
  prepay(input: PrepayInput): Transaction {
    const now = this.clock.now();
    const fingerprint = createHash('sha1')
      .update(JSON.stringify([input.appid, input.tradeType, input.description, input.total, input.currency, input.payerOpenid ?? '', input.notifyUrl]))
      .digest('hex');
    const existing = this.transactions.get(this.key(input.mchid, input.outTradeNo));
    if (existing) {
      if (existing.state === 'SUCCESS' || existing.state === 'REFUND') throw payErrors.orderPaid();
      if (existing.state === 'CLOSED') throw payErrors.orderClosed();
      if (existing.fingerprint !== fingerprint) throw payErrors.outTradeNoUsed();
      if (existing.timeExpire <= now) throw payErrors.orderClosed();
      if (existing.tradeType === 'NATIVE') this.issueCodeUrl(existing, now);
      else existing.prepayId = this.prepayId();
      return existing;
    }
    const asked = input.timeExpire ? Date.parse(input.timeExpire) : now + SEVEN_DAYS;
    if (Number.isNaN(asked)) throw payErrors.param('time_expire 格式错误');
    const timeExpire = Math.min(Math.max(asked, now + 60_000), now + 90 * 24 * 3600_000);
    const tx: Transaction = { ...input, fingerprint, timeExpire, state: 'NOTPAY', stateDesc: '订单未支付', createdAt: now, refunded: 0 };
    if (tx.tradeType === 'NATIVE') this.issueCodeUrl(tx, now);
    else tx.prepayId = this.prepayId();
    this.transactions.set(this.key(input.mchid, input.outTradeNo), tx);
    return tx;
  }

  private prepayId(): string {
    return `wx${Date.now().toString(36)}${randomBytes(12).toString('hex')}`;
  }

  private issueCodeUrl(tx: Transaction, now: number): void {
    tx.codeUrl = `weixin://wxpay/bizpayurl?pr=${randomBytes(6).toString('base64url')}`;
    tx.codeUrlExpiresAt = now + TWO_HOURS;
  }

  transaction(mchid: string, outTradeNo: string): Transaction {
    const tx = this.transactions.get(this.key(mchid, outTradeNo));
    if (!tx) throw payErrors.notFound();
    return this.expire(tx);
  }

  /** An unpaid transaction past its deadline reads as closed. */
  private expire(tx: Transaction): Transaction {
    if (tx.state === 'NOTPAY' && tx.timeExpire <= this.clock.now()) {
      tx.state = 'CLOSED';
      tx.stateDesc = '订单已关闭';
    }
    return tx;
  }

  byPrepayId(prepayId: string): Transaction | undefined {
    return [...this.transactions.values()].find((t) => t.prepayId === prepayId);
  }

  /** Any merchant's transaction by out_trade_no (the payer's side does not know the mchid). */
  byOutTradeNo(outTradeNo: string): Transaction | undefined {
    return [...this.transactions.values()].find((t) => t.outTradeNo === outTradeNo);
  }

  close(mchid: string, outTradeNo: string): void {
    const tx = this.transaction(mchid, outTradeNo);
    if (tx.state === 'SUCCESS' || tx.state === 'REFUND') throw payErrors.orderPaid();
    tx.state = 'CLOSED';
    tx.stateDesc = '订单已关闭';
  }

  /** The payer confirms (or fails) in WeChat. */
  pay(tx: Transaction, result: 'SUCCESS' | 'PAYERROR', openid?: string): Transaction {
    this.expire(tx);
    if (tx.state === 'SUCCESS' || tx.state === 'REFUND') throw new PayError(409, 'ORDERPAID', '该订单已支付');
    if (tx.state === 'CLOSED') throw new PayError(409, 'ORDER_CLOSED', '订单已关闭');
    if (openid) tx.payerOpenid = openid;
    tx.payerOpenid ??= `o${randomBytes(14).toString('base64url')}`;
    if (result === 'PAYERROR') {
      tx.state = 'PAYERROR';
      tx.stateDesc = '支付失败，请重新下单支付';
      return tx;
    }
    tx.state = 'SUCCESS';
    tx.stateDesc = '支付成功';
    tx.transactionId = `42000${String(this.clock.now()).slice(-10)}${String(this.seq++).padStart(13, '0')}`;
    tx.successTime = rfc3339(this.clock.now());
    return tx;
  }

  createRefund(input: { mchid: string; outTradeNo: string; outRefundNo: string; refund: number; total: number; reason?: string; notifyUrl?: string }): Refund {
    const existing = this.refunds.get(this.key(input.mchid, input.outRefundNo));
    if (existing) return existing;
    const tx = this.transaction(input.mchid, input.outTradeNo);
    if (tx.state !== 'SUCCESS' && tx.state !== 'REFUND') throw new PayError(403, 'TRADE_ERROR', '订单未支付，不能退款');
    if (input.total !== tx.total) throw payErrors.param('amount.total 与原订单金额不符');
    if (input.refund <= 0 || input.refund > tx.total - tx.refunded) throw payErrors.notEnough();
    tx.refunded += input.refund;
    const refund: Refund = {
      ...input,
      transactionId: tx.transactionId as string,
      refundId: `50300${String(this.clock.now()).slice(-10)}${String(this.seq++).padStart(15, '0')}`,
      status: 'PROCESSING',
      createdAt: this.clock.now(),
    };
    this.refunds.set(this.key(input.mchid, input.outRefundNo), refund);
    return refund;
  }

  refund(mchid: string, outRefundNo: string): Refund {
    const refund = this.refunds.get(this.key(mchid, outRefundNo));
    if (!refund) throw payErrors.resourceNotFound();
    return refund;
  }

  /** The bank's answer: SUCCESS marks the transaction REFUND; otherwise the money is free again. */
  finishRefund(refund: Refund, status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED'): void {
    if (refund.status !== 'PROCESSING') return;
    refund.status = status;
    const tx = this.transaction(refund.mchid, refund.outTradeNo);
    if (status === 'SUCCESS') {
      refund.successTime = rfc3339(this.clock.now());
      tx.state = 'REFUND';
      tx.stateDesc = '转入退款';
    } else {
      tx.refunded -= refund.refund;
    }
  }
}
