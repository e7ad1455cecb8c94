import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';

/** Thin controllers of API.md "Login": parse, call the service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async authorizeUrl(ctx: Context) {
    ctx.body = await services(strapi).oauthLogin.authorizeUrl(ctx.query);
  },
  async oauthLogin(ctx: Context) {
    ctx.body = await services(strapi).oauthLogin.login((ctx.request as { body?: unknown }).body);
  },
  async miniprogramLogin(ctx: Context) {
    ctx.body = await services(strapi).miniprogramLogin.login((ctx.request as { body?: unknown }).body);
  },
  async jssdkConfig(ctx: Context) {
    ctx.body = await services(strapi).jssdk.config(ctx.query);
  },
});
