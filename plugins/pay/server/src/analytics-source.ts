import type { Core } from '@strapi/strapi';
import { countingSource } from '@wedraw/kit';
import { UID } from './lib/uids';

const PAID = ['paid', 'refunding', 'refunded', 'partially_refunded'];
const byMerchant = [{ attribute: 'merchantCode', prefix: 'merchant:' }];

/**
 * Pay per business day and merchant: orders placed, orders paid with their amount (fen) and the
 * points awarded (by the time they were paid), and refunds that succeeded with their amount. The
 * home's attention list gets the orders an operator must look at (amount mismatch, held for review).
 */
export function registerAnalyticsSources(strapi: Core.Strapi): void {
  const sources = strapi.plugin('analytics')?.service('sources');
  if (!sources) return;
  const orders = () => strapi.db.connection(strapi.db.metadata.get(UID.order as never).tableName);
  sources.register(
    countingSource(strapi as never, {
      name: 'pay.orders',
      domain: 'pay',
      uid: UID.order,
      counts: [
        { metric: 'pay.orders', label: '支付订单', at: 'createdAt', by: byMerchant },
        { metric: 'pay.paid', label: '支付成功', at: 'paidAt', where: { status: PAID }, by: byMerchant },
        {
          metric: 'pay.amount',
          label: '支付金额',
          unit: '分',
          at: 'paidAt',
          where: { status: PAID },
          by: byMerchant,
          value: { attributes: ['amount'], of: (r) => Number(r.amount ?? 0) },
        },
        {
          metric: 'pay.points',
          label: '支付奖励积分',
          unit: '积分',
          at: 'paidAt',
          where: { status: PAID },
          value: { attributes: ['pointsAwarded'], of: (r) => Number(r.pointsAwarded ?? 0) },
        },
      ],
      attention: async () => {
        const count = async (where: Record<string, string>) =>
          Number(((await orders().count({ n: '*' }).where(where).first()) as { n: string | number } | undefined)?.n ?? 0);
        return [
          { key: 'pay.mismatch', label: '金额不符的支付通知', value: await count({ flag: 'mismatch' }), link: '/plugins/pay' },
          { key: 'pay.review', label: '待审核的支付积分', value: await count({ review: 'held' }), link: '/plugins/pay' },
        ];
      },
    }),
  );
  sources.register(
    countingSource(strapi as never, {
      name: 'pay.refunds',
      domain: 'pay',
      uid: UID.refund,
      counts: [
        { metric: 'pay.refunds', label: '退款成功', at: 'finishedAt', where: { status: 'success' } },
        {
          metric: 'pay.refundAmount',
          label: '退款金额',
          unit: '分',
          at: 'finishedAt',
          where: { status: 'success' },
          value: { attributes: ['amount'], of: (r) => Number(r.amount ?? 0) },
        },
      ],
    }),
  );
}
