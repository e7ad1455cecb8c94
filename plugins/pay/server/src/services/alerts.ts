import type { Core } from '@strapi/strapi';

/** The events the pay plugin emits, which operators may be notified of (消息中心 → 通知设置). */
export const PAY_EVENTS = {
  mismatch: {
    name: 'pay.notify.mismatch',
    label: '支付通知与订单不符（已标记，未发积分）',
    variables: { orderNo: '订单号', mchId: '商户号' },
  },
  paid: {
    name: 'pay.order.paid',
    label: '支付成功（含获得的积分）',
    variables: { orderNo: '订单号', amount: '金额（元）', merchant: '商户', points: '获得积分' },
  },
} as const;

/** Announces the events to the message center when it is installed. */
export function registerPayEvents(strapi: Core.Strapi): void {
  const center = strapi.plugin('messaging');
  if (!center) return;
  for (const event of Object.values(PAY_EVENTS)) center.service('notifications').registerEvent(event);
}

const emit = (strapi: Core.Strapi, name: string, payload: object) =>
  void Promise.resolve(strapi.eventHub.emit(name, payload)).catch((err: Error) => strapi.log.warn(`[pay] ${name}: ${err.message}`));

/** Operator alerts and user notifications: always the log, and the message center's events. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  mismatch(orderNo: string | null, mchId: string): void {
    strapi.log.error(`[pay] ALERT: a notification for order ${orderNo ?? '?'} (mchid ${mchId}) does not match the order; flagged, no points`);
    emit(strapi, PAY_EVENTS.mismatch.name, { key: `${mchId}:${orderNo ?? '?'}`, variables: { orderNo, mchId } });
  },
  paid(order: { orderNo: string; userId: number; amount: number; merchantName: string | null; pointsAwarded: number }): void {
    emit(strapi, PAY_EVENTS.paid.name, {
      key: order.orderNo,
      userId: order.userId,
      variables: { orderNo: order.orderNo, amount: (order.amount / 100).toFixed(2), merchant: order.merchantName ?? '', points: order.pointsAwarded },
    });
  },
});
