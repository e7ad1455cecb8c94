import type { Core } from '@strapi/strapi';
import { outcomeOf, recordCall } from '../lib/call-metrics';
import { hostsOf } from '../lib/hosts';
import { wechatConfig } from '../config';
import type { WechatApp } from './apps';
import { services } from '../lib/services';

const API = require('co-wechat-api');

/** The co-wechat-api surface the plugin uses (typed here; the package ships no types). */
export interface WechatApi {
  appid: string;
  prefix: string;
  request(url: string, opts?: Record<string, unknown>, retry?: number): Promise<any>;
  ensureAccessToken(): Promise<{ accessToken: string; expireTime: number }>;
  ensureTicket(type: string): Promise<{ ticket: string; expireTime: number }>;
  code2Session(jsCode: string): Promise<{ openid: string; session_key: string; unionid?: string }>;
  getUser(openid: string | { openid: string; lang?: string }): Promise<Record<string, unknown>>;
  getMenu(): Promise<Record<string, unknown>>;
  getFollowers(next?: string): Promise<Record<string, unknown>>;
  getTags(): Promise<Record<string, unknown>>;
}

const postJson = (body: unknown) => ({ method: 'POST', dataType: 'json', data: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

/**
 * One co-wechat-api client per app, pointed at the app's hosts, whose tokens and tickets live in
 * the shared token store: refreshed ahead of expiry by one instance, `stable_token` preferred
 * (config `tokenEndpoint: 'token'` for the classic endpoint), one refresh-and-retry on 40001/42001.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const clients = new Map<string, { version: string; api: WechatApi }>();

  function build(app: WechatApp): WechatApi {
    const settings = wechatConfig(strapi);
    const store = services(strapi).sharedState.tokens();
    const tokenKey = `token:${app.appId}`;
    const ticketKey = (type: string) => `ticket:${type}:${app.appId}`;
    let lastIssued: string | undefined;
    let rejected: string | undefined;

    const api = new API(
      app.appId,
      app.secret,
      async () => {
        const s = await store.read(tokenKey);
        if (!s) return null;
        lastIssued = s.value;
        return { accessToken: s.value, expireTime: s.refreshAt };
      },
      async (token: unknown) => {
        // co-wechat-api calls saveToken(null) when WeChat rejected the token (40001/42001).
        if (token === null) rejected = lastIssued;
      },
    );
    const { api: host } = hostsOf(app.apiBase);
    api.prefix = `${host}/cgi-bin/`;
    api.snsPrefix = `${host}/sns/`;
    api.wxaPrefix = `${host}/wxa/`;
    api.customservicePrefix = `${host}/customservice/`;
    api.setOpts({ timeout: settings.httpTimeoutMs });

    const rawRequest = api.request.bind(api);
    // Every HTTP call to WeChat goes through here (retries included): counted in /metrics.
    const baseRequest = async (url: string, opts?: Record<string, unknown>, retry?: number) => {
      try {
        const data = await rawRequest(url, opts, retry);
        recordCall(strapi, url, outcomeOf(null, data));
        return data;
      } catch (err) {
        recordCall(strapi, url, outcomeOf(err));
        throw err;
      }
    };
    // One refresh-and-retry (co-wechat-api would retry three times).
    api.request = (url: string, opts?: Record<string, unknown>, retry?: number) => baseRequest(url, opts, retry === undefined ? 1 : Math.min(retry, 1));

    const fetchToken = async () => {
      const data =
        settings.tokenEndpoint === 'token'
          ? await baseRequest(`${api.prefix}token?grant_type=client_credential&appid=${app.appId}&secret=${encodeURIComponent(app.secret)}`, {}, 0)
          : await baseRequest(
              `${api.prefix}stable_token`,
              postJson({ grant_type: 'client_credential', appid: app.appId, secret: app.secret, force_refresh: false }),
              0,
            );
      return { value: String(data.access_token), expiresIn: Number(data.expires_in) };
    };
    api.getAccessToken = async () => {
      const s = await store.current(tokenKey, fetchToken, rejected);
      rejected = undefined;
      lastIssued = s.value;
      return new API.AccessToken(s.value, s.refreshAt);
    };

    api.registerTicketHandle(
      async (type: string) => {
        const s = await store.read(ticketKey(type || 'jsapi'));
        return s ? { ticket: s.value, expireTime: s.refreshAt } : null;
      },
      async () => undefined,
    );
    api.getTicket = async (type = 'jsapi') => {
      const s = await store.current(ticketKey(type), async () => {
        const { accessToken } = await api.ensureAccessToken();
        const data = await api.request(`${api.prefix}ticket/getticket?access_token=${accessToken}&type=${type}`, { dataType: 'json' });
        return { value: String(data.ticket), expiresIn: Number(data.expires_in) };
      });
      return { ticket: s.value, expireTime: s.refreshAt };
    };
    return api as WechatApi;
  }

  return {
    /** The client of an app (rebuilt when the app changes). */
    api(app: WechatApp): WechatApi {
      const version = `${app.updatedAt}|${app.apiBase}`;
      const hit = clients.get(app.appId);
      if (hit && hit.version === version) return hit.api;
      const api = build(app);
      clients.set(app.appId, { version, api });
      return api;
    },

    /** Typed calls other plugins use: `strapi.plugin('wechat').service('clients').forApp(appId)`. */
    async forApp(appId: string): Promise<WechatApi> {
      const app = await services(strapi).apps.get(appId);
      if (!app) throw new Error(`unknown WeChat app ${appId}`);
      return this.api(app);
    },

    /** The app's current access token from the shared store (fetched once across instances). */
    async accessToken(appId: string): Promise<string> {
      return (await (await this.forApp(appId)).ensureAccessToken()).accessToken;
    },

    /** The app's current jsapi ticket. */
    async jsapiTicket(appId: string): Promise<string> {
      return (await (await this.forApp(appId)).ensureTicket('jsapi')).ticket;
    },
  };
};
