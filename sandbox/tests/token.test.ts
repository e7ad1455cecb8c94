import { MP, OA, useSandbox } from './helpers';

const t = useSandbox({}, { resetEach: true });

const tokenQuery = (over: Record<string, string | undefined> = {}) => ({ grant_type: 'client_credential', appid: OA.appId, secret: OA.secret, ...over });
const stable = (over: Record<string, unknown> = {}) =>
  t.wx.post('/cgi-bin/stable_token', {}, { grant_type: 'client_credential', appid: OA.appId, secret: OA.secret, ...over });
const menuGet = (token?: string) => t.wx.get('/cgi-bin/menu/get', { access_token: token });

describe('/cgi-bin/token', () => {
  test('errors: 40013 unknown appid, 41002 missing appid, 40001 wrong secret, 40002 grant_type', async () => {
    expect((await t.wx.get('/cgi-bin/token', tokenQuery({ appid: 'wx0000000000000000' }))).errcode).toBe(40013);
    expect((await t.wx.get('/cgi-bin/token', tokenQuery({ appid: undefined }))).errcode).toBe(41002);
    expect((await t.wx.get('/cgi-bin/token', tokenQuery({ secret: 'nope' }))).errcode).toBe(40001);
    expect((await t.wx.get('/cgi-bin/token', tokenQuery({ grant_type: 'password' }))).errcode).toBe(40002);
    const err = await t.wx.get('/cgi-bin/token', tokenQuery({ appid: 'wx0000000000000000' }));
    expect(err.errmsg).toMatch(/^invalid appid rid: /);
  });

  test('every call mints a new token; the previous one keeps working for 5 minutes only', async () => {
    const first = await t.wx.get('/cgi-bin/token', tokenQuery());
    expect(first.expires_in).toBe(7200);
    const second = await t.wx.get('/cgi-bin/token', tokenQuery());
    expect(second.access_token).not.toBe(first.access_token);
    expect((await menuGet(first.access_token)).errcode).toBeUndefined();
    await t.admin.advanceClock(301);
    expect((await menuGet(first.access_token)).errcode).toBe(40001);
    expect((await menuGet(second.access_token)).menu).toBeDefined();
  });

  test('a token expires after 7200 s (42001)', async () => {
    const token = await t.wx.token();
    await t.admin.advanceClock(7199);
    expect((await menuGet(token)).menu).toBeDefined();
    await t.admin.advanceClock(2);
    expect((await menuGet(token)).errcode).toBe(42001);
  });

  test('41001 missing, 40014 malformed, 40001 unknown token; 43001 on the wrong method', async () => {
    expect((await menuGet(undefined)).errcode).toBe(41001);
    expect((await menuGet('not a token!')).errcode).toBe(40014);
    expect((await menuGet('A'.repeat(64))).errcode).toBe(40001);
    expect((await t.wx.post('/cgi-bin/token', tokenQuery(), {})).errcode).toBe(43001);
    expect((await t.wx.get('/cgi-bin/stable_token', {})).errcode).toBe(43002);
  });

  test('admin can expire tokens early: calls then get 42001', async () => {
    const token = await t.wx.token();
    expect((await t.admin.expireTokens({ appId: OA.appId })).expired).toBe(1);
    expect((await menuGet(token)).errcode).toBe(42001);
  });

  test("a mini program's token cannot call OA-only APIs (48001)", async () => {
    const token = await t.wx.token(MP);
    expect((await menuGet(token)).errcode).toBe(48001);
  });
});

describe('/cgi-bin/stable_token', () => {
  test('returns the same token while valid, isolated from /cgi-bin/token', async () => {
    const a = await stable();
    const b = await stable();
    expect(b.access_token).toBe(a.access_token);
    expect(a.expires_in).toBe(7200);
    await t.admin.advanceClock(100);
    expect((await stable()).expires_in).toBe(7100);
    await t.wx.token();
    await t.wx.token();
    expect((await menuGet(a.access_token)).menu).toBeDefined();
  });

  test('hands out a new token in the last 5 minutes, the old one lives to its expiry', async () => {
    const a = await stable();
    await t.admin.advanceClock(7200 - 299);
    const b = await stable();
    expect(b.access_token).not.toBe(a.access_token);
    expect(b.expires_in).toBe(7200);
    expect((await menuGet(a.access_token)).menu).toBeDefined();
  });

  test('force_refresh invalidates the previous token, at most once per 30 s and 20 a day (45009)', async () => {
    const a = await stable();
    const b = await stable({ force_refresh: true });
    expect(b.access_token).not.toBe(a.access_token);
    expect((await menuGet(a.access_token)).errcode).toBe(40001);
    const c = await stable({ force_refresh: true });
    expect(c.access_token).toBe(b.access_token);
    for (let i = 0; i < 19; i++) {
      await t.admin.advanceClock(31);
      expect((await stable({ force_refresh: true })).access_token).toBeDefined();
    }
    await t.admin.advanceClock(31);
    expect((await stable({ force_refresh: true })).errcode).toBe(45009);
  });

  test('errors: 40001 wrong secret, 40013 unknown appid, 47001 bad JSON, 44002 empty body', async () => {
    expect((await stable({ secret: 'x' })).errcode).toBe(40001);
    expect((await stable({ appid: 'wx00' })).errcode).toBe(40013);
    expect((await t.wx.post('/cgi-bin/stable_token', {}, '{bad')).errcode).toBe(47001);
    expect((await t.wx.post('/cgi-bin/stable_token', {}, '')).errcode).toBe(44002);
  });
});

describe('JS-SDK ticket', () => {
  test('getticket returns one ticket while valid, and admin can check a t.wx.config signature', async () => {
    const token = await t.wx.token();
    const t1 = await t.wx.get('/cgi-bin/ticket/getticket', { access_token: token, type: 'jsapi' });
    const t2 = await t.wx.get('/cgi-bin/ticket/getticket', { access_token: token, type: 'jsapi' });
    expect(t1).toMatchObject({ errcode: 0, errmsg: 'ok', expires_in: 7200 });
    expect(t2.ticket).toBe(t1.ticket);
    const { jsapiSignature } = await import('../src');
    const signature = jsapiSignature({ ticket: t1.ticket, nonceStr: 'abc', timestamp: 1700000000, url: 'http://h5.local/a?b=1#x' });
    const check = await t.admin.call<{ valid: boolean }>('POST', '/_sandbox/jssdk/verify', {
      appId: OA.appId,
      url: 'http://h5.local/a?b=1',
      nonceStr: 'abc',
      timestamp: 1700000000,
      signature,
    });
    expect(check.valid).toBe(true);
  });
});
