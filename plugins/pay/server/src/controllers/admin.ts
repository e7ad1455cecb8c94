import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { fieldError, notFound, operatorText, pageWindow, pagination, paginationMeta, parse } from '@wedraw/kit';
import { payCodeUrl } from '../config';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { accountView, type AccountRow } from '../services/accounts';
import type { OrderRow } from '../services/orders';
import { toPayOrder, toRefund } from '../services/views';
import { orderNoParam, refundBody } from './orders';

const id = z.object({ id: z.coerce.number().int().positive() });
const text = (max: number) => z.string().trim().min(1, '必填').max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional().nullable();

export const accountBody = z.object({
  name: text(64),
  mchId: z.string().regex(/^\d{6,32}$/, '商户号为数字'),
  appId: text(32),
  miniprogramAppId: optionalText(32),
  serialNo: text(64),
  privateKey: z.string().includes('PRIVATE KEY', { message: '请粘贴 PEM 格式的商户 API 私钥' }).optional(),
  apiV3Key: z.string().length(32, 'APIv3 密钥为 32 个字符').optional(),
  verificationMode: z.enum(['publicKey', 'platformCertificate', 'switching']).optional(),
  wechatpayPublicKeyId: z.string().startsWith('PUB_KEY_ID_', '微信支付公钥ID以 PUB_KEY_ID_ 开头').max(64).optional().nullable().or(z.literal('')),
  wechatpayPublicKey: z.string().includes('PUBLIC KEY', { message: '请粘贴 PEM 格式的微信支付公钥' }).optional().nullable().or(z.literal('')),
  apiBase: z.string().url('需为网址').max(255).optional().nullable().or(z.literal('')),
  notifyBase: z.string().url('需为网址').max(255).optional().nullable().or(z.literal('')),
  enabled: z.boolean().optional(),
});

export const merchantBody = z.object({
  code: z.string().regex(/^[A-Za-z0-9_-]{2,32}$/, '编码为 2–32 位字母、数字、_、-'),
  name: text(64),
  logo: optionalText(512),
  status: z.enum(['open', 'closed']).optional(),
  accountId: z.number().int().positive('请选择商户号'),
  staffUserIds: z.array(z.number().int().positive()).max(200).optional(),
  dailyCap: z.number().int().min(0).optional(),
});

export const codeBody = z.object({
  code: z.string().regex(/^[A-Za-z0-9_-]{2,32}$/, '编号为 2–32 位字母、数字、_、-'),
  merchantId: z.number().int().positive(),
  name: optionalText(64),
  amount: z.number().int().positive('固定金额须大于 0（分）').nullable().optional(),
  enabled: z.boolean().optional(),
});

export const riskBody = z.object({
  name: text(64),
  kind: z.enum(['frequency', 'amount', 'merchant_daily', 'blocklist']),
  count: z.number().int().min(0).optional(),
  minutes: z.number().int().min(0).optional(),
  amount: z.number().int().min(0).optional(),
  userIds: z.array(z.number().int().positive()).max(1000).optional(),
  action: z.enum(['block', 'review']),
  enabled: z.boolean().optional(),
});

