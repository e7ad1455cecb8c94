import type { Core } from '@strapi/strapi';
import { dayWindow, fieldError, shanghaiDay } from '@wedraw/kit';
import { UID } from '../lib/uids';
import { services } from '../lib/services';
import type { OrderRow } from './orders';

/** How a line of the bill and our orders disagree. */
export type BillDifferenceKind =
  | 'not-paid-here'
  | 'unknown-order'
  | 'amount-differs'
  | 'missing-from-bill'
  | 'refund-not-here'
  | 'refund-unknown'
  | 'refund-amount-differs'
  | 'refund-missing-from-bill';

export interface BillDifference {
  kind: BillDifferenceKind;
  orderNo: string;
  /** Refund lines only: the merchant refund number (out_refund_no). */
  refundNo?: string;
  transactionId: string | null;
  billAmount: number | null;
  ourAmount: number | null;
  ourStatus: string | null;
}

export interface BillComparison {
  date: string;
  accountId: number;
  mchId: string;
  /** null: WeChat Pay has no bill for that day (no transactions). */
  bill: { payments: number; refunds: number; paidTotal: number; refundedTotal: number; sha1: string } | null;
  ours: { payments: number; paidTotal: number; refunds: number; refundedTotal: number };
  differences: BillDifference[];
}

const PAID = ['paid', 'refunding', 'refunded', 'partially_refunded'];

interface RefundRow {
  refundNo: string;
  orderNo: string;
  amount: number;
  status: string;
  refundId: string | null;
}
const fen = (yuan: string | undefined) => Math.round(Number(yuan ?? 'NaN') * 100);

/**
 * 对账: a day's trade bill from WeChat Pay (SHA1 checked) compared with our orders of that account —
 * paid in the bill but not here (a lost notification), amounts differing, paid here but missing from the bill;
 * and the same for refund lines against our refunds (by out_refund_no).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Our refunds of the account's orders that succeeded within [start, end). */
  async function refundsFinishedHere(mchId: string, start: Date, end: Date): Promise<RefundRow[]> {
    const rows = (await strapi.db.query(UID.refund).findMany({ where: { status: 'success', finishedAt: { $gte: start, $lt: end } } })) as RefundRow[];
    return ofAccount(mchId, rows);
  }

  /** The refunds whose order belongs to the account (a refund row names its order, the order its mchid). */
  async function ofAccount(mchId: string, rows: RefundRow[]): Promise<RefundRow[]> {
    if (!rows.length) return rows;
    const orderNos = [...new Set(rows.map((r) => r.orderNo))];
    const mine = (await strapi.db.query(UID.order).findMany({ where: { mchId, orderNo: { $in: orderNos } }, select: ['orderNo'] })) as { orderNo: string }[];
    const set = new Set(mine.map((o) => o.orderNo));
    return rows.filter((r) => set.has(r.orderNo));
  }

  /** Refund lines of the bill against our refunds: completed there but not here, unknown here, amounts differing, completed here but absent. */
  async function compareRefunds(mchId: string, lines: Record<string, string>[], refundedHere: RefundRow[]): Promise<BillDifference[]> {
    const billed = new Map(lines.map((r) => [r['商户退款单号'] as string, r]));
    const refundNos = [...billed.keys()];
    const known = refundNos.length
      ? await ofAccount(mchId, (await strapi.db.query(UID.refund).findMany({ where: { refundNo: { $in: refundNos } } })) as RefundRow[])
      : [];
    const byNo = new Map(known.map((r) => [r.refundNo, r]));
    const differences: BillDifference[] = [];
    for (const [refundNo, line] of billed) {
      const refund = byNo.get(refundNo);
      const billAmount = fen(line['退款金额']);
      const base = {
        orderNo: (line['商户订单号'] as string) ?? refund?.orderNo ?? '',
        refundNo,
        transactionId: line['微信订单号'] ?? null,
        billAmount,
        ourAmount: refund?.amount ?? null,
        ourStatus: refund?.status ?? null,
      };
      if (!refund) differences.push({ kind: 'refund-unknown', ...base });
      else if (refund.status !== 'success') differences.push({ kind: 'refund-not-here', ...base });
      else if (refund.amount !== billAmount) differences.push({ kind: 'refund-amount-differs', ...base });
    }
    for (const refund of refundedHere) {
      if (billed.has(refund.refundNo)) continue;
      differences.push({
        kind: 'refund-missing-from-bill',
        orderNo: refund.orderNo,
        refundNo: refund.refundNo,
        transactionId: null,
        billAmount: null,
        ourAmount: refund.amount,
        ourStatus: refund.status,
      });
    }
    return differences;
  }

  return {
    async compare(accountId: number, date: string): Promise<BillComparison> {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw fieldError('date', '日期格式为 YYYY-MM-DD');
      if (date > shanghaiDay()) throw fieldError('date', '不能对账未来的日期');
      const account = await services(strapi).accounts.get(accountId);
      const bill = await services(strapi).accounts.client(account).tradeBill(date);
      const payments = (bill?.rows ?? []).filter((r) => r['交易状态'] === 'SUCCESS');
      const refunds = (bill?.rows ?? []).filter((r) => r['交易状态'] === 'REFUND');
      const [start, end] = dayWindow(date);
      const paidHere = (await strapi.db.query(UID.order).findMany({
        where: { mchId: account.mchId, status: { $in: PAID }, paidAt: { $gte: start, $lt: end } },
      })) as OrderRow[];
      const billed = new Map(payments.map((r) => [r['商户订单号'] as string, r]));
      const orderNos = [...billed.keys()];
      const known = orderNos.length
        ? ((await strapi.db.query(UID.order).findMany({ where: { mchId: account.mchId, orderNo: { $in: orderNos } } })) as OrderRow[])
        : [];
      const byNo = new Map(known.map((o) => [o.orderNo, o]));
      const differences: BillDifference[] = [];
      for (const [orderNo, row] of billed) {
        const order = byNo.get(orderNo);
        const billAmount = fen(row['订单金额']);
        const base = { orderNo, transactionId: row['微信订单号'] ?? null, billAmount, ourAmount: order?.amount ?? null, ourStatus: order?.status ?? null };
        if (!order) differences.push({ kind: 'unknown-order', ...base });
        else if (!PAID.includes(order.status)) differences.push({ kind: 'not-paid-here', ...base });
        else if (order.amount !== billAmount) differences.push({ kind: 'amount-differs', ...base });
      }
      for (const order of paidHere) {
        if (billed.has(order.orderNo)) continue;
        differences.push({
          kind: 'missing-from-bill',
          orderNo: order.orderNo,
          transactionId: order.transactionId,
          billAmount: null,
          ourAmount: order.amount,
          ourStatus: order.status,
        });
      }
      const refundedHere = await refundsFinishedHere(account.mchId, start, end);
      differences.push(...(await compareRefunds(account.mchId, refunds, refundedHere)));
      return {
        date,
        accountId: account.id,
        mchId: account.mchId,
        bill: bill
          ? {
              payments: payments.length,
              refunds: refunds.length,
              paidTotal: payments.reduce((s, r) => s + fen(r['订单金额']), 0),
              refundedTotal: refunds.reduce((s, r) => s + fen(r['退款金额']), 0),
              sha1: bill.sha1,
            }
          : null,
        ours: {
          payments: paidHere.length,
          paidTotal: paidHere.reduce((s, o) => s + o.amount, 0),
          refunds: refundedHere.length,
          refundedTotal: refundedHere.reduce((s, r) => s + r.amount, 0),
        },
        differences,
      };
    },
  };
};
