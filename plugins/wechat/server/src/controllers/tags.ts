import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';

type Body = { appId?: unknown } & Record<string, unknown>;
const bodyOf = (ctx: Context) => ((ctx.request as { body?: unknown }).body ?? {}) as Body;
const appIdOf = (ctx: Context) => bodyOf(ctx).appId ?? ctx.query.appId;

/** Fan tags mirrored to WeChat, for the admin (/wechat/...) and API tokens (/api/wechat/...). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    ctx.body = { data: await services(strapi).fanTags.list(ctx.query.appId) };
  },
  async pull(ctx: Context) {
    ctx.body = { data: await services(strapi).fanTags.pull(appIdOf(ctx)) };
  },
  async create(ctx: Context) {
    ctx.status = 201;
    ctx.body = { data: await services(strapi).fanTags.create(appIdOf(ctx), bodyOf(ctx)) };
  },
  async rename(ctx: Context) {
    ctx.body = { data: await services(strapi).fanTags.rename(appIdOf(ctx), ctx.params.tagId, bodyOf(ctx)) };
  },
  async remove(ctx: Context) {
    await services(strapi).fanTags.remove(appIdOf(ctx), ctx.params.tagId);
    ctx.status = 204;
  },
  async members(ctx: Context) {
    ctx.body = { data: await services(strapi).fanTags.members(appIdOf(ctx), ctx.params.tagId, bodyOf(ctx)) };
  },
});
