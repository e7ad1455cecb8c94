import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';

/** Admin routes of the customer groups (/wecom/corps/:corpId/groups...): reads of the mirror, a full pull, and the group statistics. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const corp = async (ctx: Context) => (await services(strapi).corps.require(ctx.params.corpId)).corpId;
  return {
    async list(ctx: Context) {
      const { results, pagination } = await services(strapi).groupsRead.list(await corp(ctx), ctx.query);
      ctx.body = { data: results, meta: { pagination } };
    },
    async get(ctx: Context) {
      ctx.body = { data: await services(strapi).groupsRead.get(await corp(ctx), ctx.params.chatId) };
    },
    async stats(ctx: Context) {
      ctx.body = { data: await services(strapi).groupStats.read(await corp(ctx), ctx.query) };
    },
    async pullStats(ctx: Context) {
      ctx.body = { data: await services(strapi).groupStats.pull(ctx.params.corpId) };
    },
    async sync(ctx: Context) {
      ctx.body = { data: await services(strapi).groupsSync.run(ctx.params.corpId) };
    },
  };
};
