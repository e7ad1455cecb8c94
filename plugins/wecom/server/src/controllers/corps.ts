import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';

const bodyOf = (ctx: Context) => (ctx.request as { body?: unknown }).body;

/** Admin routes of corps (/wecom/corps): secrets write-only, a check of every configured secret. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    ctx.body = { data: await services(strapi).corps.list() };
  },
  async create(ctx: Context) {
    ctx.status = 201;
    ctx.body = { data: await services(strapi).corps.save(bodyOf(ctx)) };
  },
  async update(ctx: Context) {
    ctx.body = { data: await services(strapi).corps.save(bodyOf(ctx), ctx.params.documentId) };
  },
  async remove(ctx: Context) {
    await services(strapi).corps.remove(ctx.params.documentId);
    ctx.status = 204;
  },
  async check(ctx: Context) {
    ctx.body = { data: await services(strapi).clients.checkCorp(ctx.params.corpId) };
  },
});
