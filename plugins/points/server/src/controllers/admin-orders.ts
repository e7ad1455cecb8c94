import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { boundedInt, fieldError, operatorText, pagination, paginationMeta, parse } from '@wedraw/kit';
import type { Ctx } from '../util/context';
import { getService } from '../util/plugin';
import { findOrders, toAdminOrder } from '../services/orders';
import { orderStatus } from './exchange';

const listQuery = pagination.extend({
  status: orderStatus.optional(),
  user: boundedInt(1).optional(),
  orderNo: z.string().trim().max(32).optional(),
  from: z.string().datetime({ message: '必须是 ISO 时间' }).optional(),
  to: z.string().datetime({ message: '必须是 ISO 时间' }).optional(),
});

const moveBody = z.object({
  to: orderStatus,
  carrier: z.string().trim().max(40).optional(),
  trackingNo: z.string().trim().max(64).optional(),
  remark: z.string().trim().max(200).optional(),
});

/** Operators' side of exchange orders: list with filters, detail, status moves (cancel refunds). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const { status, user, orderNo, from, to, ...page } = parse(listQuery, ctx.query);
    const where: Record<string, unknown> = {};
    if (status) where.status = status;
    if (user) where.userId = user;
    if (orderNo) where.orderNo = { $contains: orderNo };
    if (from || to) where.createdAt = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
    const { rows, total } = await findOrders(strapi, where, page);
    ctx.body = { data: rows.map(toAdminOrder), meta: paginationMeta(page, total) };
  },

  async move(ctx: Ctx) {
    const { to, carrier, trackingNo, remark } = parse(moveBody, ctx.request.body);
    if (to === 'shipped' && (!carrier || !trackingNo)) throw fieldError(carrier ? 'trackingNo' : 'carrier', '发货需要填写快递公司和运单号');
    const changes = to === 'shipped' ? { shipping: { carrier: carrier!, trackingNo: trackingNo! } } : {};
    const order = await getService(strapi, 'exchange').move(ctx.params.orderNo, to, changes, { operator: operatorText(ctx), remark });
    ctx.body = { data: toAdminOrder(order) };
  },
});
