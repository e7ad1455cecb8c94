import { Readable } from 'stream';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { boundedInt, notFound, pagination, paginationMeta, parse } from '@wedraw/kit';
import { csvRows, type CsvColumn } from '../lib/csv';
import { services } from '../lib/services';
import { LOGIN_LOG, OPERATION_LOG } from '../services/log-writer';

const day = (field: string) =>
  z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), `${field} 必须是日期时间（ISO 8601）`)
    .transform((v) => new Date(v))
    .optional();
const filters = {
  admin: z.string().max(191).optional(),
  result: z.string().max(16).optional(),
  ip: z.string().max(64).optional(),
  from: day('from'),
  to: day('to'),
};
const loginQuery = pagination.extend({ ...filters, result: z.enum(['success', 'failure', 'captcha', 'locked', 'logout']).optional() });
const operationQuery = pagination.extend({ ...filters, module: z.string().max(64).optional(), result: z.enum(['success', 'failure']).optional() });
const settingsBody = z
  .object({ captchaAfter: boundedInt(1, 100), lockAfter: boundedInt(2, 1000), lockSeconds: boundedInt(10, 86_400 * 7), retentionDays: boundedInt(1, 3650) })
  .partial()
  .strict();
const unlockBody = z.object({ email: z.string().email('必须是邮箱').max(191) }).strict();

const LOGIN_RESULTS: Record<string, string> = { success: '成功', failure: '失败', captcha: '验证码未通过', locked: '已锁定', logout: '退出' };
const time = (row: Record<string, unknown>) => new Date(row.at as string).toISOString();

const LOGIN_COLUMNS: CsvColumn[] = [
  { header: '时间', value: time },
  { header: '管理员 ID', value: (r) => r.adminId },
  { header: '邮箱', value: (r) => r.email },
  { header: 'IP', value: (r) => r.ip },
  { header: '设备（User-Agent）', value: (r) => r.userAgent },
  { header: '结果', value: (r) => LOGIN_RESULTS[r.result as string] ?? r.result },
  { header: '原因', value: (r) => r.reason },
];
const OPERATION_COLUMNS: CsvColumn[] = [
  { header: '时间', value: time },
  { header: '管理员', value: (r) => r.admin },
  { header: '模块', value: (r) => r.module },
  { header: '操作', value: (r) => r.operation },
  { header: '方法', value: (r) => r.method },
  { header: 'URL', value: (r) => r.url },
  { header: 'IP', value: (r) => r.ip },
  { header: '参数（已脱敏）', value: (r) => r.params },
  { header: '状态码', value: (r) => r.status },
  { header: '结果', value: (r) => (r.result === 'success' ? '成功' : '失败') },
  { header: '错误', value: (r) => r.error },
  { header: '耗时（毫秒）', value: (r) => r.durationMs },
];

const body = (ctx: Context) => (ctx.request as unknown as { body?: unknown }).body;

/** 安全审计's admin routes: thin, each guarded by its action in routes/index.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const s = () => services(strapi);
  const exportCsv = (ctx: Context, name: string, columns: CsvColumn[], rows: AsyncIterable<Record<string, unknown>>) => {
    const stamp = new Date().toISOString().slice(0, 10);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set(
      'Content-Disposition',
      `attachment; filename="${name}-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`${name === 'login-logs' ? '登录日志' : '操作日志'}-${stamp}.csv`)}`,
    );
    ctx.body = Readable.from(csvRows(columns, rows));
  };
  return {
    async captcha(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await s().captcha.issue() };
    },
    async loginLogs(ctx: Context) {
      const q = parse(loginQuery, ctx.query);
      const { rows, total } = await s().logs.search(LOGIN_LOG, q, q);
      ctx.body = { data: rows, meta: paginationMeta(q, total) };
    },
    async exportLoginLogs(ctx: Context) {
      exportCsv(ctx, 'login-logs', LOGIN_COLUMNS, s().logs.each(LOGIN_LOG, parse(loginQuery, ctx.query)));
    },
    async operationLogs(ctx: Context) {
      const q = parse(operationQuery, ctx.query);
      const { rows, total } = await s().logs.search(OPERATION_LOG, q, q);
      ctx.body = { data: rows, meta: paginationMeta(q, total) };
    },
    async operationLog(ctx: Context) {
      const id = parse(z.object({ id: boundedInt(1) }), ctx.params).id;
      const row = await s().logs.findOperation(id);
      if (!row) throw notFound('操作日志不存在');
      ctx.body = { data: row };
    },
    async exportOperationLogs(ctx: Context) {
      exportCsv(ctx, 'operation-logs', OPERATION_COLUMNS, s().logs.each(OPERATION_LOG, parse(operationQuery, ctx.query)));
    },
    async settings(ctx: Context) {
      ctx.body = { data: await s().settings.get() };
    },
    async updateSettings(ctx: Context) {
      ctx.body = { data: await s().settings.update(parse(settingsBody, body(ctx))) };
    },
    async unlock(ctx: Context) {
      await s().loginGuard.unlock(parse(unlockBody, body(ctx)).email);
      ctx.body = { data: { unlocked: true } };
    },
    async sessions(ctx: Context) {
      ctx.body = { data: await s().sessions.online() };
    },
    async revokeSession(ctx: Context) {
      const { sessionId } = parse(z.object({ sessionId: z.string().min(1).max(255) }), ctx.params);
      if (!(await s().sessions.revoke(sessionId))) throw notFound('会话不存在或已下线');
      ctx.body = { data: { revoked: true } };
    },
    async cleanup(ctx: Context) {
      ctx.body = { data: await s().logs.cleanup() };
    },
  };
};
