import { rfc3339 } from '../lib/time';
import { randomInt } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { businessError, fieldError, isUniqueViolation, notFound, pageWindow, type Pagination, shanghaiDay } from '@wedraw/kit';
import { payParams, PayApiError } from '../clients/wechatpay';
import { payConfig } from '../config';
import { payUnavailable } from '../lib/errors';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { AccountRow } from './accounts';

export type Channel = 'jsapi' | 'miniprogram' | 'native';
export type OrderStatus = 'pending' | 'paid' | 'closed' | 'refunding' | 'refunded' | 'partially_refunded';

export interface OrderRow {
  id: number;
  orderNo: string;
  userId: number;
  idempotencyKey: string;
  merchantId: number;
  merchantCode: string | null;
  merchantName: string | null;
  payCode: string | null;
  accountId: number;
  mchId: string;
  appId: string;
  channel: Channel;
  amount: number;
  refundedAmount: number;
  status: OrderStatus;
  openid: string | null;
  prepayId: string | null;
  codeUrl: string | null;
  transactionId: string | null;
  day: string | null;
  expiresAt: string | Date | null;
  paidAt: string | Date | null;
  createdAt: string | Date;
  flag: string | null;
  flagDetails: Record<string, unknown> | null;
  review: 'none' | 'held' | 'released';
  pointsAwarded: number;
  pointsClawedBack: number;
  pointsNote: string | null;
}

export interface RefundRow {
  id: number;
  refundNo: string;
  orderNo: string;
  idempotencyKey: string;
  amount: number;
  reason: string | null;
  status: 'processing' | 'success' | 'failed' | 'closed';
  refundId: string | null;
  operator: string | null;
  pointsClawedBack: number;
  shortfall: number;
  createdAt: string | Date;
  finishedAt: string | Date | null;
}

export interface CreateInput {
  merchant: string;
  amount: number;
  channel: Channel;
  payCode?: string | undefined;
  idempotencyKey: string;
}

export const PAY_QUEUE = 'pay';

/** `W` + Beijing time to the second + 9 random digits: 24 characters, a valid out_trade_no. */
export function newOrderNo(now: Date): string {
  const stamp = new Date(now.getTime() + 8 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14);
  return `W${stamp}${String(randomInt(0, 1e9)).padStart(9, '0')}`;
}

