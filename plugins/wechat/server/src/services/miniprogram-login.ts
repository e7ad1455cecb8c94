import type { Core } from '@strapi/strapi';
import { parse } from '@wedraw/kit';
import { services } from '../lib/services';
import type { LinkedUser } from './identity';
import { loginBody, loginFailure } from './oauth-login';

/** Mini program login (API.md "Login"): the wx.login code through jscode2session. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async login(body: unknown): Promise<{ jwt: string; user: LinkedUser }> {
    const input = parse(loginBody, body);
    const s = services(strapi);
    const app = await s.apps.resolve('miniprogram', input.appId);
    let session;
    try {
      session = await s.clients.api(app).code2Session(input.code);
    } catch (err) {
      throw loginFailure(strapi, err, 'jscode2session');
    }
    const user = await s.identity.login(app, { openid: session.openid, unionid: session.unionid });
    return { jwt: await s.identity.issueJwt(user.id), user };
  },
});
