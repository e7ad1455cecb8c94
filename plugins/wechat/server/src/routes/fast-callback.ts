import type { Core } from '@strapi/strapi';
import { addFastRoutes } from '@wedraw/kit';

const CALLBACK = /^\/api\/wechat\/callback\/([^/]+)\/?$/;

/**
 * WeChat's push answered ahead of Strapi's middleware stack (the platform's fast routes): nothing
 * of that stack serves WeChat's servers, and the reply has 5 s at most. Not counted against the
 * per-IP limit — every push of every fan comes from a handful of WeChat addresses; the signatures
 * are the authentication. The same routes stay declared in routes/index.ts (OpenAPI, fallback).
 */
export function registerFastCallback(strapi: Core.Strapi): void {
  addFastRoutes(strapi, { plugin: 'wechat', controller: 'callback', rateLimited: false }, [
    { method: 'GET', pattern: CALLBACK, action: 'verify', params: ['appId'] },
    { method: 'POST', pattern: CALLBACK, action: 'receive', params: ['appId'] },
  ]);
}
