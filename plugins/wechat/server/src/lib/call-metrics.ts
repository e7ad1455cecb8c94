import type { Core } from '@strapi/strapi';

/** A WeChat API URL's path without host, query or ids: `cgi-bin/menu/create`, `sns/oauth2/access_token`. */
export function endpointOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/^\/+/, '').slice(0, 64) || '/';
  } catch {
    return 'unknown';
  }
}

/** The errcode label of a finished call: 0, WeChat's errcode, or `http` (no answer, HTTP status, not JSON). */
export function outcomeOf(err: unknown, data?: unknown): number | string {
  if (err) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'number' ? code : 'http';
  }
  const code = (data as { errcode?: unknown } | null | undefined)?.errcode;
  return typeof code === 'number' ? code : 0;
}

/** Counts one call to WeChat in `/metrics` (`wedraw_wechat_api_calls_total`) through the CMS's platform. */
export function recordCall(strapi: Core.Strapi, url: string, outcome: number | string): void {
  const metrics = strapi.service('api::platform.metrics') as { wechatCall(endpoint: string, errcode: number | string): void } | undefined;
  metrics?.wechatCall(endpointOf(url), outcome);
}
