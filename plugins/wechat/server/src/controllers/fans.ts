import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { operatorText, parsePaging } from '@wedraw/kit';
import { services } from '../lib/services';

type Body = { appId?: unknown } & Record<string, unknown>;
const bodyOf = (ctx: Context) => ((ctx.request as { body?: unknown }).body ?? {}) as Body;

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
    const run = await services(strapi).fanSync.start(body.appId ?? ctx.query.appId, operatorText(ctx));
    ctx.status = 202;
    ctx.body = { data: run };
  },
  async syncRuns(ctx: Context) {
    const { results, pagination } = await services(strapi).fanSync.list(ctx.query.appId, parsePaging(ctx.query));
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
