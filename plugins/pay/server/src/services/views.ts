import type { OrderRow, RefundRow } from './orders';

/** `PayOrder` of API.md. */
export function toPayOrder(o: OrderRow) {
  return {
    orderNo: o.orderNo,
    status: o.status,
    amount: o.amount,
    refundedAmount: o.refundedAmount ?? 0,
    merchant: { code: o.merchantCode ?? '', name: o.merchantName ?? '' },
    channel: o.channel,
    payCode: o.payCode ?? null,
    createdAt: new Date(o.createdAt).toISOString(),
    paidAt: o.paidAt ? new Date(o.paidAt).toISOString() : null,
    expiresAt: o.expiresAt ? new Date(o.expiresAt).toISOString() : null,
    flag: o.flag ?? null,
    review: o.review ?? 'none',
    points: { awarded: o.pointsAwarded ?? 0, clawedBack: o.pointsClawedBack ?? 0, note: o.pointsNote ?? null },
  };
}

/** `Refund` of API.md. */
export function toRefund(r: RefundRow) {
  return {
    refundNo: r.refundNo,
    orderNo: r.orderNo,
    amount: r.amount,
    reason: r.reason ?? null,
    status: r.status,
    createdAt: new Date(r.createdAt).toISOString(),
    finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
    points: { clawedBack: r.pointsClawedBack ?? 0, shortfall: r.shortfall ?? 0 },
  };
}
