import { wechatCalls } from '../../../platform/metrics';

/**
 * `strapi.service('api::platform.metrics')`: what plugins record into `/metrics`.
 * `wechatCall(endpoint, errcode)` counts one call to a WeChat API (`errcode` 0 = success,
 * `http` = no answer or not JSON); the endpoint is the URL's path (`cgi-bin/menu/create`).
 */
export default () => ({
  wechatCall(endpoint: string, errcode: number | string) {
    wechatCalls.inc({ endpoint, errcode: String(errcode) });
  },
});
