import type { Core } from '@strapi/strapi';
import { addFastRoutes } from '@wedraw/kit';

/**
 * WeChat Pay's notifications answered ahead of Strapi's middleware stack (the platform's fast
 * routes), like WeChat's push: nothing of that stack serves WeChat Pay's servers, the signature is
 * the authentication, and they come from a few addresses, so they are not counted against the
 * per-IP limit. The same routes stay declared in routes/index.ts (OpenAPI, fallback).
 */
export function registerFastNotify(strapi: Core.Strapi): void {
  addFastRoutes(strapi, { plugin: 'pay', controller: 'notify', rateLimited: false }, [
    { method: 'POST', pattern: /^\/api\/pay\/notify\/([^/]+)\/?$/, action: 'payment', params: ['mchId'] },
    { method: 'POST', pattern: /^\/api\/pay\/refund-notify\/([^/]+)\/?$/, action: 'refund', params: ['mchId'] },
  ]);
}
