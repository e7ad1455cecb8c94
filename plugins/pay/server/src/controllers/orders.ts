import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { currentUserId, notFound, operatorText, pagination, paginationMeta, parse } from '@wedraw/kit';
import { services } from '../lib/services';
import { toPayOrder, toRefund } from '../services/views';

const fen = (field: string) =>
  z
    .number({ required_error: '必填', invalid_type_error: `${field}必须是整数（分）` })
    .int(`${field}必须是整数（分）`)
    .positive(`${field}必须大于 0`)
    .max(100_000_000, `${field}过大`);

export const createBody = z.object({
  merchant: z.string({ required_error: '必填' }).trim().min(1, '必填').max(32),
  amount: fen('金额'),
  channel: z.enum(['jsapi', 'miniprogram', 'native'], { errorMap: () => ({ message: '支付方式只能是 jsapi、miniprogram 或 native' }) }),
  payCode: z.string().trim().min(1).max(32).optional(),
  idempotencyKey: z.string({ required_error: '必填' }).trim().min(1, '不能为空').max(128, '不能超过 128 个字符'),
});

export const refundBody = z.object({
  orderNo: z.string({ required_error: '必填' }).trim().min(1).max(32),
  amount: fen('退款金额'),
  reason: z.string().trim().max(80).optional(),
  idempotencyKey: z.string({ required_error: '必填' }).trim().min(1).max(128),
});

export const orderNoParam = z.object({ orderNo: z.string().regex(/^W\d{23}$/, '订单号格式不正确') });
export const merchantParam = z.object({ code: z.string().min(1).max(32) });
export const merchantQuery = z.object({ payCode: z.string().min(1).max(32).optional() });
export const summaryQuery = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD')
    .optional(),
});

/** The visitor's side of pay (API.md "Pay"): the pay page's merchant, orders, staff views, refunds by API token. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => services(strapi);
  return {
    async merchant(ctx: Context) {
      const { code } = parse(merchantParam, ctx.params);
      const { payCode } = parse(merchantQuery, ctx.query);
      const merchant = await svc().merchants.byCode(code);
      if (!merchant) throw notFound('商户不存在');
      const payCodeRow = payCode ? await svc().merchants.code(payCode) : null;
      const ownCode = payCodeRow && payCodeRow.merchantId === merchant.id && payCodeRow.enabled ? payCodeRow : null;
      if (ownCode) await svc().merchants.scanned(ownCode.code);
      ctx.body = {
        data: {
          code: merchant.code,
          name: merchant.name,
          logo: merchant.logo ?? null,
          status: merchant.status,
          payCode: ownCode ? { code: ownCode.code, amount: ownCode.amount ?? null } : null,
        },
      };
    },
    async create(ctx: Context) {
      const input = parse(createBody, ctx.request.body);
      const { order, created, payParams, codeUrl } = await svc().orders.create(currentUserId(ctx), input);
      ctx.status = created ? 201 : 200;
      ctx.body = { data: { ...toPayOrder(order), ...(payParams ? { payParams } : {}), ...(codeUrl ? { codeUrl } : {}) } };
    },
    async find(ctx: Context) {
      const page = parse(pagination, ctx.query);
      const { rows, total } = await svc().orders.mine(currentUserId(ctx), page);
      ctx.body = { data: rows.map(toPayOrder), meta: paginationMeta(page, total) };
    },
    async findOne(ctx: Context) {
      const { orderNo } = parse(orderNoParam, ctx.params);
      ctx.body = { data: toPayOrder(await svc().orders.findMine(currentUserId(ctx), orderNo)) };
    },
    async staffOrders(ctx: Context) {
      const page = parse(pagination, ctx.query);
      const { rows, total } = await svc().staff.orders(currentUserId(ctx), page);
      ctx.body = { data: rows.map(toPayOrder), meta: paginationMeta(page, total) };
    },
    async staffSummary(ctx: Context) {
      const { date } = parse(summaryQuery, ctx.query);
      ctx.body = { data: await svc().staff.summary(currentUserId(ctx), date) };
    },
    async refund(ctx: Context) {
      const input = parse(refundBody, ctx.request.body);
      const { refund, created } = await svc().refunds.create(input, operatorText(ctx, 'api-token'));
      ctx.status = created ? 201 : 200;
      ctx.body = { data: toRefund(refund) };
    },
  };
};