/** Pay orders: create (prepay at WeChat Pay), the user's own list and detail. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = () => strapi.db.query(UID.order);
  const svc = () => services(strapi);

  async function openidOf(userId: number, appId: string): Promise<string> {
    const identity = (await strapi.db.query(UID.identity).findOne({ where: { user: { id: userId }, appId }, select: ['openid'] })) as { openid: string } | null;
    if (!identity) throw businessError('WechatNotLinked', '请先在微信中登录后再支付', { appId });
    return identity.openid;
  }

  function appIdFor(account: AccountRow, channel: Channel): string {
    return channel === 'miniprogram' ? account.miniprogramAppId || account.appId : account.appId;
  }

  /** The answer for an order: with fresh pay parameters while it can still be paid. */
  function withPay(order: OrderRow, account?: AccountRow) {
    if (order.status !== 'pending' || !account) return { order };
    if (order.codeUrl) return { order, codeUrl: order.codeUrl };
    if (order.prepayId) return { order, payParams: payParams(svc().accounts.keys(account), order.appId, order.prepayId) };
    return { order };
  }

  async function prepay(order: OrderRow, account: AccountRow): Promise<Partial<OrderRow>> {
    const client = svc().accounts.client(account);
    const body: Record<string, unknown> = {
      appid: order.appId,
      mchid: account.mchId,
      description: `${order.merchantName ?? '商户'}-扫码付款`.slice(0, 127),
      out_trade_no: order.orderNo,
      time_expire: rfc3339(new Date(order.expiresAt as string | Date)),
      notify_url: svc().accounts.notifyUrl(account, 'notify'),
      amount: { total: order.amount, currency: 'CNY' },
      ...(order.openid ? { payer: { openid: order.openid } } : {}),
    };
    const answer = await client.prepay(order.channel === 'native' ? 'native' : 'jsapi', body);
    if (order.channel === 'native' && answer.code_url) return { codeUrl: answer.code_url };
    if (order.channel !== 'native' && answer.prepay_id) return { prepayId: answer.prepay_id };
    throw payUnavailable('prepay answer without prepay_id / code_url');
  }

  return {
    async create(userId: number, input: CreateInput) {
      const key = `${userId}:${input.idempotencyKey}`;
      const first = (await q().findOne({ where: { idempotencyKey: key } })) as OrderRow | null;
      if (first) return { ...withPay(first, await svc().accounts.get(first.accountId)), created: false };
      const merchant = await svc().merchants.byCode(input.merchant);
      if (!merchant) throw fieldError('merchant', '商户不存在');
      if (merchant.status !== 'open') throw businessError('MerchantClosed', '该商户暂停收款', { merchant: merchant.code });
      if (input.payCode) {
        const code = await svc().merchants.code(input.payCode);
        if (!code || code.merchantId !== merchant.id || !code.enabled) throw fieldError('payCode', '收款码不存在或已停用');
        if (code.amount && code.amount !== input.amount) throw fieldError('amount', '金额与收款码的固定金额不符');
      }
      const account = await svc().accounts.get(merchant.accountId);
      if (!account.enabled) throw businessError('MerchantClosed', '该商户暂停收款', { merchant: merchant.code });
      const now = new Date();
      const { review } = await svc().risk.check({ userId, merchant, amount: input.amount, now });
      const appId = appIdFor(account, input.channel);
      const openid = input.channel === 'native' ? null : await openidOf(userId, appId);
      const ttlMs = payConfig(strapi).orderTtlSeconds * 1000;
      let order: OrderRow;
      try {
        order = (await q().create({
          data: {
            orderNo: newOrderNo(now),
            userId,
            idempotencyKey: key,
            merchantId: merchant.id,
            merchantCode: merchant.code,
            merchantName: merchant.name,
            payCode: input.payCode ?? null,
            accountId: account.id,
            mchId: account.mchId,
            appId,
            channel: input.channel,
            amount: input.amount,
            refundedAmount: 0,
            status: 'pending',
            openid,
            day: shanghaiDay(now),
            expiresAt: new Date(now.getTime() + ttlMs),
            review: review ? 'held' : 'none',
            pointsAwarded: 0,
            pointsClawedBack: 0,
          },
        })) as OrderRow;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        const winner = (await q().findOne({ where: { idempotencyKey: key } })) as OrderRow;
        return { ...withPay(winner, account), created: false };
      }
      try {
        order = (await q().update({ where: { id: order.id }, data: await prepay(order, account) })) as OrderRow;
      } catch (err) {
        // No order left half-made: WeChat Pay has nothing we keep.
        await q().delete({ where: { id: order.id } });
        if (err instanceof PayApiError) throw payUnavailable(`${err.code}: ${err.message}`);
        throw err;
      }
      if (review) await svc().risk.attachOrder(userId, order.orderNo);
      await svc().expiry.schedule(order, ttlMs);
      return { ...withPay(order, account), created: true };
    },

    async mine(userId: number, page: Pagination) {
      const [rows, total] = await Promise.all([
        q().findMany({ where: { userId }, orderBy: [{ id: 'desc' }], ...pageWindow(page) }),
        q().count({ where: { userId } }),
      ]);
      return { rows: rows as OrderRow[], total };
    },

    async findMine(userId: number, orderNo: string): Promise<OrderRow> {
      const order = (await q().findOne({ where: { orderNo, userId } })) as OrderRow | null;
      if (!order) throw notFound('订单不存在');
      return order;
    },

    byOrderNo: (orderNo: string) => q().findOne({ where: { orderNo } }) as Promise<OrderRow | null>,
  };
};
