import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { currentUserId } from '@wedraw/kit';
import { services } from '../lib/services';

/** The employees' WeCom H5: the logged-in member, the corp's directory, their customer groups and robots (a WeCom-linked user only). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const directory = () => services(strapi).employeeDirectory;
  const workspace = () => services(strapi).employeeWorkspace;
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
    async groups(ctx: Context) {
      const { results, pagination } = await workspace().groups(currentUserId(ctx), ctx.query);
      ctx.body = { data: results, meta: { pagination } };
    },
    async group(ctx: Context) {
      ctx.body = { data: await workspace().group(currentUserId(ctx), String(ctx.params.chatId)) };
    },
    async groupStats(ctx: Context) {
      ctx.body = { data: await workspace().groupStats(currentUserId(ctx), ctx.query) };
    },
    async configureRobot(ctx: Context) {
      ctx.body = { data: await workspace().configureRobot(currentUserId(ctx), String(ctx.params.code), (ctx.request as { body?: unknown }).body) };
    },
    async robots(ctx: Context) {
      ctx.body = { data: await workspace().robots(currentUserId(ctx)) };
    },
    async sendToRobot(ctx: Context) {
      ctx.status = 202;
      ctx.body = { data: await workspace().sendText(currentUserId(ctx), String(ctx.params.code), (ctx.request as { body?: unknown }).body) };
    },
  };
};
