import { request } from 'node:http';
import { MP, OA, useSandbox } from './helpers';

const t = useSandbox({}, { resetEach: true });

describe('error injection', () => {
  test('the next N calls of an endpoint fail with an errcode, then it works again', async () => {
    await t.admin.fault({ path: '/cgi-bin/token', errcode: -1, times: 2 });
    expect((await t.wx.get('/cgi-bin/token', { grant_type: 'client_credential', appid: OA.appId, secret: OA.secret })).errcode).toBe(-1);
    expect((await t.wx.get('/cgi-bin/token', { grant_type: 'client_credential', appid: OA.appId, secret: OA.secret })).errmsg).toMatch(/^system error/);
    expect(await t.wx.token()).toMatch(/^SBXt_/);
  });

  test('a fault can target one app, carry a custom errmsg, and last until cleared (times -1)', async () => {
    const mpToken = await t.wx.token(MP);
    const oaToken = await t.wx.token(OA);
    await t.admin.fault({ path: '/cgi-bin/message/custom/send', appId: MP.appId, errcode: 45009, errmsg: 'reach max api daily quota limit', times: -1 });
    for (let i = 0; i < 3; i++) expect((await t.wx.post('/cgi-bin/message/custom/send', { access_token: mpToken }, {})).errcode).toBe(45009);
    expect((await t.wx.post('/cgi-bin/message/custom/send', { access_token: oaToken }, {})).errcode).toBe(40003);
    await t.admin.clearFaults();
    expect((await t.wx.post('/cgi-bin/message/custom/send', { access_token: mpToken }, {})).errcode).toBe(40003);
  });

  test('latency, HTTP errors and dropped connections', async () => {
    const token = await t.wx.token();
    await t.admin.fault({ path: '/cgi-bin/menu/get', delayMs: 300 });
    const started = Date.now();
    expect((await t.wx.get('/cgi-bin/menu/get', { access_token: token })).menu).toBeDefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    await t.admin.fault({ path: '/cgi-bin/menu/get', status: 502 });
    expect((await fetch(`${t.sb.url}/cgi-bin/menu/get?access_token=${token}`)).status).toBe(502);

    await t.admin.fault({ path: '/cgi-bin/menu/get', drop: true });
    const dropped = await new Promise<string>((resolve) => {
      const req = request(`${t.sb.url}/cgi-bin/menu/get?access_token=${token}`, { agent: false }, () => resolve('answered'));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      req.end();
    });
    expect(dropped).toBe('ECONNRESET');
    expect(await t.admin.call('GET', '/_sandbox/faults')).toEqual([]);
  });
});

describe('counters', () => {
  test('count calls and errcodes per endpoint and app, and reset', async () => {
    await t.wx.token();
    await t.wx.token(MP);
    await t.wx.get('/cgi-bin/token', { grant_type: 'client_credential', appid: OA.appId, secret: 'bad' });
    const token = await t.wx.token();
    await t.wx.get('/cgi-bin/menu/get', { access_token: token });
    await t.wx.get('/cgi-bin/menu/get', { access_token: 'x' });
    const c = await t.admin.counters();
    expect(c['/cgi-bin/token']).toEqual({ calls: 4, errcodes: { '0': 3, '40001': 1 }, byApp: { [OA.appId]: 3, [MP.appId]: 1 } });
    expect(c['/cgi-bin/menu/get']).toEqual({ calls: 2, errcodes: { '0': 1, '40014': 1 }, byApp: { [OA.appId]: 1 } });
    expect(c['/_sandbox/counters']).toBeUndefined();
    await t.admin.resetCounters();
    expect(await t.admin.counters()).toEqual({});
  });

  test('injected failures are counted too', async () => {
    await t.admin.fault({ path: '/cgi-bin/token', errcode: 45009 });
    await t.wx.get('/cgi-bin/token', { grant_type: 'client_credential', appid: OA.appId, secret: OA.secret });
    expect((await t.admin.counters())['/cgi-bin/token']?.errcodes).toEqual({ '45009': 1 });
  });
});
