import { outcomeOf } from '../lib/call-metrics';
import { hostsOf } from '../lib/hosts';

const OAuth = require('wechat-oauth');

export interface OAuthToken {
  access_token: string;
  openid: string;
  unionid?: string;
  scope?: string;
}

type Callback<T> = (err: Error | null, result: T) => void;

interface OAuthClient {
  request(url: string, opts: unknown, cb: unknown): void;
  setOpts(opts: Record<string, unknown>): void;
  getAuthorizeURL(redirect: string, state: string, scope: string): string;
  getAccessToken(code: string, cb: Callback<{ data: OAuthToken }>): void;
  getUser(options: { openid: string; lang: string }, cb: Callback<Record<string, unknown>>): void;
}

const promised = <T>(fn: (cb: Callback<T>) => void) => new Promise<T>((resolve, reject) => fn((err, result) => (err ? reject(err) : resolve(result))));

/**
 * wechat-oauth for one login, with its hard-coded hosts rewritten to the app's `apiBase`
 * (reference §6.3: every call goes through `request`). Its per-openid token store lives and dies
 * with this object.
 */
export class WechatOAuth {
  private readonly client: OAuthClient;
  private readonly hosts: { api: string; open: string };

  /** `onCall(url, outcome)` hears of every finished call (for the metrics). */
  constructor(app: { appId: string; secret: string; apiBase: string }, timeoutMs: number, onCall?: (url: string, outcome: number | string) => void) {
    this.hosts = hostsOf(app.apiBase);
    this.client = new OAuth(app.appId, app.secret) as OAuthClient;
    const request = this.client.request;
    const api = this.hosts.api;
    this.client.request = function (this: OAuthClient, url: string, opts: unknown, cb: unknown) {
      const target = url.replace('https://api.weixin.qq.com', api);
      const done = (err: Error | null, data: unknown, res?: unknown) => {
        onCall?.(target, outcomeOf(err, data));
        (cb as (err: Error | null, data: unknown, res?: unknown) => void)(err, data, res);
      };
      return request.call(this, target, opts, typeof cb === 'function' ? done : cb);
    };
    this.client.setOpts({ timeout: timeoutMs });
  }

  authorizeUrl(redirect: string, state: string, scope: string): string {
    return this.client.getAuthorizeURL(redirect, state, scope).replace('https://open.weixin.qq.com', this.hosts.open);
  }

  async exchangeCode(code: string): Promise<OAuthToken> {
    return (await promised<{ data: OAuthToken }>((cb) => this.client.getAccessToken(code, cb))).data;
  }

  userInfo(openid: string): Promise<Record<string, unknown>> {
    return promised((cb) => this.client.getUser({ openid, lang: 'zh_CN' }, cb));
  }
}
