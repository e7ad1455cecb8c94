import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pageWindow, type Pagination, shanghaiDay } from '@wedraw/kit';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { MerchantRow } from './merchants';
import type { OrderRow, RefundRow } from './orders';

const PAID = ['paid', 'refunding', 'refunded', 'partially_refunded'];

/** What a merchant's staff member (商户端) sees: only their own store's receipts. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function merchantOf(userId: number): Promise<MerchantRow> {
    const merchant = await services(strapi).merchants.ofStaff(userId);
    if (!merchant) throw new errors.ForbiddenError('你不是任何商户的店员');
    return merchant;
  }

  return {
    merchantOf,
    async orders(userId: number, page: Pagination) {
      const merchant = await merchantOf(userId);
      const where = { merchantId: merchant.id, status: { $in: PAID } };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.order).findMany({ where, orderBy: [{ id: 'desc' }], ...pageWindow(page) }),
        strapi.db.query(UID.order).count({ where }),
      ]);
      return { merchant, rows: rows as OrderRow[], total };
    },
    async summary(userId: number, date?: string) {
      const merchant = await merchantOf(userId);
      const day = date ?? shanghaiDay(new Date());
      const orders = (await strapi.db
        .query(UID.order)
        .findMany({ where: { merchantId: merchant.id, day, status: { $in: PAID } }, select: ['orderNo', 'amount'] })) as OrderRow[];
      const refunds = orders.length
        ? ((await strapi.db
            .query(UID.refund)
            .findMany({ where: { orderNo: { $in: orders.map((o) => o.orderNo) }, status: 'success' }, select: ['amount'] })) as RefundRow[])
        : [];
      return {
        merchant: { code: merchant.code, name: merchant.name },
        date: day,
        count: orders.length,
        amount: orders.reduce((s, o) => s + o.amount, 0),
        refunds: refunds.reduce((s, r) => s + r.amount, 0),
      };
    },
  };
};
