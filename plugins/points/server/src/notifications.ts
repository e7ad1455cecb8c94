import type { Core } from '@strapi/strapi';
import type { OrderRecord } from './services/orders';

const ORDER_VARIABLES = {
  orderNo: '订单号',
  goodsTitle: '商品名称',
  quantity: '数量',
  totalPoints: '消耗积分',
  carrier: '快递公司（发货后）',
  trackingNo: '快递单号（发货后）',
};

/** The exchange-order events the points plugin emits, which operators may notify users of (消息中心 → 通知设置). */
export const ORDER_EVENTS = {
  created: { name: 'points.exchange.created', label: '兑换订单已提交', variables: ORDER_VARIABLES },
  shipped: { name: 'points.exchange.shipped', label: '兑换订单已发货', variables: ORDER_VARIABLES },
  cancelled: { name: 'points.exchange.cancelled', label: '兑换订单已取消（积分已退回）', variables: ORDER_VARIABLES },
} as const;

/** Points about to expire (a daily job, within the next days). */
export const EXPIRING_EVENT = {
  name: 'points.expiring',
  label: '积分即将过期',
  variables: { points: '即将过期的积分', expiresOn: '最早过期日期（YYYY-MM-DD）' },
} as const;

/** Announces the events to the message center when it is installed. */
export function registerNotificationEvents(strapi: Core.Strapi): void {
  const center = strapi.plugin('messaging');
  if (!center) return;
  for (const event of [...Object.values(ORDER_EVENTS), EXPIRING_EVENT]) center.service('notifications').registerEvent(event);
}

const emit = (strapi: Core.Strapi, name: string, payload: object) =>
  void Promise.resolve(strapi.eventHub.emit(name, payload)).catch((err: Error) => strapi.log.warn(`[points] ${name}: ${err.message}`));

/** Emits `points.expiring` for one user; one per user and expiry date downstream. */
export function emitExpiring(strapi: Core.Strapi, userId: number, points: number, expiresOn: string): void {
  emit(strapi, EXPIRING_EVENT.name, { key: `${userId}:${expiresOn}`, userId, variables: { points, expiresOn } });
}

/** Emits an order event after its transaction committed; the order number makes it idempotent downstream. */
export function emitOrderEvent(strapi: Core.Strapi, kind: keyof typeof ORDER_EVENTS, order: OrderRecord): void {
  const line = order.lines?.[0];
  const variables = {
    orderNo: order.orderNo,
    goodsTitle: line?.title ?? '',
    quantity: order.quantity,
    totalPoints: order.totalPoints,
    carrier: order.shipping?.carrier ?? '',
    trackingNo: order.shipping?.trackingNo ?? '',
  };
  emit(strapi, ORDER_EVENTS[kind].name, { key: order.orderNo, userId: order.userId, variables });
}
