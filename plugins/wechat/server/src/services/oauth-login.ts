import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { parse } from '@wedraw/kit';
import { CODE_ERRORS, errcodeOf, invalidCode, wechatUnavailable } from '../lib/errors';
import { services } from '../lib/services';
import { WechatOAuth } from './wechat-oauth';
import { recordCall } from '../lib/call-metrics';
import { wechatConfig } from '../config';
import type { LinkedUser } from './identity';

export const authorizeQuery = z.object({
  redirect: z.string().url().max(1024),
  scope: z.enum(['snsapi_base', 'snsapi_userinfo']).default('snsapi_base'),
  appId: z.string().optional(),
  state: z.string().max(128).optional(),
});

export const loginBody = z.object({ code: z.string().min(1).max(512), appId: z.string().optional() });

/** Maps a WeChat failure on a login code: a rejected code is the caller's fault, the rest is ours. */
export function loginFailure(strapi: Core.Strapi, err: unknown, what: string): Error {
  const code = errcodeOf(err);
  if (code !== undefined && CODE_ERRORS.has(code)) return invalidCode();
  strapi.log.warn(`[wechat] ${what} failed: errcode ${code ?? '-'} (${(err as Error)?.name ?? 'Error'})`);
  return wechatUnavailable(code);
}

/** OA web authorization (API.md "Login"): the authorize URL, and a code exchanged for a user and a JWT. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async authorizeUrl(query: unknown): Promise<{ url: string }> {
    const q = parse(authorizeQuery, query);
    const app = await services(strapi).apps.resolve('official', q.appId);
    const state = q.state ?? randomBytes(8).toString('hex');
    return { url: new WechatOAuth(app, wechatConfig(strapi).httpTimeoutMs).authorizeUrl(q.redirect, state, q.scope) };
  },

  async login(body: unknown): Promise<{ jwt: string; user: LinkedUser }> {
    const input = parse(loginBody, body);
    const s = services(strapi);
    const app = await s.apps.resolve('official', input.appId);
    const oauth = new WechatOAuth(app, wechatConfig(strapi).httpTimeoutMs, (url, outcome) => recordCall(strapi, url, outcome));
    let token;
    try {
      token = await oauth.exchangeCode(input.code);
    } catch (err) {
      throw loginFailure(strapi, err, 'OAuth code exchange');
    }
    let nickname: string | null = null;
    let avatar: string | null = null;
    if (token.scope?.includes('snsapi_userinfo')) {
      try {
        const info = await oauth.userInfo(token.openid);
        nickname = typeof info.nickname === 'string' ? info.nickname : null;
        avatar = typeof info.headimgurl === 'string' ? info.headimgurl : null;
      } catch (err) {
        strapi.log.warn(`[wechat] sns/userinfo failed: errcode ${errcodeOf(err) ?? '-'}`);
      }
    }
    const user = await s.identity.login(app, { openid: token.openid, unionid: token.unionid, nickname, avatar });
    return { jwt: await s.identity.issueJwt(user.id), user };
  },
});
