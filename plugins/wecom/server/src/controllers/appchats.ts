import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';

/** 应用群聊: chats the corp apps created, creating one, and sending to it now. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const appchats = () => services(strapi).appchats;
  return {
    async list(ctx: Context) {
      ctx.body = { data: await appchats().list() };
    },
    async create(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await appchats().create((ctx.request as { body?: unknown }).body) };
    },
    async send(ctx: Context) {
      ctx.body = { data: await appchats().send(ctx.params.chatid, (ctx.request as { body?: unknown }).body) };
    },
  };
};
