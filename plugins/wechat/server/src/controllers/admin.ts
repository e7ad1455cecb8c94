import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { parsePaging } from '@wedraw/kit';
import { services } from '../lib/services';
import { UID } from '../lib/uids';

/** Admin panel routes (/wechat/...): apps with write-only secrets, fans and their messages. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async listApps(ctx: Context) {
    ctx.body = { data: await services(strapi).apps.list() };
  },
  async createApp(ctx: Context) {
    ctx.status = 201;
    ctx.body = { data: await services(strapi).apps.save((ctx.request as { body?: unknown }).body) };
  },
  async updateApp(ctx: Context) {
    const found = await services(strapi).apps.findPublic(ctx.params.documentId);
    if (!found) return ctx.notFound('应用不存在');
    ctx.body = { data: await services(strapi).apps.save((ctx.request as { body?: unknown }).body, ctx.params.documentId) };
  },
  async deleteApp(ctx: Context) {
    const found = await services(strapi).apps.findPublic(ctx.params.documentId);
    if (!found) return ctx.notFound('应用不存在');
    await services(strapi).apps.remove(ctx.params.documentId);
    ctx.status = 204;
  },
  async fanMessages(ctx: Context) {
    const fan = (await strapi.db.query(UID.fan).findOne({ where: { documentId: ctx.params.documentId } })) as { appId: string; openid: string } | null;
    if (!fan) return ctx.notFound('粉丝不存在');
    const { results, pagination } = await services(strapi).messages.forFan(fan.appId, fan.openid, parsePaging(ctx.query));
    ctx.body = { data: results, meta: { pagination } };
  },
});
