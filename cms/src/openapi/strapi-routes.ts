import { z } from 'zod';
import type { RouteDoc } from '@wedraw/kit';

/**
 * Routes Strapi's own plugins serve whose route objects WeDraw does not write (users-permissions'
 * login extras): documented here by `method path`. Routes Strapi already documents fully (the
 * content types' REST, /auth/local, /users/me…) keep Strapi's own operation. Visitor roles lose
 * the login extras they do not need (platform/visitor-access): those answer 403 ForbiddenError.
 */
const ok = z.object({ ok: z.literal(true) });
const session = z.object({ id: z.string(), deviceId: z.string().nullable().optional(), createdAt: z.string().optional() }).passthrough();

export const STRAPI_ROUTE_DOCS: Record<string, RouteDoc> = {
  'post /auth/local': { summary: '账号密码登录（users-permissions）', security: 'public', errors: { 403: ['ForbiddenError'] } },
  'post /auth/local/register': { summary: '注册账号（users-permissions，是否开放由后台设置决定）', security: 'public', errors: { 403: ['ForbiddenError'] } },
  'get /users/me': { summary: '当前登录用户', security: 'user' },
  'post /upload': {
    summary: '上传文件（multipart/form-data，字段 files）',
    security: ['user', 'apiToken'],
    body: z.object({ files: z.any().describe('一个或多个文件') }),
    bodyType: 'multipart/form-data',
  },
  'get /connect/{path}': {
    summary: '第三方登录跳转（users-permissions 提供方，如 /connect/github）',
    description: '浏览器访问后重定向到提供方的授权页；WeDraw 的微信登录请用 `/wechat/oauth/*`。',
    security: 'public',
    responses: { 200: { description: '重定向到提供方（302）', contentType: 'text/html', schema: z.string() } },
    errors: { 403: ['ForbiddenError'] },
  },
  'get /auth/email-confirmation': {
    summary: '邮箱确认链接',
    security: 'public',
    query: z.object({ confirmation: z.string() }),
    responses: { 200: { description: '确认后重定向到配置的页面（302）', contentType: 'text/html', schema: z.string() } },
    errors: { 403: ['ForbiddenError'] },
  },
  'post /auth/refresh': {
    summary: '用刷新令牌换新的 JWT',
    security: 'public',
    body: z.object({ refreshToken: z.string() }),
    responses: { 200: z.object({ jwt: z.string(), refreshToken: z.string().optional() }) },
    errors: { 401: ['UnauthorizedError'], 403: ['ForbiddenError'] },
  },
  'post /auth/logout': {
    summary: '退出登录（吊销当前会话）',
    security: 'user',
    body: z.object({ deviceId: z.string().optional() }),
    responses: { 200: ok },
  },
  'get /auth/sessions': {
    summary: '当前用户的登录会话',
    security: 'user',
    responses: { 200: z.object({ data: z.array(session) }).passthrough() },
  },
  'delete /auth/sessions/{sessionId}': {
    summary: '吊销一个登录会话',
    security: 'user',
    params: z.object({ sessionId: z.string() }),
    responses: { 200: ok },
  },
};
