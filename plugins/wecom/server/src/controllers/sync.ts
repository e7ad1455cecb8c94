import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { operatorText, parsePaging } from '@wedraw/kit';
import { services } from '../lib/services';

/** Full pulls of a corp's contacts: start (202), progress, history, resume. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async start(ctx: Context) {
    ctx.status = 202;
    ctx.body = { data: await services(strapi).contactsSync.start(ctx.params.corpId, operatorText(ctx)) };
  },
  async list(ctx: Context) {
    const { results, pagination } = await services(strapi).contactsSync.list(ctx.query.corpId, parsePaging(ctx.query));
    ctx.body = { data: results, meta: { pagination } };
  },
  async get(ctx: Context) {
    ctx.body = { data: await services(strapi).contactsSync.get(ctx.params.documentId) };
  },
  async resume(ctx: Context) {
    ctx.status = 202;
    ctx.body = { data: await services(strapi).contactsSync.resume(ctx.params.documentId) };
  },
});
