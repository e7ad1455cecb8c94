/**
 * The OpenAPI documentation of the content-API routes (the CMS's /openapi.json and /docs), by
 * handler. Inputs are the zod schemas the services parse with; routes that declare Strapi's own
 * `request`/`response` (menus, fans, tags) keep those and add what they lack here.
 */
import { z } from 'zod';
import { dataOf, loginResultShape, type RouteDoc } from '@wedraw/kit';
import { authorizeQuery, loginBody } from '../services/oauth-login';
import { jssdkQuery } from '../services/jssdk';
import { sendInput } from '../services/template-send-input';

const record = z.object({}).passthrough();
const list = z.object({ data: z.array(record), meta: z.object({ pagination: record }) });
const signed = z.object({
  signature: z.string().optional().describe('明文/兼容模式：sha1(sort(token, timestamp, nonce))'),
  msg_signature: z.string().optional().describe('安全模式：sha1(sort(token, timestamp, nonce, Encrypt))'),
  timestamp: z.string(),
  nonce: z.string(),
  encrypt_type: z.enum(['aes']).optional(),
  openid: z.string().optional(),
});
const appIdParam = z.object({ appId: z.string().describe('公众号或小程序 AppID') });
const callbackErrors = { 401: ['InvalidSignature', 'StaleTimestamp', 'EncryptionRequired'], 404: ['NotFound'] };
const token = 'apiToken' as const;

