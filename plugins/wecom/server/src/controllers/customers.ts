import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';

/** Admin routes of the customers (/wecom/corps/:corpId/customers...): reads of the mirror and a full pull. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const corp = async (ctx: Context) => (await services(strapi).corps.require(ctx.params.corpId)).corpId;
  return {
    async list(ctx: Context) {
      const { results, pagination } = await services(strapi).customersRead.list(await corp(ctx), ctx.query);
      ctx.body = { data: results, meta: { pagination } };
    },
    async get(ctx: Context) {
      ctx.body = { data: await services(strapi).customersRead.get(await corp(ctx), ctx.params.externalUserid) };
    },
    async tags(ctx: Context) {
      ctx.body = { data: await services(strapi).customersRead.tagLibrary(await corp(ctx)) };
    },
    async sync(ctx: Context) {
      ctx.body = { data: await services(strapi).customersSync.run(ctx.params.corpId) };
    },
  };
};
