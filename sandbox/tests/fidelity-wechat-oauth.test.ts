import { type RunningSandbox, type SandboxClient } from '../src';
import { boot, MP, OA } from './helpers';

const OAuth = require('wechat-oauth');

/**
 * wechat-oauth hard-codes its URLs (reference §6.3), so the only knob is to wrap its `request`
 * method and rewrite the host; everything else runs unchanged.
 */
function client(sbUrl: string, app: { appId: string; secret: string }, isMiniProgram = false) {
  const oauth = new OAuth(app.appId, app.secret, null, null, isMiniProgram);
  const request = oauth.request;
  oauth.request = function (url: string, opts: unknown, cb: unknown) {
    return request.call(this, url.replace('https://api.weixin.qq.com', sbUrl), opts, cb);
  };
  return oauth;
}

function call<T>(fn: (cb: (err: Error | null, result: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, result) => (err ? reject(err) : resolve(result))));
}

let sb: RunningSandbox;
let admin: SandboxClient;
beforeAll(async () => ({ sb, admin } = await boot()));
afterAll(() => sb.close());

describe('wechat-oauth against the sandbox', () => {
  test('authorize URL → consent page → getAccessToken → getUser → refresh → verify', async () => {
    const oauth = client(sb.url, OA);
    const url = oauth.getAuthorizeURL('http://h5.local/cb', 'st', 'snsapi_userinfo').replace('https://open.weixin.qq.com', sb.url);
    const page = await (await fetch(url)).text();
    expect(page).toContain('WeDraw 演示服务号');

    const fan = (await admin.fans(OA.appId, { limit: 1 })).fans[0]!;
    const { code } = await admin.oauthCode(OA.appId, fan.openid, 'snsapi_userinfo');
    const token = await call<{ data: Record<string, string> }>((cb) => oauth.getAccessToken(code, cb));
    expect(token.data).toMatchObject({ openid: fan.openid, unionid: fan.unionid, scope: 'snsapi_userinfo' });
    const user = await call<Record<string, string>>((cb) => oauth.getUser(fan.openid, cb));
    expect(user).toMatchObject({ openid: fan.openid, nickname: fan.nickname });
    const refreshed = await call<{ data: Record<string, string> }>((cb) => oauth.refreshAccessToken(token.data.refresh_token, cb));
    expect(refreshed.data.openid).toBe(fan.openid);
    const verified = await call<Record<string, unknown>>((cb) => oauth.verifyToken(fan.openid, refreshed.data.access_token, cb));
    expect(verified).toMatchObject({ errcode: 0 });

    const err = await call((cb) => oauth.getAccessToken(code, cb)).catch((e: Error & { code?: number }) => e);
    expect(err).toMatchObject({ name: 'WeChatAPIError', code: 40163 });
  });

  test('getUserByCode in one go', async () => {
    const oauth = client(sb.url, OA);
    const fan = (await admin.fans(OA.appId, { limit: 1, offset: 1 })).fans[0]!;
    const { code } = await admin.oauthCode(OA.appId, fan.openid, 'snsapi_userinfo');
    const user = await call<Record<string, string>>((cb) => oauth.getUserByCode(code, cb));
    expect(user.openid).toBe(fan.openid);
  });

  test('mini program: getUserByCode decrypts the encrypted user data with the session_key', async () => {
    const oauth = client(sb.url, MP, true);
    const { js_code, openid } = await admin.miniProgramCode(MP.appId);
    const { encryptedData, iv } = await admin.call<{ encryptedData: string; iv: string }>('POST', '/_sandbox/miniprogram/encrypt', {
      appId: MP.appId,
      openid,
      data: { openId: openid, nickName: '小程序用户' },
    });
    const user = await call<Record<string, unknown>>((cb) => oauth.getUserByCode({ code: js_code, encryptedData, iv }, cb));
    expect(user).toMatchObject({ openId: openid, nickName: '小程序用户', watermark: { appid: MP.appId } });
  });
});
