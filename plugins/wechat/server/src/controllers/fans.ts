import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';

type Body = { appId?: unknown } & Record<string, unknown>;
const bodyOf = (ctx: Context) => ((ctx.request as { body?: unknown }).body ?? {}) as Body;
const page = (v: unknown, fallback: number, max: number) => Math.min(max, Math.max(1, Number.parseInt(String(v ?? ''), 10) || fallback));

/** Who asked: the admin user's email, or the API token's name. */
export function operatorOf(ctx: Context): string {
  const state = ctx.state as { user?: { email?: string }; auth?: { strategy?: { name?: string }; credentials?: { name?: string } } };
  if (state.auth?.strategy?.name === 'api-token') return `api-token:${state.auth.credentials?.name ?? '?'}`;
  return state.user?.email ? `admin:${state.user.email}` : 'unknown';
}

/** Fans and their full sync, for the admin (/wechat/...) and API tokens (/api/wechat/...). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const { results, pagination } = await services(strapi).fanDirectory.list(ctx.query);
    ctx.body = { data: results, meta: { pagination } };
  },
  async findOne(ctx: Context) {
    ctx.body = { data: await services(strapi).fanDirectory.detail(ctx.params.documentId) };
  },
  async startSync(ctx: Context) {
    const body = bodyOf(ctx);
    const run = await services(strapi).fanSync.start(body.appId ?? ctx.query.appId, operatorOf(ctx));
    ctx.status = 202;
    ctx.body = { data: run };
  },
  async syncRuns(ctx: Context) {
    const { results, pagination } = await services(strapi).fanSync.list({ appId: ctx.query.appId, page: page(ctx.query.page, 1, 100_000), pageSize: page(ctx.query.pageSize, 20, 100) });
    ctx.body = { data: results, meta: { pagination } };
  },
  async syncRun(ctx: Context) {
    ctx.body = { data: await services(strapi).fanSync.get(ctx.params.documentId) };
  },
  async resumeSync(ctx: Context) {
    ctx.status = 202;
    ctx.body = { data: await services(strapi).fanSync.resume(ctx.params.documentId) };
  },
});
