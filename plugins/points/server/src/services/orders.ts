import { shanghaiDay } from '@wedraw/kit';
import type { Core } from '@strapi/strapi';
import type { OrderStatus } from '@wedraw/contract';
import { randomInt } from 'crypto';
import { ORDER } from '../util/uids';
import type { Pagination } from '@wedraw/kit';

export interface OrderLine {
  sku: string;
  good: string | null;
  title: string;
  specs: Record<string, unknown> | null;
  quantity: number;
  pointsPrice: number;
}

export interface HistoryEntry {
  status: OrderStatus;
  at: string;
  operator?: string;
  remark?: string;
}

export interface OrderRecord {
  id: number;
  orderNo: string;
  userId: number;
  skuId: number;
  goodId: number | null;
  quantity: number;
  lines: OrderLine[];
  totalPoints: number;
  status: OrderStatus;
  address: Record<string, unknown> | null;
  shipping: { carrier: string; trackingNo: string } | null;
  history: HistoryEntry[];
  clientKey: string | null;
  remark: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Where an operator may move an order from each status (cancel returns points and stock). */
export const TRANSITIONS: Record<OrderStatus, OrderStatus[]> = {
  pending_review: ['to_ship', 'cancelled'],
  to_ship: ['shipped', 'cancelled'],
  shipped: ['completed'],
  completed: [],
  cancelled: [],
};

/** P + Shanghai date + 10 random digits: unique in the database, not guessable. */
export function newOrderNo(now: Date): string {
  return `P${shanghaiDay(now).replace(/-/g, '')}${String(randomInt(0, 1e10)).padStart(10, '0')}`;
}

/** The API.md `ExchangeOrder` shape. */
export function toExchangeOrder(order: OrderRecord) {
  return {
    orderNo: order.orderNo,
    status: order.status,
    lines: order.lines ?? [],
    totalPoints: order.totalPoints,
    address: order.address ?? null,
    shipping: order.shipping ?? null,
    createdAt: order.createdAt,
    history: (order.history ?? []).map(({ status, at }) => ({ status, at })),
  };
}

/** Operators see who moved the order and why, the user, and where the order may go next. */
export function toAdminOrder(order: OrderRecord) {
  return {
    ...toExchangeOrder(order),
    next: TRANSITIONS[order.status] ?? [],
    userId: order.userId,
    quantity: order.quantity,
    remark: order.remark,
    history: order.history ?? [],
    updatedAt: order.updatedAt,
  };
}

export async function findOrders(strapi: Core.Strapi, where: Record<string, unknown>, page: Pagination) {
  const [rows, total] = await Promise.all([
    strapi.db.query(ORDER).findMany({ where, orderBy: [{ id: 'desc' }], offset: (page.page - 1) * page.pageSize, limit: page.pageSize }),
    strapi.db.query(ORDER).count({ where }),
  ]);
  return { rows: rows as OrderRecord[], total };
}
