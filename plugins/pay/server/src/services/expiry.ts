import type { Core } from '@strapi/strapi';
import { payConfig } from '../config';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { PAY_QUEUE, type OrderRow } from './orders';

type Queue = {
  define(queue: string, handler: (job: { name: string; data: { orderNo?: string } }) => Promise<unknown>): void;
  add(queue: string, name: string, data: unknown, options?: { delay?: number; jobId?: string; attempts?: number; backoff?: unknown }): Promise<unknown>;
  repeat(queue: string, id: string, name: string, options: { every?: number }): Promise<unknown>;
};

export type ReconcileOutcome = 'paid' | 'duplicate' | 'mismatch' | 'closed' | 'pending' | 'not-pending' | 'unknown-order';

/**
 * Unpaid orders end: a delayed job at the order's deadline asks WeChat Pay (it may have been paid
 * and the notification lost), then closes it there and here. A sweep every minute reconciles
 * pending orders whose notification is late.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const queue = () => strapi.service('api::platform.queue') as unknown as Queue;

  /** Asks WeChat Pay about one order: settles it when paid; closes it when `close` and past its deadline. */
  async function reconcile(orderNo: string, close: boolean): Promise<ReconcileOutcome> {
    const order = await services(strapi).orders.byOrderNo(orderNo);
    if (!order) return 'unknown-order';
    if (order.status !== 'pending') return 'not-pending';
    const account = await services(strapi).accounts.get(order.accountId);
    const client = services(strapi).accounts.client(account);
    const tx = await client.query(orderNo);
    if (tx?.trade_state === 'SUCCESS' || tx?.trade_state === 'REFUND') {
      const settled = await services(strapi).settlement.settle({ ...tx, trade_state: 'SUCCESS' });
      if (settled.outcome === 'paid' && settled.order) services(strapi).alerts.paid(settled.order);
      if (settled.outcome === 'mismatch') services(strapi).alerts.mismatch(orderNo, account.mchId);
      return settled.outcome as ReconcileOutcome;
    }
    if (!close || new Date(order.expiresAt as string).getTime() > Date.now()) return 'pending';
    if (tx && tx.trade_state !== 'CLOSED') await client.close(orderNo);
    await (strapi.db.queryBuilder(UID.order as never) as any).update({ status: 'closed' }).where({ id: order.id, status: 'pending' }).execute();
    return 'closed';
  }

  return {
    reconcile,

    async schedule(order: OrderRow, delayMs: number): Promise<void> {
      await queue().add(
        PAY_QUEUE,
        'expire',
        { orderNo: order.orderNo },
        { delay: delayMs, jobId: `expire-${order.orderNo}`, attempts: 5, backoff: { type: 'exponential', delay: 5000 } },
      );
    },

    /** Pending orders older than `reconcileAfterS`, oldest first, each asked once. */
    async sweep(limit = 100): Promise<number> {
      const before = new Date(Date.now() - payConfig(strapi).reconcileAfterS * 1000);
      const rows = (await strapi.db
        .query(UID.order)
        .findMany({ where: { status: 'pending', createdAt: { $lt: before } }, select: ['orderNo'], orderBy: [{ id: 'asc' }], limit })) as OrderRow[];
      for (const row of rows) await reconcile(row.orderNo, true).catch((err: Error) => strapi.log.warn(`[pay] reconcile ${row.orderNo}: ${err.message}`));
      return rows.length;
    },

    start(): void {
      queue().define(PAY_QUEUE, async (job) => {
        if (job.name === 'expire' && job.data.orderNo) return reconcile(job.data.orderNo, true);
        if (job.name === 'sweep') return services(strapi).expiry.sweep();
        throw new Error(`unknown pay job ${job.name}`);
      });
      queue()
        .repeat(PAY_QUEUE, 'reconcile-sweep', 'sweep', { every: 60_000 })
        .catch(() => undefined);
    },
  };
};
