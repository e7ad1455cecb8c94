import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { ORDER_STATUSES, type OrderStatus } from '@wedraw/contract';
import type { Ctx } from '../util/context';
import { currentUserId, operatorText, pagination, paginationMeta, parse } from '@wedraw/kit';
import { getService } from '../util/plugin';
import { toExchangeOrder } from '../services/orders';

const MAX_QUANTITY = 99;

export const createBody = z.object({
  sku: z.string({ required_error: '必填', invalid_type_error: '必须是字符串' }).trim().min(1, '必填').max(64),
  quantity: z
    .number({ required_error: '必填', invalid_type_error: '必须是数字' })
    .int('必须是整数')
    .min(1, '至少为 1')
    .max(MAX_QUANTITY, `不能超过 ${MAX_QUANTITY}`),
  address: z.string({ invalid_type_error: '必须是字符串' }).trim().min(1).max(64).optional(),
  idempotencyKey: z.string({ invalid_type_error: '必须是字符串' }).trim().min(1, '不能为空').max(128, '不能超过 128 个字符').optional(),
});

export const orderStatus = z.enum(ORDER_STATUSES as [OrderStatus, ...OrderStatus[]], { errorMap: () => ({ message: '未知的订单状态' }) });

export const listQuery = pagination.extend({ status: orderStatus.optional() });
export const orderNoParam = z.object({ orderNo: z.string().regex(/^P\d{18}$/, '订单号格式不正确') });

/** The user's exchange orders (API.md): create, list, detail, cancel. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const exchange = () => getService(strapi, 'exchange');
  return {
    async create(ctx: Ctx) {
      const input = parse(createBody, ctx.request.body);
      const { order, created } = await exchange().create(currentUserId(ctx), input);
      ctx.status = created ? 201 : 200;
      ctx.body = { data: toExchangeOrder(order) };
    },
    async find(ctx: Ctx) {
      const { status, ...page } = parse(listQuery, ctx.query);
      const { rows, total } = await exchange().mine(currentUserId(ctx), status, page);
      ctx.body = { data: rows.map(toExchangeOrder), meta: paginationMeta(page, total) };
    },
    async findOne(ctx: Ctx) {
      const userId = currentUserId(ctx);
      const { orderNo } = parse(orderNoParam, ctx.params);
      ctx.body = { data: toExchangeOrder(await exchange().findMine(userId, orderNo)) };
    },
    async cancel(ctx: Ctx) {
      const userId = currentUserId(ctx);
      const { orderNo } = parse(orderNoParam, ctx.params);
      ctx.body = { data: toExchangeOrder(await exchange().cancel(orderNo, { userId, operator: operatorText(ctx) })) };
    },
  };
};
