/**
 * The OpenAPI documentation of the content-API routes (the CMS's /openapi.json and /docs), by
 * handler. Inputs are the zod schemas the services parse with.
 */
import { z } from 'zod';
import { dataOf, type RouteDoc } from '@wedraw/kit';
import { loginBody, loginUrlQuery } from '../services/web-login';

const corpIdParam = z.object({ corpId: z.string().describe('企业 CorpID') });
const signed = z.object({
  msg_signature: z.string().describe('sha1(sort(token, timestamp, nonce, 密文))'),
  timestamp: z.string(),
  nonce: z.string(),
});
const callbackErrors = { 401: ['InvalidSignature', 'StaleTimestamp'], 404: ['NotFound'] };

/** Integrator routes authenticate as the message center's (its tenantKey scheme, signature headers included). */
const TENANT_AUTH =
  '租户密钥认证，与消息中心接口相同（租户要求签名时带 X-WeDraw-Timestamp、X-WeDraw-Nonce、X-WeDraw-Signature）；只列出属于本租户的账号（内置租户：全部）。';
const TENANT_ERRORS = { 401: ['InvalidKey', 'InvalidSignature', 'StaleTimestamp', 'ReplayedNonce'], 403: ['TenantSuspended'] };

/** A sending account as integrators see it (controllers/accounts.ts `integratorView`). */
const integratorAccount = z
  .object({
    code: z.string(),
    kind: z.enum(['wecom-app', 'wecom-robot']),
    status: z.enum(['created', 'verifying', 'online', 'error', 'recovering', 'offline']),
    lastHeartbeatAt: z.string().nullable(),
    onlineSeconds: z.number().int().describe('本次在线的秒数，不在线时为 0'),
    lastError: z.object({ errcode: z.number().int().nullable(), message: z.string(), at: z.string() }).nullable(),
  })
  .describe('企业微信发送账号');

export const WECOM_DOCS: Record<string, RouteDoc> = {
  'callback.verify': {
    summary: '企业微信回调 URL 验证（回显解密后的 echostr）',
    security: 'callback',
    params: corpIdParam,
    query: signed.extend({ echostr: z.string().describe('加密的随机串') }),
    responses: { 200: { description: '签名正确：解密后的 echostr 明文', contentType: 'text/plain', schema: z.string() } },
    errors: callbackErrors,
  },
  'callback.receive': {
    summary: '企业微信事件推送（通讯录变更等）',
    description: '安全模式（加密）。5 秒内回复 `success`；同一消息重复推送只处理一次。签名错误 401，且不保存任何内容。',
    security: 'callback',
    params: corpIdParam,
    query: signed,
    body: z.string().describe('企业微信推送的加密 XML'),
    bodyType: 'text/xml',
    responses: { 200: { description: '已处理：success', contentType: 'text/plain', schema: z.string() } },
    errors: { ...callbackErrors, 401: [...callbackErrors[401], 'ReplayedRequest'], 400: ['InvalidXml'], 413: ['PayloadTooLarge'] },
  },
  'login.url': {
    summary: '企业微信网页登录地址（员工 H5 跳转到这里）',
    description: '只配置了一个企业、一个应用时可省略 corpId、agentId。',
    security: 'public',
    query: loginUrlQuery,
    responses: { 200: z.object({ url: z.string() }) },
  },
  'login.login': {
    summary: '企业微信网页登录（code 换 JWT）',
    description: '成员第一次登录时创建并关联用户。',
    security: 'public',
    body: loginBody,
    responses: {
      200: z.object({
        jwt: z.string().describe('users-permissions JWT：之后放在 Authorization: Bearer 中'),
        user: z.object({ id: z.number().int(), username: z.string() }),
        userid: z.string().describe('企业微信成员 UserID'),
      }),
    },
    errors: { 400: ['InvalidCode'], 403: ['NotAMember'], 404: ['NotFoundError'], 502: ['WecomUnavailable'] },
  },
  'accounts.integratorList': {
    summary: '本租户的企业微信发送账号及其状态',
    description: TENANT_AUTH,
    security: 'tenant',
    errors: TENANT_ERRORS,
    responses: { 200: dataOf(z.array(integratorAccount)) },
  },
  'accounts.integratorStatus': {
    summary: '本租户一个发送账号的状态',
    description: `${TENANT_AUTH}其他租户的账号答 404。`,
    security: 'tenant',
    errors: { ...TENANT_ERRORS, 404: ['NotFoundError'] },
    params: z.object({ code: z.string().describe('账号编码') }),
    responses: { 200: dataOf(integratorAccount) },
  },
};

/** The route, carrying its documentation (by handler). */
export function withDoc<R extends { handler: string }>(route: R): R & { openapi?: RouteDoc } {
  const doc = WECOM_DOCS[route.handler];
  return doc ? Object.assign(route, { openapi: doc }) : route;
}
