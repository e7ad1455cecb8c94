import type { Core } from '@strapi/strapi';
import { addFastRoutes } from '@wedraw/kit';

const CALLBACK = /^\/api\/wecom\/callback\/([^/]+)\/?$/;

/**
 * WeCom's push answered ahead of Strapi's middleware stack (the platform's fast routes), like the
 * WeChat callback: WeCom waits 5 s at most, and every push comes from a few WeCom addresses (not
 * counted against the per-IP limit); the signatures are the authentication.
 */
export function registerFastCallback(strapi: Core.Strapi): void {
  addFastRoutes(strapi, { plugin: 'wecom', controller: 'callback', rateLimited: false }, [
    { method: 'GET', pattern: CALLBACK, action: 'verify', params: ['corpId'] },
    { method: 'POST', pattern: CALLBACK, action: 'receive', params: ['corpId'] },
  ]);
}
