import type { Core } from '@strapi/strapi';
import { isCancellable, orderStatusLabel, type OrderStatus } from '@wedraw/contract';
import { businessError, fieldError, inTransaction, lockRow, notFound } from '@wedraw/kit';
import { emitOrderEvent } from '../notifications';
import { clock } from '../util/plugin';
import { insertRow } from '../util/rows';
import { ADDRESS, ORDER, SKU } from '../util/uids';
import type { Pagination } from '@wedraw/kit';
import type { Account } from '../types';
import { createLedger } from './ledger';
import { skuLookup, type SkuRow } from './sku-lookup';
import { findOrders, type HistoryEntry, newOrderNo, type OrderRecord, TRANSITIONS } from './orders';

export interface ExchangeInput {
  sku: string;
  quantity: number;
  address?: string;
  idempotencyKey?: string;
}

const stamp = (status: OrderStatus, at: Date, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ status, at: at.toISOString(), ...extra });

/**
 * Exchange orders. Creating one is a single transaction: lock the account row, check limits and
 * balance, write the spend line and insert the order, then take the stock in one conditional update
 * of the SKU row (always account before SKU, so two exchanges never deadlock on each other). Cancelling locks
 * account → order → SKU and returns points and stock exactly once.
 */
export function createExchange(strapi: Core.Strapi) {
  const ledger = createLedger(strapi);

  const byClientKey = (userId: number, clientKey: string) => strapi.db.query(ORDER).findOne({ where: { userId, clientKey } }) as Promise<OrderRecord | null>;

  const findSku = skuLookup(strapi);

  async function loadSku(documentId: string): Promise<SkuRow> {
    const sku = await findSku(documentId);
    if (!sku) throw fieldError('sku', '商品规格不存在');
    if (!sku.good || !sku.good.onShelf) throw businessError('NotOnShelf', '商品已下架', { sku: documentId });
    return sku;
  }

  async function addressSnapshot(userId: number, documentId: string | undefined) {
    if (!documentId) return null;
    const address = await strapi.db.query(ADDRESS).findOne({ where: { documentId, user: { id: userId } } });
    if (!address) throw fieldError('address', '收货地址不存在');
    const { receiver, phone, province, city, district, detail } = address as Record<string, string | null>;
    return { documentId, receiver, phone, province, city, district, detail };
  }

  async function checkLimit(userId: number, sku: SkuRow, quantity: number) {
    const limit = sku.good?.exchangeLimitPerUser ?? 0;
    if (limit <= 0) return;
    const orders = (await strapi.db.query(ORDER).findMany({
      where: { userId, goodId: sku.good!.id, status: { $ne: 'cancelled' } },
      select: ['quantity'],
    })) as { quantity: number }[];
    const had = orders.reduce((sum, o) => sum + o.quantity, 0);
    if (had + quantity > limit) throw businessError('LimitExceeded', `该商品每人限兑 ${limit} 件`, { limit, had, quantity });
  }

  /**
   * The hot SKU row last and in one statement: stock down and sales up only while the stock
   * covers the quantity and the price is the one the user saw. No row changed → say why (the
   * transaction rolls back the order and the spend line with it).
   */
  async function takeStock(sku: SkuRow, quantity: number): Promise<void> {
    const changed = await (strapi.db.queryBuilder(SKU) as any)
      .update({ updatedAt: new Date() })
      .decrement('stock', quantity)
      .increment('sales', quantity)
      .where({ id: sku.id, stock: { $gte: quantity }, pointsPrice: sku.pointsPrice })
      .execute();
    if (Number(changed) === 1) return;
    const now = (await strapi.db.query(SKU).findOne({ where: { id: sku.id }, select: ['stock', 'pointsPrice'] })) as SkuRow | null;
    if (now && now.pointsPrice !== sku.pointsPrice) throw businessError('PriceChanged', '商品积分价已变化，请刷新后重试', { pointsPrice: now.pointsPrice });
    throw businessError('OutOfStock', '库存不足', { stock: now?.stock ?? 0, quantity });
  }

  /**
   * Inside the account lock: limits, the spend line and the order first, then the SKU row as late
   * as possible (one conditional update, then commit), so a hot SKU is held only briefly.
   */
  async function place(account: Account, sku: SkuRow, input: ExchangeInput, address: Record<string, unknown> | null): Promise<OrderRecord> {
    const { quantity } = input;
    await checkLimit(account.userId, sku, quantity);
    const totalPoints = sku.pointsPrice * quantity;
    if (account.balance < totalPoints) throw businessError('InsufficientPoints', '积分不足', { balance: account.balance, needed: totalPoints });
    const now = clock(strapi).now();
    const orderNo = newOrderNo(now);
    if (totalPoints > 0) {
      const spend = {
        type: 'spend' as const,
        delta: -totalPoints,
        idempotencyKey: `exchange:${orderNo}`,
        source: 'exchange',
        refId: orderNo,
        remark: `兑换 ${sku.good!.title} × ${quantity}`,
      };
      await ledger.postLocked(account, spend, { freshKey: true });
    }
    const order = (await insertRow(strapi, ORDER, {
      orderNo,
      userId: account.userId,
      skuId: sku.id,
      goodId: sku.good!.id,
      quantity,
      lines: [{ sku: sku.documentId, good: sku.good!.documentId, title: sku.good!.title, specs: sku.specs ?? null, quantity, pointsPrice: sku.pointsPrice }],
      totalPoints,
      status: 'pending_review' as OrderStatus,
      address,
      shipping: null,
      history: [stamp('pending_review', now)],
      clientKey: input.idempotencyKey ?? null,
      remark: null,
    })) as unknown as OrderRecord;
    await takeStock(sku, quantity);
    return order;
  }

  /** Cancel with the account locked: points back and stock back once; an already cancelled order is returned as it is. */
  async function cancelLocked(account: Account, orderId: number, actor: Partial<HistoryEntry>): Promise<OrderRecord> {
    const order = await lockRow<OrderRecord>(strapi, ORDER, { id: orderId });
    if (!order) throw notFound('订单不存在');
    const fresh = (await strapi.db.query(ORDER).findOne({ where: { id: orderId } })) as OrderRecord;
    if (fresh.status === 'cancelled') return fresh;
    if (!isCancellable(fresh.status)) throw businessError('NotCancellable', '订单已发货，不能取消', { status: fresh.status });
    const spent = await ledger.findByKey(`exchange:${fresh.orderNo}`);
    if (spent) {
      await ledger.postLocked(account, {
        type: 'refund',
        delta: -spent.delta,
        restore: spent.consumed ?? [],
        idempotencyKey: `refund:${fresh.orderNo}`,
        source: 'exchange',
        refId: fresh.orderNo,
        remark: '取消兑换，退还积分',
      });
    }
    const sku = await lockRow<SkuRow>(strapi, SKU, { id: fresh.skuId });
    if (sku) {
      await (strapi.db.queryBuilder(SKU) as any)
        .update({ stock: sku.stock + fresh.quantity, sales: Math.max(0, (sku.sales ?? 0) - fresh.quantity) })
        .where({ id: sku.id })
        .execute();
    }
    const history = [...(fresh.history ?? []), stamp('cancelled', clock(strapi).now(), actor)];
    return (await strapi.db.query(ORDER).update({ where: { id: orderId }, data: { status: 'cancelled', history } })) as OrderRecord;
  }

  return {
    /**
     * A repeated idempotency key is answered with the first order: the attempt fails (the UNIQUE
     * (user, clientKey) index refuses the second insert, or a limit or the balance says no), the
     * transaction rolls back, and the first order is read. No lookup on the way in.
     */
    async create(userId: number, input: ExchangeInput): Promise<{ order: OrderRecord; created: boolean }> {
      const sku = await loadSku(input.sku);
      const address = await addressSnapshot(userId, input.address);
      try {
        const placed = await ledger.withAccount(userId, async (account) => ({ order: await place(account, sku, input, address), created: true }));
        emitOrderEvent(strapi, 'created', placed.order);
        return placed;
      } catch (err) {
        // Whatever refused this attempt (the UNIQUE key, or a limit or the balance the first order
        // used up), an order under this key means the request is a retry: answer with that order.
        if (input.idempotencyKey) {
          const first = await byClientKey(userId, input.idempotencyKey);
          if (first) return { order: first, created: false };
        }
        throw err;
      }
    },

    async mine(userId: number, status: OrderStatus | undefined, page: Pagination) {
      return findOrders(strapi, status ? { userId, status } : { userId }, page);
    },

    async findMine(userId: number, orderNo: string): Promise<OrderRecord> {
      const order = (await strapi.db.query(ORDER).findOne({ where: { orderNo, userId } })) as OrderRecord | null;
      if (!order) throw notFound('订单不存在');
      return order;
    },

    /** Cancel an order by number; `userId` restricts it to the owner (users), absent for operators. */
    async cancel(orderNo: string, actor: Partial<HistoryEntry> & { userId?: number }): Promise<OrderRecord> {
      const where = actor.userId === undefined ? { orderNo } : { orderNo, userId: actor.userId };
      const order = (await strapi.db.query(ORDER).findOne({ where, select: ['id', 'userId', 'status'] })) as OrderRecord | null;
      if (!order) throw notFound('订单不存在');
      const { userId: _ignored, ...entry } = actor;
      const cancelled = await ledger.withAccount(order.userId, (account) => cancelLocked(account, order.id, entry));
      if (order.status !== 'cancelled') emitOrderEvent(strapi, 'cancelled', cancelled);
      return cancelled;
    },

    /** Operator moves: cancel as above; otherwise lock the order row, check the transition, record who and when. */
    async move(orderNo: string, to: OrderStatus, changes: Partial<OrderRecord>, actor: Partial<HistoryEntry>): Promise<OrderRecord> {
      if (to === 'cancelled') return this.cancel(orderNo, actor);
      const moved = await inTransaction(strapi, async () => {
        const row = await lockRow<{ id: number }>(strapi, ORDER, { orderNo });
        if (!row) throw notFound('订单不存在');
        const order = (await strapi.db.query(ORDER).findOne({ where: { id: row.id } })) as OrderRecord;
        if (!TRANSITIONS[order.status].includes(to)) {
          throw businessError('InvalidTransition', `订单状态为“${orderStatusLabel(order.status)}”，不能改为“${orderStatusLabel(to)}”`, {
            from: order.status,
            to,
          });
        }
        const history = [...(order.history ?? []), stamp(to, clock(strapi).now(), actor)];
        return (await strapi.db.query(ORDER).update({ where: { id: row.id }, data: { ...changes, status: to, history } })) as OrderRecord;
      });
      if (to === 'shipped') emitOrderEvent(strapi, 'shipped', moved);
      return moved;
    },
  };
}

export type Exchange = ReturnType<typeof createExchange>;

export default ({ strapi }: { strapi: Core.Strapi }) => createExchange(strapi);