const billQuery = z.object({
  accountId: z.coerce.number().int().positive('请选择商户号'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD'),
});

/** Public-key and switching modes need the public key; certificate mode needs none. */
function checkModeKeys(a: { verificationMode?: string | null; wechatpayPublicKeyId?: string | null; wechatpayPublicKey?: string | null }): void {
  if ((a.verificationMode ?? 'publicKey') === 'platformCertificate') return;
  if (!a.wechatpayPublicKeyId) throw fieldError('wechatpayPublicKeyId', '公钥模式与切换期需要微信支付公钥ID');
  if (!a.wechatpayPublicKey) throw fieldError('wechatpayPublicKey', '公钥模式与切换期需要微信支付公钥');
}

const orderQuery = pagination.extend({
  status: z.enum(['pending', 'paid', 'closed', 'refunding', 'refunded', 'partially_refunded']).optional(),
  merchant: z.string().max(32).optional(),
  orderNo: z.string().max(32).optional(),
  flagged: z.enum(['true', 'false']).optional(),
});

/** The 支付 admin pages' API. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const svc = () => services(strapi);
  /** An account that needs certificates gets them on save; a failure is kept on the account (certificatesError), not thrown. */
  const withCertificates = async (a: AccountRow): Promise<AccountRow> => {
    if (!a.enabled || !svc().certificates.needsCertificates(a)) return a;
    return svc()
      .certificates.refresh(a)
      .catch(() => svc().accounts.get(a.id));
  };
  const codeUrl = (merchantCode: string, code: string) => payCodeUrl(strapi, merchantCode, code);
  return {
    async accounts(ctx: Context) {
      ctx.body = { data: (await svc().accounts.list()).map(accountView) };
    },
    async createAccount(ctx: Context) {
      const body = parse(accountBody.required({ privateKey: true, apiV3Key: true }), ctx.request.body);
      checkModeKeys(body);
      const created = await svc().accounts.create(body as never);
      ctx.status = 201;
      ctx.body = { data: accountView(await withCertificates(created)) };
    },
    async updateAccount(ctx: Context) {
      const { id: accountId } = parse(id, ctx.params);
      const patch = parse(accountBody.partial(), ctx.request.body);
      checkModeKeys({ ...(await svc().accounts.get(accountId)), ...patch });
      ctx.body = { data: accountView(await withCertificates(await svc().accounts.update(accountId, patch as never))) };
    },
    /** Downloads the platform certificates again now (502 with the reason when WeChat Pay refuses). */
    async refreshCertificates(ctx: Context) {
      const { id: accountId } = parse(id, ctx.params);
      ctx.body = { data: accountView(await svc().certificates.refresh(await svc().accounts.get(accountId))) };
    },
    /** 对账: the day's trade bill compared with our orders. */
    async bill(ctx: Context) {
      const { accountId, date } = parse(billQuery, ctx.query);
      ctx.body = { data: await svc().bills.compare(accountId, date) };
    },
    async merchants(ctx: Context) {
      const [merchants, codes] = await Promise.all([svc().merchants.list(), svc().merchants.codes()]);
      ctx.body = {
        data: merchants.map((m) => ({ ...m, codes: codes.filter((c) => c.merchantId === m.id).map((c) => ({ ...c, url: codeUrl(m.code, c.code) })) })),
      };
    },
    async createMerchant(ctx: Context) {
      const body = parse(merchantBody, ctx.request.body);
      await svc().accounts.get(body.accountId);
      ctx.status = 201;
      ctx.body = { data: await svc().merchants.create(body) };
    },
    async updateMerchant(ctx: Context) {
      const { id: merchantId } = parse(id, ctx.params);
      ctx.body = { data: await svc().merchants.update(merchantId, parse(merchantBody.partial(), ctx.request.body)) };
    },
    async createCode(ctx: Context) {
      const body = parse(codeBody, ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await svc().merchants.createCode(body) };
    },
    async updateCode(ctx: Context) {
      const { id: codeId } = parse(id, ctx.params);
      ctx.body = { data: await svc().merchants.updateCode(codeId, parse(codeBody.partial(), ctx.request.body)) };
    },
    async orders(ctx: Context) {
      const { status, merchant, orderNo, flagged, ...page } = parse(orderQuery, ctx.query);
      const where = {
        ...(status ? { status } : {}),
        ...(merchant ? { merchantCode: merchant } : {}),
        ...(orderNo ? { orderNo } : {}),
        ...(flagged === 'true' ? { flag: { $notNull: true } } : {}),
      };
      const q = strapi.db.query(UID.order);
      const [rows, total] = await Promise.all([q.findMany({ where, orderBy: [{ id: 'desc' }], ...pageWindow(page) }), q.count({ where })]);
      ctx.body = {
        data: (rows as OrderRow[]).map((o) => ({ ...toPayOrder(o), userId: o.userId, mchId: o.mchId, transactionId: o.transactionId })),
        meta: paginationMeta(page, total),
      };
    },
    async order(ctx: Context) {
      const { orderNo } = parse(orderNoParam, ctx.params);
      const order = await svc().orders.byOrderNo(orderNo);
      if (!order) throw notFound('订单不存在');
      const [refunds, notifies] = await Promise.all([svc().refunds.ofOrder(orderNo), svc().notifications.logsOf(orderNo)]);
      ctx.body = {
        data: {
          ...toPayOrder(order),
          userId: order.userId,
          mchId: order.mchId,
          transactionId: order.transactionId,
          flagDetails: order.flagDetails,
          refunds: refunds.map(toRefund),
          notifies,
        },
      };
    },
    async reconcile(ctx: Context) {
      const { orderNo } = parse(orderNoParam, ctx.params);
      ctx.body = { data: { outcome: await svc().expiry.reconcile(orderNo, true) } };
    },
    async release(ctx: Context) {
      const { orderNo } = parse(orderNoParam, ctx.params);
      const order = await svc().settlement.release(orderNo);
      if (!order) throw notFound('订单不存在');
      ctx.body = { data: toPayOrder(order) };
    },
    async refunds(ctx: Context) {
      const page = parse(pagination, ctx.query);
      const { rows, total } = await svc().refunds.list(page);
      ctx.body = { data: rows.map((r) => ({ ...toRefund(r), operator: r.operator })), meta: paginationMeta(page, total) };
    },
    async createRefund(ctx: Context) {
      const { refund, created } = await svc().refunds.create(parse(refundBody, ctx.request.body), operatorText(ctx));
      ctx.status = created ? 201 : 200;
      ctx.body = { data: toRefund(refund) };
    },
    async riskRules(ctx: Context) {
      ctx.body = { data: await svc().risk.list() };
    },
    async createRiskRule(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await svc().risk.create(parse(riskBody, ctx.request.body)) };
    },
    async updateRiskRule(ctx: Context) {
      const { id: ruleId } = parse(id, ctx.params);
      ctx.body = { data: await svc().risk.update(ruleId, parse(riskBody.partial(), ctx.request.body)) };
    },
    async riskHits(ctx: Context) {
      const page = parse(pagination, ctx.query);
      const [rows, total] = await svc().risk.hits(pageWindow(page));
      ctx.body = { data: rows, meta: paginationMeta(page, total) };
    },
  };
};