export const WECHAT_DOCS: Record<string, RouteDoc> = {
  'login.authorizeUrl': {
    summary: '公众号网页授权地址（H5 跳转到这里）',
    security: 'public',
    query: authorizeQuery,
    responses: { 200: z.object({ url: z.string() }) },
  },
  'login.oauthLogin': {
    summary: '公众号网页授权登录（code 换 JWT）',
    description: '同一个人（同一 unionid）从 H5 和小程序进来是同一个用户。只配置了一个公众号时可省略 appId。',
    security: 'public',
    body: loginBody,
    responses: { 200: loginResultShape },
    errors: { 400: ['InvalidCode'], 502: ['WeChatUnavailable'] },
  },
  'login.miniprogramLogin': {
    summary: '小程序登录（wx.login 的 code 换 JWT）',
    security: 'public',
    body: loginBody,
    responses: { 200: loginResultShape },
    errors: { 400: ['InvalidCode'], 502: ['WeChatUnavailable'] },
  },
  'login.jssdkConfig': {
    summary: 'JS-SDK 签名（wx.config 的参数）',
    security: 'public',
    query: jssdkQuery,
    responses: { 200: z.object({ appId: z.string(), timestamp: z.number().int(), nonceStr: z.string(), signature: z.string() }) },
    errors: { 502: ['WeChatUnavailable'] },
  },
  'callback.verify': {
    summary: '微信服务器 URL 验证（回显 echostr）',
    security: 'callback',
    params: appIdParam,
    query: signed.extend({ echostr: z.string() }),
    responses: { 200: { description: '签名正确：原样返回 echostr', contentType: 'text/plain', schema: z.string() } },
    errors: callbackErrors,
  },
  'callback.receive': {
    summary: '微信消息与事件推送',
    description:
      '明文或安全模式（encrypt_type=aes）。5 秒内回复被动回复 XML（安全模式下加密）或 `success`；同一消息重复推送只处理一次。签名错误 401，且不保存任何内容。',
    security: 'callback',
    params: appIdParam,
    query: signed,
    body: z.string().describe('微信推送的 XML'),
    bodyType: 'text/xml',
    responses: { 200: { description: '被动回复 XML（安全模式下加密），或 success', contentType: 'application/xml', schema: z.string() } },
    errors: { ...callbackErrors, 400: ['InvalidXml', 'DecryptFailed'], 413: ['PayloadTooLarge'] },
  },
  'templates.list': {
    summary: '模板列表（已同步的）',
    security: token,
    query: z.object({ appId: z.string().optional() }),
    responses: { 200: dataOf(z.array(record)) },
  },
  'templates.sync': {
    summary: '从微信同步模板列表',
    security: token,
    body: z.object({ appId: z.string().optional() }),
    responses: { 200: dataOf(z.array(record)) },
    errors: { 409: ['NotOfficialAccount'], 502: ['WeChatUnavailable'] },
  },
  'templates.createSend': {
    summary: '发送模板消息（立即或定时）',
    description: '相同 `idempotencyKey` 返回第一次的发送记录（200）。',
    security: token,
    body: sendInput,
    responses: { 201: dataOf(record), 200: dataOf(record) },
    errors: { 409: ['TemplateNotFound'] },
  },
  'templates.listSends': {
    summary: '模板消息发送记录（分页）',
    security: token,
    query: z.object({ page: z.string().optional(), pageSize: z.string().optional() }),
    responses: { 200: list },
  },
  'templates.findSend': {
    summary: '一条发送记录及其实时统计',
    security: token,
    params: z.object({ documentId: z.string() }),
    responses: { 200: dataOf(record) },
  },
  'fans.list': { summary: '粉丝列表（筛选、分页）', security: token, responses: { 200: list } },
  'fans.startSync': { summary: '开始全量同步粉丝（排队执行）', security: token, responses: { 202: dataOf(record) }, errors: { 409: ['SyncInProgress'] } },
  'fans.syncRuns': { summary: '粉丝同步记录（分页）', security: token, responses: { 200: list } },
  'fans.syncRun': { summary: '一次粉丝同步的进度', security: token, responses: { 200: dataOf(record) } },
  'fans.resumeSync': {
    summary: '续跑中断的粉丝同步',
    security: token,
    body: 'none',
    responses: { 202: dataOf(record) },
    errors: { 409: ['SyncFinished', 'SyncInProgress'] },
  },
  'fans.findOne': { summary: '一个粉丝', security: token, responses: { 200: dataOf(record) } },
  'tags.list': { summary: '粉丝标签', security: token, responses: { 200: dataOf(z.array(record)) } },
  'tags.create': {
    summary: '新建粉丝标签（同步到微信）',
    security: token,
    responses: { 201: dataOf(record) },
    errors: { 409: ['TagNameTaken', 'TagNameTooLong', 'TooManyTags'], 502: ['WeChatUnavailable'] },
  },
  'tags.pull': { summary: '从微信拉取标签', security: token, responses: { 200: dataOf(z.array(record)) }, errors: { 502: ['WeChatUnavailable'] } },
  'tags.rename': {
    summary: '重命名标签',
    security: token,
    responses: { 200: dataOf(record) },
    errors: { 409: ['TagNameTaken', 'TagNameTooLong', 'ReservedTag'], 502: ['WeChatUnavailable'] },
  },
  'tags.remove': {
    summary: '删除标签',
    security: token,
    responses: { 204: null },
    errors: { 409: ['ReservedTag', 'TagTooLarge'], 502: ['WeChatUnavailable'] },
  },
  'tags.members': {
    summary: '给粉丝打标签或取消标签',
    security: token,
    responses: { 200: dataOf(record) },
    errors: { 409: ['ReservedTag', 'TooManyTagsOnFan', 'UnknownOpenid'], 502: ['WeChatUnavailable'] },
  },
  'menus.get': { summary: '自定义菜单：草稿、线上菜单与点击回复', security: token },
  'menus.saveDraft': { summary: '保存菜单草稿（按微信规则校验）', security: token },
  'menus.publish': { summary: '发布菜单到微信', security: token, body: 'none', errors: { 409: ['MenuRejected'], 502: ['WeChatUnavailable'] } },
  'menus.pull': { summary: '拉取微信上的线上菜单', security: token, errors: { 502: ['WeChatUnavailable'] } },
  'menus.replyOptions': { summary: '可绑定到菜单点击的回复', security: token },
  'menus.bindClick': { summary: '给菜单 KEY 绑定点击回复', security: token },
  'menus.unbindClick': { summary: '解除菜单 KEY 的点击回复', security: token },
};

/** The route, carrying its documentation (by handler). */
export function withDoc<R extends { handler: string }>(route: R): R & { openapi?: RouteDoc } {
  const doc = WECHAT_DOCS[route.handler];
  return doc ? Object.assign(route, { openapi: doc }) : route;
}
