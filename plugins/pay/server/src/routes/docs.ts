import { z } from 'zod';
import { dataOf, pageOf, pagination, type RouteDoc } from '@wedraw/kit';
import { createBody, merchantParam, merchantQuery, orderNoParam, refundBody, summaryQuery } from '../controllers/orders';

const payParams = z.object({
  appId: z.string(),
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.literal('RSA'),
  paySign: z.string(),
});

export const payOrderShape = z.object({
  orderNo: z.string(),
  status: z.enum(['pending', 'paid', 'closed', 'refunding', 'refunded', 'partially_refunded']),
  amount: z.number().int(),
  refundedAmount: z.number().int(),
  merchant: z.object({ code: z.string(), name: z.string() }),
  channel: z.enum(['jsapi', 'miniprogram', 'native']),
  payCode: z.string().nullable(),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  flag: z.string().nullable(),
  review: z.enum(['none', 'held', 'released']),
  points: z.object({ awarded: z.number().int(), clawedBack: z.number().int(), note: z.string().nullable() }),
  payParams: payParams.optional(),
  codeUrl: z.string().optional(),
});

export const refundShape = z.object({
  refundNo: z.string(),
  orderNo: z.string(),
  amount: z.number().int(),
  reason: z.string().nullable(),
  status: z.enum(['processing', 'success', 'failed', 'closed']),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  points: z.object({ clawedBack: z.number().int(), shortfall: z.number().int() }),
});

const mchIdParam = z.object({ mchId: z.string() });
const notifyHeaders = z.object({
  'wechatpay-serial': z.string(),
  'wechatpay-timestamp': z.string(),
  'wechatpay-nonce': z.string(),
  'wechatpay-signature': z.string(),
});
const notifyBody = z.object({ id: z.string(), event_type: z.string(), resource_type: z.string(), resource: z.object({}).passthrough() }).passthrough();

const notifyDoc = (summary: string): RouteDoc => ({
  summary,
  description:
    '验签（`Wechatpay-Serial` 指定的微信支付公钥，原始报文）、时间戳 ±5 分钟、AEAD_AES_256_GCM 解密，核对金额、appid、mchid；同一订单无论重复或并发通知只处理一次（积分由数据库唯一键保证只发一次）。不符的通知：订单被标记、不发积分、告警，仍回 204 让微信支付停止重试。',
  security: 'callback',
  params: mchIdParam,
  headers: notifyHeaders,
  body: notifyBody,
  responses: { 204: null },
  errors: { 400: ['DecryptFailed'], 401: ['InvalidSignature', 'StaleTimestamp'], 404: ['NotFound'], 413: ['PayloadTooLarge'] },
});

/** The OpenAPI documentation of the content-API routes. */
export const DOCS = {
  merchant: {
    summary: '收款码打开的支付页：商户信息',
    description: '带 `payCode` 时计一次扫码，并返回该码的固定金额（无则为任意金额）。',
    security: 'public',
    params: merchantParam,
    query: merchantQuery,
    responses: {
      200: dataOf(
        z.object({
          code: z.string(),
          name: z.string(),
          logo: z.string().nullable(),
          status: z.enum(['open', 'closed']),
          payCode: z.object({ code: z.string(), amount: z.number().int().nullable() }).nullable(),
        }),
      ),
    },
  },
  create: {
    summary: '下单（微信支付 JSAPI / 小程序 / Native）',
    description:
      '金额单位为分。先过风控（拦截 409 RiskBlocked，复核则积分待释放），再向微信支付预下单；微信支付不可用时 502，且不留下订单。相同 `idempotencyKey` 返回第一次的订单（200）。',
    security: 'user',
    body: createBody,
    responses: { 201: dataOf(payOrderShape), 200: dataOf(payOrderShape) },
    errors: { 409: ['MerchantClosed', 'RiskBlocked', 'WechatNotLinked'], 502: ['PayUnavailable'] },
  },
  find: { summary: '我的支付订单（新的在前，分页）', security: 'user', query: pagination, responses: { 200: pageOf(payOrderShape) } },
  findOne: { summary: '一个支付订单（仅本人的）', security: 'user', params: orderNoParam, responses: { 200: dataOf(payOrderShape) } },
  notify: notifyDoc('微信支付：支付成功通知'),
  refundNotify: notifyDoc('微信支付：退款结果通知'),
  refund: {
    summary: '发起退款（API 令牌）',
    description: '全额或部分退款；积分按退款比例扣回，不足时不扣成负数，记录差额（shortfall）。相同 `idempotencyKey` 返回第一次的退款（200）。',
    security: 'apiToken',
    body: refundBody,
    responses: { 201: dataOf(refundShape), 200: dataOf(refundShape) },
    errors: { 404: ['NotFoundError'], 409: ['NotPaid', 'RefundExceedsPaid', 'RefundRefused'], 502: ['PayUnavailable'] },
  },
  staffOrders: {
    summary: '商户端：本店的收款（店员）',
    security: 'user',
    query: pagination,
    responses: { 200: pageOf(payOrderShape) },
    errors: { 403: ['ForbiddenError'] },
  },
  staffSummary: {
    summary: '商户端：本店某日的笔数、金额与退款（店员）',
    security: 'user',
    query: summaryQuery,
    responses: {
      200: dataOf(
        z.object({
          merchant: z.object({ code: z.string(), name: z.string() }),
          date: z.string(),
          count: z.number().int(),
          amount: z.number().int(),
          refunds: z.number().int(),
        }),
      ),
    },
    errors: { 403: ['ForbiddenError'] },
  },
} satisfies Record<string, RouteDoc>;
