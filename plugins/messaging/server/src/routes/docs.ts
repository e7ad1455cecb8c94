/**
 * The OpenAPI documentation of the integrator routes (the CMS's /openapi.json and /docs), by
 * handler. Inputs are the zod schemas the controller and the intake parse with.
 */
import { z } from 'zod';
import { dataOf, pageOf, type RouteDoc } from '@wedraw/kit';
import { batchBody, listQuery, statsQuery } from '../controllers/integrator';
import { messageInput } from '../services/intake';

const STATUSES = ['pending', 'scheduled', 'sending', 'sent', 'delivered', 'failed', 'canceled'] as const;
const time = z.string().nullable();

/** API.md's `Message` (services/records.ts `toMessage`). */
export const messageShape = z
  .object({
    id: z.string().describe('消息 ID'),
    channel: z.string(),
    account: z.string().nullable().describe('发送账号（渠道有多个账号时）'),
    to: z.string().describe('接收者：openid、userid、邮箱、URL…（随渠道）'),
    status: z.enum(STATUSES),
    attempts: z.number().int(),
    providerMsgId: z.string().nullable().describe('渠道返回的消息 ID'),
    error: z.object({ code: z.string(), message: z.string().nullable() }).nullable(),
    createdAt: z.string(),
    sendAt: time.describe('定时发送时间'),
    sentAt: time,
    deliveredAt: time,
  })
  .describe('消息');

const counts = { total: z.number().int(), sent: z.number().int(), delivered: z.number().int(), failed: z.number().int(), canceled: z.number().int() };

const statsShape = z.object({
  ...counts,
  pending: z.number().int(),
  successRate: z.number().nullable().describe('送达 / (送达 + 失败)，没有结束的消息时为 null'),
  latencyMs: z.object({ p50: z.number().nullable(), p95: z.number().nullable() }),
  byChannel: z.record(z.object(counts)),
  quota: z.object({ dailyLimit: z.number().int(), usedToday: z.number().int() }),
});

const batchResult = z.object({
  accepted: z.number().int(),
  ids: z.array(z.string()).describe('接受的消息 ID（按请求中的顺序）'),
  rejected: z.array(
    z.object({
      index: z.number().int(),
      error: z.object({ name: z.string(), message: z.string(), details: z.unknown().optional() }),
    }),
  ),
});

/** The signature headers a tenant that requires signatures sends (the tenantKey scheme's rule). */
const signatureHeaders = z.object({
  'X-WeDraw-Timestamp': z.string().regex(/^\d+$/).optional().describe('Unix 秒，与服务器相差 ±300 秒内（租户要求签名时必填）'),
  'X-WeDraw-Nonce': z.string().optional().describe('随机串，10 分钟内不可重复（租户要求签名时必填）'),
  'X-WeDraw-Signature': z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .describe('hex(HMAC-SHA256(租户 secret, timestamp\\nnonce\\n方法\\n含查询串的路径\\nhex(SHA-256(请求体))))（租户要求签名时必填）'),
});
const idParam = z.object({ id: z.string().describe('消息 ID') });

const TENANT_ERRORS = {
  401: ['InvalidKey', 'InvalidSignature', 'StaleTimestamp', 'ReplayedNonce'],
  403: ['TenantSuspended'],
  503: ['Unavailable'],
};
const tenant = (doc: Omit<RouteDoc, 'security' | 'headers'>): RouteDoc => ({
  ...doc,
  security: 'tenant',
  headers: signatureHeaders,
  errors: { ...TENANT_ERRORS, ...doc.errors, 401: [...TENANT_ERRORS[401], ...(doc.errors?.[401] ?? [])] },
});

export const MESSAGING_DOCS: Record<string, RouteDoc> = {
  'integrator.send': tenant({
    summary: '发送一条消息',
    description:
      '按渠道校验 `to` 与 `content`（或模板渲染出的内容），写入后排队发送；`sendAt` 为定时（最多提前 30 天）。相同 `idempotencyKey` 返回第一次的消息（200），不再写入。',
    body: messageInput,
    responses: { 202: dataOf(messageShape), 200: dataOf(messageShape) },
    errors: { 409: ['AccountUnavailable', 'TemplateNotFound'], 413: ['PayloadTooLargeError'], 429: ['QuotaExceeded', 'RateLimited'] },
  }),
  'integrator.batch': tenant({
    summary: '批量发送消息（最多 1000 条）',
    description: '逐条校验：合格的都被接受，不合格的在 `rejected` 中给出下标和原因（与单条发送的错误相同）。',
    body: batchBody,
    responses: { 202: dataOf(batchResult) },
    errors: { 413: ['PayloadTooLargeError'], 429: ['QuotaExceeded', 'RateLimited'] },
  }),
  'integrator.find': tenant({
    summary: '本租户的消息（新的在前，分页）',
    query: listQuery,
    responses: { 200: pageOf(messageShape) },
  }),
  'integrator.findOne': tenant({
    summary: '一条消息（仅本租户的）',
    params: idParam,
    responses: { 200: dataOf(messageShape) },
  }),
  'integrator.cancel': tenant({
    summary: '取消一条待发送或定时的消息',
    params: idParam,
    body: 'none',
    responses: { 200: dataOf(messageShape) },
    errors: { 409: ['NotCancelable'] },
  }),
  'integrator.stats': tenant({
    summary: '发送统计：总数、成功率、延迟、各渠道、今日配额',
    description: '`from`、`to` 为 Asia/Shanghai 的日期（YYYY-MM-DD），默认今天。',
    query: statsQuery,
    responses: { 200: dataOf(statsShape) },
  }),
};

/** The route, carrying its documentation (by handler). */
export function withDoc<R extends { handler: string }>(route: R): R & { openapi?: RouteDoc } {
  const doc = MESSAGING_DOCS[route.handler];
  return doc ? Object.assign(route, { openapi: doc }) : route;
}
