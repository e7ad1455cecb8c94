import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

const CALLBACK = /^\/api\/wechat\/callback\/([^/]+)\/?$/;

/**
 * WeChat's push answered ahead of Strapi's middleware stack (the platform's fast routes): nothing
 * of that stack serves WeChat's servers, and the reply has 5 s at most. Not counted against the
 * per-IP limit — every push of every fan comes from a handful of WeChat addresses; the signatures
 * are the authentication. The same routes stay declared in routes/index.ts (OpenAPI, fallback).
 */
export function registerFastCallback(strapi: Core.Strapi): void {
  const fastRoutes = strapi.service('api::platform.fast-routes') as { add(route: object): void } | undefined;
  if (!fastRoutes) return;
  const controller = () => strapi.plugin('wechat').controller('callback') as Record<'verify' | 'receive', (ctx: Context) => Promise<void>>;
  const run =
    (action: 'verify' | 'receive') =>
    async (ctx: Context, [appId]: string[]) => {
      ctx.params = { appId };
      await controller()[action](ctx);
    };
  fastRoutes.add({ method: 'GET', pattern: CALLBACK, handler: run('verify'), rateLimited: false });
  fastRoutes.add({ method: 'POST', pattern: CALLBACK, handler: run('receive'), rateLimited: false });
}
