import { decryptBizData, type RunningSandbox, type SandboxClient } from '../src';
import { boot, MP, OA, type Wx } from './helpers';

let sb: RunningSandbox;
let admin: SandboxClient;
let wx: Wx;
beforeAll(async () => ({ sb, admin, wx } = await boot()));
afterAll(() => sb.close());

const exchange = (code: string, over: Record<string, string> = {}) =>
  wx.get('/sns/oauth2/access_token', { appid: OA.appId, secret: OA.secret, code, grant_type: 'authorization_code', ...over });

describe('web OAuth', () => {
  test('the consent page lists fans and redirects with a code and the state', async () => {
    const redirect = 'http://h5.local/auth/callback?from=menu';
    const authorize = `${sb.url}/connect/oauth2/authorize?appid=${OA.appId}&redirect_uri=${encodeURIComponent(redirect)}&response_type=code&scope=snsapi_userinfo&state=xyz#wechat_redirect`;
    const page = await fetch(authorize);
    const html = await page.text();
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('张小绘');
    expect(html).toContain('申请获取你的昵称、头像');
    const link = /href="(\/connect\/oauth2\/authorize\/confirm[^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
    const res = await fetch(`${sb.url}${link}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('http://h5.local/auth/callback');
    expect(location.searchParams.get('from')).toBe('menu');
    expect(location.searchParams.get('state')).toBe('xyz');
    const token = await exchange(location.searchParams.get('code')!);
    expect(token).toMatchObject({
      expires_in: 7200,
      scope: 'snsapi_userinfo',
      openid: expect.any(String),
      unionid: expect.any(String),
      refresh_token: expect.any(String),
    });
    const user = await wx.get('/sns/userinfo', { access_token: token.access_token, openid: token.openid, lang: 'zh_CN' });
    expect(user).toMatchObject({ openid: token.openid, nickname: '张小绘', unionid: token.unionid, privilege: [] });
    expect(user.headimgurl).toMatch(/\/_sandbox\/avatar\/.+\.svg$/);
  });

  test('refusing redirects with the state only; bad parameters show an error page', async () => {
    const base = `${sb.url}/connect/oauth2/authorize/confirm?appid=${OA.appId}&redirect_uri=${encodeURIComponent('http://h5.local/cb')}&response_type=code&scope=snsapi_base&state=s1`;
    const refused = await fetch(`${base}&refuse=1`, { redirect: 'manual' });
    expect(refused.headers.get('location')).toBe('http://h5.local/cb?state=s1');
    expect((await fetch(`${sb.url}/connect/oauth2/authorize?appid=${MP.appId}&redirect_uri=x&response_type=code&scope=snsapi_base`)).status).toBe(400);
    expect((await fetch(`${sb.url}/connect/oauth2/authorize?appid=${OA.appId}&redirect_uri=http%3A%2F%2Fa&response_type=code&scope=snsapi_login`)).status).toBe(
      400,
    );
  });

  test('silent authorization with sandbox_openid', async () => {
    const fan = (await admin.fans(OA.appId, { limit: 1, offset: 3 })).fans[0]!;
    const res = await fetch(
      `${sb.url}/connect/oauth2/authorize?appid=${OA.appId}&redirect_uri=http%3A%2F%2Fh5.local%2Fcb&response_type=code&scope=snsapi_base&state=&sandbox_openid=${fan.openid}`,
      { redirect: 'manual' },
    );
    const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
    expect((await exchange(code)).openid).toBe(fan.openid);
  });

  test('codes are single use (40163), expire after 5 minutes (40029) and belong to one app', async () => {
    const fan = (await admin.fans(OA.appId, { limit: 1 })).fans[0]!;
    const { code } = await admin.oauthCode(OA.appId, fan.openid);
    expect((await exchange(code)).openid).toBe(fan.openid);
    expect((await exchange(code)).errcode).toBe(40163);
    const late = await admin.oauthCode(OA.appId, fan.openid);
    await admin.advanceClock(301);
    expect((await exchange(late.code)).errcode).toBe(40029);
    expect((await exchange('made-up')).errcode).toBe(40029);
    const fresh = await admin.oauthCode(OA.appId, fan.openid);
    expect((await exchange(fresh.code, { secret: 'wrong' })).errcode).toBe(40125);
    expect((await exchange(fresh.code, { grant_type: 'client_credential' })).errcode).toBe(40002);
    expect((await exchange(fresh.code)).openid).toBe(fan.openid);
  });

  test('snsapi_base tokens cannot read userinfo (48001); refresh_token extends; sns/auth checks', async () => {
    const fan = (await admin.fans(OA.appId, { limit: 1 })).fans[0]!;
    const t = await exchange((await admin.oauthCode(OA.appId, fan.openid, 'snsapi_base')).code);
    expect((await wx.get('/sns/userinfo', { access_token: t.access_token, openid: fan.openid })).errcode).toBe(48001);
    expect(await wx.get('/sns/auth', { access_token: t.access_token, openid: fan.openid })).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await wx.get('/sns/auth', { access_token: t.access_token, openid: 'other' })).errcode).toBe(40003);
    await admin.advanceClock(7201);
    expect((await wx.get('/sns/auth', { access_token: t.access_token, openid: fan.openid })).errcode).toBe(42001);
    const r = await wx.get('/sns/oauth2/refresh_token', { appid: OA.appId, grant_type: 'refresh_token', refresh_token: t.refresh_token });
    expect(r).toMatchObject({ openid: fan.openid, scope: 'snsapi_base', refresh_token: t.refresh_token });
    expect((await wx.get('/sns/auth', { access_token: r.access_token, openid: fan.openid })).errcode).toBe(0);
    expect((await wx.get('/sns/oauth2/refresh_token', { appid: OA.appId, grant_type: 'refresh_token', refresh_token: 'nope' })).errcode).toBe(40030);
    await admin.advanceClock(31 * 86400);
    expect((await wx.get('/sns/oauth2/refresh_token', { appid: OA.appId, grant_type: 'refresh_token', refresh_token: t.refresh_token })).errcode).toBe(42002);
  });
});

describe('mini program login', () => {
  const login = (js_code: string, over: Record<string, string> = {}) =>
    wx.get('/sns/jscode2session', { appid: MP.appId, secret: MP.secret, js_code, grant_type: 'authorization_code', ...over });

  test('jscode2session gives openid, session_key and the unionid shared with the OA', async () => {
    const oaFan = (await admin.fans(OA.appId, { limit: 1 })).fans[0]!;
    const { js_code, openid } = await admin.miniProgramCode(MP.appId, { unionid: oaFan.unionid });
    const s = await login(js_code);
    expect(s).toEqual({ openid, session_key: expect.any(String), unionid: oaFan.unionid });
    expect(Buffer.from(s.session_key, 'base64')).toHaveLength(16);
    expect((await login(js_code)).errcode).toBe(40163);
    expect((await login('bogus')).errcode).toBe(40029);
  });

  test('errors: 40125 wrong secret, 40013 an OA appid, 40029 expired code', async () => {
    const { js_code } = await admin.miniProgramCode(MP.appId);
    expect((await login(js_code, { secret: 'x' })).errcode).toBe(40125);
    expect((await login(js_code, { appid: OA.appId, secret: OA.secret })).errcode).toBe(40013);
    await admin.advanceClock(301);
    expect((await login(js_code)).errcode).toBe(40029);
  });

  test('a new phone gets a new user; encrypted user data decrypts with its session_key', async () => {
    const { js_code, openid, unionid } = await admin.miniProgramCode(MP.appId);
    expect((await admin.fans(OA.appId, { q: unionid })).total).toBe(0);
    const s = await login(js_code);
    expect(s.openid).toBe(openid);
    const enc = await admin.call<{ encryptedData: string; iv: string }>('POST', '/_sandbox/miniprogram/encrypt', {
      appId: MP.appId,
      openid,
      data: { nickName: '新用户' },
    });
    expect(decryptBizData(s.session_key, enc.encryptedData, enc.iv)).toMatchObject({ nickName: '新用户', watermark: { appid: MP.appId } });
  });
});
