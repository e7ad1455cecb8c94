import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';

/** WeCom web login for the employees' H5 (public: the code is the credential). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async url(ctx: Context) {
    ctx.body = await services(strapi).webLogin.loginUrl(ctx.query);
  },
  async login(ctx: Context) {
    ctx.body = await services(strapi).webLogin.login((ctx.request as { body?: unknown }).body);
  },
});
