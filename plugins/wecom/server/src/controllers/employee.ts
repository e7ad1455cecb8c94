import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { currentUserId } from '@wedraw/kit';
import { services } from '../lib/services';

/** The employees' WeCom H5: the logged-in member and the corp's directory (a WeCom-linked user only). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const directory = () => services(strapi).employeeDirectory;
  return {
    async me(ctx: Context) {
      ctx.body = { data: await directory().me(currentUserId(ctx)) };
    },
    async members(ctx: Context) {
      const { results, pagination } = await directory().members(currentUserId(ctx), ctx.query);
      ctx.body = { data: results, meta: { pagination } };
    },
    async member(ctx: Context) {
      ctx.body = { data: await directory().member(currentUserId(ctx), String(ctx.params.userid)) };
    },
  };
};
