import type { Core } from '@strapi/strapi';
import { inTransaction, isBusinessError, lockRow } from '@wedraw/kit';
import { UID } from '../lib/uids';
import type { OrderRow } from './orders';

/** What WeChat Pay says was paid (a decrypted notification or a query answer). */
export interface PaidTransaction {
  out_trade_no?: string;
  transaction_id?: string;
  trade_state?: string;
  appid?: string;
  mchid?: string;
  success_time?: string;
  payer?: { openid?: string };
  amount?: { total?: number; payer_total?: number };
}

/** States a payment may still move from (a late payment of a closed order is still recorded). */
const SETTLEABLE = new Set(['pending', 'closed']);
/** How many settled order numbers an instance keeps to answer retries without a database read. */
const SETTLED_MEMORY = 50_000;

export type SettleOutcome = 'paid' | 'duplicate' | 'mismatch' | 'not-paid' | 'unknown-order';

/** The points ledger's idempotency key of an order's award: UNIQUE in the ledger, so one award per order. */
export const awardKey = (orderNo: string) => `pay:${orderNo}`;

type Ledger = {
  ensureAccount(userId: number): Promise<void>;
  award(
    user: number,
    rule: string,
    o: { idempotencyKey: string; amountFen?: number; refId?: string; source?: string; remark?: string; keyIsNew?: boolean },
  ): Promise<{ line: { delta: number }; duplicate: boolean }>;
};

/** Moves an order to paid and awards the `payment` rule's points in one transaction, once per order. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const ledger = () => strapi.plugin('points').service('ledger') as Ledger;
  /** Order numbers this instance saw settled (paid or later), the most recent SETTLED_MEMORY of them. */
  const settledHere = new Set<string>();
  const remember = (orderNo: string) => {
    if (settledHere.size >= SETTLED_MEMORY) settledHere.delete(settledHere.values().next().value as string);
    settledHere.add(orderNo);
  };

  /** Awards the order's points inside the caller's transaction; a rule that gives nothing is noted, not an error. */
  async function award(order: OrderRow): Promise<{ pointsAwarded: number; pointsNote: string | null }> {
    try {
      const { line } = await ledger().award(order.userId, 'payment', {
        idempotencyKey: awardKey(order.orderNo),
        // The order row is locked and not yet paid/released, so its award key cannot exist yet.
        keyIsNew: true,
        amountFen: order.amount,
        refId: order.orderNo,
        source: 'payment',
        remark: `支付 ${order.merchantName ?? ''} ${(order.amount / 100).toFixed(2)} 元`,
      });
      return { pointsAwarded: line.delta, pointsNote: null };
    } catch (err) {
      if (isBusinessError(err)) return { pointsAwarded: 0, pointsNote: `${(err as Error).name}: ${(err as Error).message}` };
      throw err;
    }
  }

  function mismatch(order: OrderRow, tx: PaidTransaction): Record<string, unknown> | null {
    const problems: Record<string, unknown> = {};
    if (tx.amount?.total !== order.amount) problems.amount = { expected: order.amount, got: tx.amount?.total ?? null };
    if (tx.appid !== order.appId) problems.appid = { expected: order.appId, got: tx.appid ?? null };
    if (tx.mchid !== order.mchId) problems.mchid = { expected: order.mchId, got: tx.mchid ?? null };
    return Object.keys(problems).length ? problems : null;
  }

  return {
    award,

    async settle(tx: PaidTransaction): Promise<{ outcome: SettleOutcome; order: OrderRow | null }> {
      if (tx.trade_state !== 'SUCCESS' || !tx.out_trade_no) return { outcome: 'not-paid', order: null };
      // A retry of an order this instance settled ends here without a statement: a settled order never
      // becomes settleable again. Others end on a plain read, without taking any lock. An order still
      // pending (its first delivery may be in flight) takes the locked path, which decides.
      if (settledHere.has(tx.out_trade_no)) return { outcome: 'duplicate', order: null };
      const seen = await (strapi.db.queryBuilder(UID.order as never) as any)
        .select(['id', 'status', 'userId'])
        .where({ orderNo: tx.out_trade_no })
        .first()
        .execute();
      if (!seen) return { outcome: 'unknown-order', order: null };
      if (!SETTLEABLE.has(seen.status)) {
        remember(tx.out_trade_no);
        return { outcome: 'duplicate', order: null };
      }
      // A payer without a points account gets it here, outside the transaction: created inside, it would
      // follow a locking read of a missing row (a gap lock), and two new payers at once would deadlock.
      await ledger().ensureAccount(seen.userId);
      const result = await inTransaction(strapi, async () => {
        const order = await lockRow<OrderRow>(strapi, UID.order, { orderNo: tx.out_trade_no });
        if (!order) return { outcome: 'unknown-order' as const, order: null };
        if (!SETTLEABLE.has(order.status)) return { outcome: 'duplicate' as const, order };
        const problems = mismatch(order, tx);
        if (problems) {
          // Flagged for an operator; no points. WeChat Pay is still answered 2xx so that it stops retrying.
          if (order.flag !== 'mismatch')
            await strapi.db.query(UID.order).update({ where: { id: order.id }, data: { flag: 'mismatch', flagDetails: problems } });
          strapi.log.error(`[pay] notification for ${order.orderNo} does not match the order: ${JSON.stringify(problems)}`);
          return { outcome: 'mismatch' as const, order };
        }
        const points = order.review === 'held' ? { pointsAwarded: 0, pointsNote: '风控待审核：积分待释放' } : await award(order);
        const data = {
          status: 'paid' as const,
          paidAt: tx.success_time ? new Date(tx.success_time) : new Date(),
          settledAt: new Date(),
          transactionId: tx.transaction_id ?? null,
          ...(tx.payer?.openid ? { openid: tx.payer.openid } : {}),
          ...points,
          updatedAt: new Date(),
        };
        // One UPDATE on the locked row (the query engine's update would select it before and after).
        await (strapi.db.queryBuilder(UID.order as never) as any).update(data).where({ id: order.id }).execute();
        if (order.payCode) await (strapi.db.queryBuilder(UID.code as never) as any).increment('paid_count', 1).where({ code: order.payCode }).execute();
        return { outcome: 'paid' as const, order: { ...order, ...data } as OrderRow };
      });
      // Committed: from now on this order is never settleable again.
      if (result.outcome === 'paid' || result.outcome === 'duplicate') remember(tx.out_trade_no);
      return result;
    },

    /** An operator releases the points of a review-held order. */
    async release(orderNo: string): Promise<OrderRow | null> {
      return inTransaction(strapi, async () => {
        const order = await lockRow<OrderRow>(strapi, UID.order, { orderNo });
        if (!order || order.review !== 'held') return order;
        const data = order.status === 'pending' ? { review: 'released' } : { review: 'released', ...(await award(order)) };
        return (await strapi.db.query(UID.order).update({ where: { id: order.id }, data })) as OrderRow;
      });
    },
  };
};
