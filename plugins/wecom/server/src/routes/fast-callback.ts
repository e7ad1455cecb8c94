import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

const CALLBACK = /^\/api\/wecom\/callback\/([^/]+)\/?$/;

/**
 * WeCom's push answered ahead of Strapi's middleware stack (the platform's fast routes), like the
 * WeChat callback: WeCom waits 5 s at most, and every push comes from a few WeCom addresses (not
 * counted against the per-IP limit); the signatures are the authentication.
 */
export function registerFastCallback(strapi: Core.Strapi): void {
  const fastRoutes = strapi.service('api::platform.fast-routes') as { add(route: object): void } | undefined;
  if (!fastRoutes) return;
  const controller = () => strapi.plugin('wecom').controller('callback') as Record<'verify' | 'receive', (ctx: Context) => Promise<void>>;
  const run =
    (action: 'verify' | 'receive') =>
    async (ctx: Context, [corpId]: string[]) => {
      ctx.params = { corpId };
      await controller()[action](ctx);
    };
  fastRoutes.add({ method: 'GET', pattern: CALLBACK, handler: run('verify'), rateLimited: false });
  fastRoutes.add({ method: 'POST', pattern: CALLBACK, handler: run('receive'), rateLimited: false });
}
