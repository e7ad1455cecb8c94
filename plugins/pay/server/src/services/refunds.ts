import { randomInt } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { businessError, inTransaction, isBusinessError, isUniqueViolation, lockRow, notFound, pageWindow, type Pagination } from '@wedraw/kit';
import { PayApiError } from '../clients/wechatpay';
import { payUnavailable } from '../lib/errors';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { OrderRow, RefundRow } from './orders';

export interface RefundInput {
  orderNo: string;
  amount: number;
  reason?: string | undefined;
  idempotencyKey: string;
}

type RefundEnd = 'success' | 'failed' | 'closed';
const END_OF: Record<string, RefundEnd | undefined> = { SUCCESS: 'success', ABNORMAL: 'failed', CLOSED: 'closed' };
const REFUNDABLE = new Set(['paid', 'refunding', 'partially_refunded']);

type Ledger = {
  spend(user: number, amount: number, o: { idempotencyKey: string; source?: string; refId?: string; remark?: string }): Promise<unknown>;
  balance(user: number): Promise<{ balance: number }>;
};

/** Refunds: reserve the amount on the order, ask WeChat Pay, end on its notification (or a query). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const r = () => strapi.db.query(UID.refund);
  const ledger = () => strapi.plugin('points').service('ledger') as Ledger;

  /** After a successful refund: take back the refunded share of the order's points, never below zero. */
  async function clawBack(order: OrderRow, refund: RefundRow, refundedOk: number, shortfallSoFar: number) {
    const due = Math.floor((order.pointsAwarded * refundedOk) / order.amount) - order.pointsClawedBack - shortfallSoFar;
    if (due <= 0) return { pointsClawedBack: 0, shortfall: 0 };
    for (let attempt = 0; attempt < 2; attempt++) {
      const take = Math.min(due, (await ledger().balance(order.userId)).balance);
      if (take <= 0) return { pointsClawedBack: 0, shortfall: due };
      try {
        await ledger().spend(order.userId, take, {
          idempotencyKey: `pay-refund:${refund.refundNo}`,
          source: 'payment_refund',
          refId: order.orderNo,
          remark: '支付退款，扣回积分',
        });
        return { pointsClawedBack: take, shortfall: due - take };
      } catch (err) {
        if (!isBusinessError(err, 'InsufficientPoints')) throw err; // lots expired meanwhile: once more with the new balance
      }
    }
    return { pointsClawedBack: 0, shortfall: due };
  }

  /** Ends a processing refund once (success, failed, closed), with the order and the points. */
  async function finish(refundNo: string, end: RefundEnd, refundId?: string): Promise<'finished' | 'duplicate' | 'unknown-refund'> {
    return inTransaction(strapi, async () => {
      const refund = await lockRow<RefundRow>(strapi, UID.refund, { refundNo });
      if (!refund) return 'unknown-refund';
      const order = (await lockRow<OrderRow>(strapi, UID.order, { orderNo: refund.orderNo })) as OrderRow;
      if (refund.status !== 'processing') return 'duplicate';
      const others = (await r().findMany({
        where: { orderNo: order.orderNo, id: { $ne: refund.id } },
        select: ['amount', 'status', 'shortfall'],
      })) as RefundRow[];
      const processing = others.some((o) => o.status === 'processing');
      let patch: Record<string, unknown> = {};
      let refunded = order.refundedAmount;
      if (end === 'success') {
        const ok = others.filter((o) => o.status === 'success').reduce((s, o) => s + o.amount, 0) + refund.amount;
        patch = await clawBack(
          order,
          refund,
          ok,
          others.reduce((s, o) => s + (o.shortfall ?? 0), 0),
        );
      } else {
        refunded -= refund.amount; // the reserved amount is free again
      }
      await r().update({ where: { id: refund.id }, data: { status: end, finishedAt: new Date(), ...(refundId ? { refundId } : {}), ...patch } });
      const status = processing ? 'refunding' : refunded >= order.amount ? 'refunded' : refunded > 0 ? 'partially_refunded' : 'paid';
      await strapi.db.query(UID.order).update({
        where: { id: order.id },
        data: { status, refundedAmount: refunded, pointsClawedBack: order.pointsClawedBack + ((patch.pointsClawedBack as number) ?? 0) },
      });
      return 'finished';
    });
  }

  /** Reserves the amount on the locked order and writes the refund (processing). */
  async function reserve(input: RefundInput, operator: string): Promise<RefundRow> {
    return inTransaction(strapi, async () => {
      const order = await lockRow<OrderRow>(strapi, UID.order, { orderNo: input.orderNo });
      if (!order) throw notFound('订单不存在');
      if (!REFUNDABLE.has(order.status)) throw businessError('NotPaid', '订单未支付，不能退款', { status: order.status });
      const left = order.amount - order.refundedAmount;
      if (input.amount > left) throw businessError('RefundExceedsPaid', '退款金额超过可退金额', { refundable: left });
      const refund = (await r().create({
        data: {
          refundNo: `R${order.orderNo.slice(1)}${String(randomInt(0, 1000)).padStart(3, '0')}`,
          orderNo: order.orderNo,
          idempotencyKey: input.idempotencyKey,
          amount: input.amount,
          reason: input.reason ?? null,
          status: 'processing',
          operator,
          pointsClawedBack: 0,
          shortfall: 0,
        },
      })) as RefundRow;
      await strapi.db.query(UID.order).update({ where: { id: order.id }, data: { status: 'refunding', refundedAmount: order.refundedAmount + input.amount } });
      return refund;
    });
  }

  return {
    finish,

    async create(input: RefundInput, operator: string): Promise<{ refund: RefundRow; created: boolean }> {
      const first = (await r().findOne({ where: { idempotencyKey: input.idempotencyKey } })) as RefundRow | null;
      if (first) return { refund: first, created: false };
      let refund: RefundRow;
      try {
        refund = await reserve(input, operator);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        return { refund: (await r().findOne({ where: { idempotencyKey: input.idempotencyKey } })) as RefundRow, created: false };
      }
      const order = (await services(strapi).orders.byOrderNo(input.orderNo)) as OrderRow;
      const account = await services(strapi).accounts.get(order.accountId);
      try {
        const answer = await services(strapi)
          .accounts.client(account)
          .refund({
            out_trade_no: order.orderNo,
            out_refund_no: refund.refundNo,
            ...(input.reason ? { reason: input.reason } : {}),
            notify_url: services(strapi).accounts.notifyUrl(account, 'refund-notify'),
            amount: { refund: input.amount, total: order.amount, currency: 'CNY' },
          });
        const end = END_OF[String(answer.status)];
        if (end) await finish(refund.refundNo, end, answer.refund_id);
        else if (answer.refund_id) await r().update({ where: { id: refund.id }, data: { refundId: answer.refund_id } });
      } catch (err) {
        // WeChat Pay refused: nothing is being refunded, the reservation goes back.
        if (err instanceof PayApiError) {
          await finish(refund.refundNo, 'failed');
          throw businessError('RefundRefused', `微信支付拒绝退款：${err.message || err.code}`, { code: err.code });
        }
        throw payUnavailable((err as Error).message); // unknown state: the refund stays processing until a query or notification ends it
      }
      return { refund: (await r().findOne({ where: { id: refund.id } })) as RefundRow, created: true };
    },

    /** A decrypted refund notification (`refund_status`). */
    async applyNotification(resource: Record<string, any>): Promise<string> {
      const end = END_OF[String(resource.refund_status)];
      if (!end || typeof resource.out_refund_no !== 'string') return 'ignored';
      return finish(resource.out_refund_no, end, resource.refund_id);
    },

    async list(page: Pagination, where: Record<string, unknown> = {}) {
      const [rows, total] = await Promise.all([r().findMany({ where, orderBy: [{ id: 'desc' }], ...pageWindow(page) }), r().count({ where })]);
      return { rows: rows as RefundRow[], total };
    },
    ofOrder: (orderNo: string) => r().findMany({ where: { orderNo }, orderBy: [{ id: 'asc' }] }) as Promise<RefundRow[]>,
  };
};
