import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

const NOTIFY = /^\/api\/pay\/notify\/([^/]+)\/?$/;
const REFUND_NOTIFY = /^\/api\/pay\/refund-notify\/([^/]+)\/?$/;

/**
 * WeChat Pay's notifications answered ahead of Strapi's middleware stack (the platform's fast
 * routes), like WeChat's push: nothing of that stack serves WeChat Pay's servers, the signature is
 * the authentication, and they come from a few addresses, so they are not counted against the
 * per-IP limit. The same routes stay declared in routes/index.ts (OpenAPI, fallback).
 */
export function registerFastNotify(strapi: Core.Strapi): void {
  const fastRoutes = strapi.service('api::platform.fast-routes') as { add(route: object): void } | undefined;
  if (!fastRoutes) return;
  const controller = () => strapi.plugin('pay').controller('notify') as Record<'payment' | 'refund', (ctx: Context) => Promise<void>>;
  const run =
    (action: 'payment' | 'refund') =>
    async (ctx: Context, [mchId]: string[]) => {
      ctx.params = { mchId };
      await controller()[action](ctx);
    };
  fastRoutes.add({ method: 'POST', pattern: NOTIFY, handler: run('payment'), rateLimited: false });
  fastRoutes.add({ method: 'POST', pattern: REFUND_NOTIFY, handler: run('refund'), rateLimited: false });
}
