import request from 'supertest';
import { bootStack, CORP_ID, stopStack, type Stack } from './helpers';

const CODE = 'demo-wecom-app';

describe('sending accounts: lifecycle and heartbeat', () => {
  let stack: Stack;
  let apiToken: string;
  let clock = Date.now();
  beforeAll(async () => {
    stack = await bootStack({ WECOM_RECOVERY_BACKOFF_MS: '1', WECOM_MAX_FAILURES: '3', WECOM_HEARTBEAT_MS: '3600000' });
    // The built-in tenant's key: the integrator routes show it every account.
    apiToken = (await stack.as('post', '/messaging/tenants/admin/keys').expect(201)).body.data.key as string;
  }, 180_000);
  afterAll(() => stopStack(stack));

  const accounts = () => stack.cms.strapi.plugin('wecom').service('accounts');
  /** One heartbeat in the next interval slot (the test moves the clock instead of waiting an hour). */
  const beat = () => accounts().heartbeat((clock += 3_600_000));
  const status = async () =>
    (await request(stack.cms.url).get(`/api/wecom/accounts/${CODE}/status`).set('Authorization', `Bearer ${apiToken}`).expect(200)).body.data;
  const history = async () =>
    (await stack.as('get', `/wecom/accounts/${CODE}/history`).expect(200)).body.data.map((h: { toStatus: string }) => h.toStatus).reverse();

  test('created → verifying → online, each change with its reason', async () => {
    expect((await status()).status).toBe('created');
    const res = await stack.as('post', `/wecom/accounts/${CODE}/verify`).expect(200);
    expect(res.body.data).toMatchObject({ status: 'online', failures: 0, lastError: null });
    expect(await history()).toEqual(['created', 'verifying', 'online']);
    const s = await status();
    expect(Object.keys(s).sort()).toEqual(['code', 'kind', 'lastError', 'lastHeartbeatAt', 'onlineSeconds', 'status']);
    expect(s).toMatchObject({ code: CODE, kind: 'wecom-app', status: 'online', lastError: null });
    const list = await request(stack.cms.url).get('/api/wecom/accounts').set('Authorization', `Bearer ${apiToken}`).expect(200);
    expect(list.body.data.map((a: { code: string }) => a.code)).toEqual([CODE, 'demo-wecom-robot']);
    await request(stack.cms.url).get('/api/wecom/accounts').expect(401);
  });

  test('the heartbeat runs once per interval across callers and records lastHeartbeatAt', async () => {
    const at = (clock += 3_600_000);
    const results = await Promise.all([accounts().heartbeat(at), accounts().heartbeat(at), accounts().heartbeat(at + 10)]);
    expect(results.filter((r: { ran: boolean }) => r.ran)).toHaveLength(1);
    expect((await status()).lastHeartbeatAt).toBeTruthy();
  });

  test('60020 → error → recovering → online once the IP is trusted again', async () => {
    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: true });
    await beat();
    const failing = await status();
    expect(failing.status).toBe('error');
    expect(failing.lastError).toMatchObject({ errcode: 60020 });
    expect(failing.lastError.message).toContain('企业可信IP');
    await beat();
    expect((await status()).status).toBe('recovering');
    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: false });
    await beat();
    expect(await status()).toMatchObject({ status: 'online', lastError: null });
    expect((await history()).slice(-4)).toEqual(['online', 'error', 'recovering', 'online']);
  });

  test('offline after the configured failures in a row, and by the operator; back online by verifying', async () => {
    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: true });
    for (let i = 0; i < 3; i++) await beat();
    expect((await status()).status).toBe('offline');
    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: false });
    await beat();
    expect((await status()).status).toBe('offline'); // the heartbeat leaves offline accounts alone
    await stack.as('post', `/wecom/accounts/${CODE}/verify`).expect(200);
    expect((await status()).status).toBe('online');
    await stack.as('post', `/wecom/accounts/${CODE}/offline`).expect(200);
    const again = await stack.as('post', `/wecom/accounts/${CODE}/offline`).expect(409);
    expect(again.body.error.name).toBe('AccountOffline');
    const rows = (await stack.as('get', `/wecom/accounts/${CODE}/history`).expect(200)).body.data;
    expect(rows[0]).toMatchObject({ toStatus: 'offline', reason: '运营手动下线' });
    expect(rows[0].operator).toMatch(/^admin:/);
  });

  test('an account for an app the corp does not have is a 400', async () => {
    const res = await stack.as('post', '/wecom/accounts').send({ code: 'other', name: '其他', corpId: CORP_ID, agentId: 999 }).expect(400);
    expect(res.body.error.message).toContain('agentId');
  });

  test('WeCom web login: the redirect URL, a code exchanged for a user linked to the member, used once', async () => {
    const url = await request(stack.cms.url).get('/api/wecom/login/url').query({ redirect: 'http://h5.local/wecom', state: 's1' }).expect(200);
    const login = new URL(url.body.url);
    expect(`${login.origin}${login.pathname}`).toBe(`${stack.sb.url}/wwlogin/sso/login`);
    expect(Object.fromEntries(login.searchParams)).toMatchObject({
      login_type: 'CorpApp',
      appid: CORP_ID,
      agentid: '1000002',
      redirect_uri: 'http://h5.local/wecom',
      state: 's1',
    });

    const member = (await stack.admin.wecomMembers(CORP_ID, { limit: 1 })).members[0]!;
    const { code } = await stack.admin.wecomLoginCode(CORP_ID, member.userid, 1000002);
    const res = await request(stack.cms.url).post('/api/wecom/login').send({ code }).expect(200);
    expect(res.body.userid).toBe(member.userid);
    const me = await request(stack.cms.url).get('/api/users/me').set('Authorization', `Bearer ${res.body.jwt}`).expect(200);
    expect(me.body.id).toBe(res.body.user.id);
    const row = await stack.cms.strapi.db.query('plugin::wecom.member').findOne({ where: { corpId: CORP_ID, userid: member.userid }, populate: ['user'] });
    expect(row.user.id).toBe(res.body.user.id);

    const again = await request(stack.cms.url).post('/api/wecom/login').send({ code }).expect(400);
    expect(again.body.error.name).toBe('InvalidCode');
    const second = await stack.admin.wecomLoginCode(CORP_ID, member.userid, 1000002);
    const same = await request(stack.cms.url).post('/api/wecom/login').send({ code: second.code }).expect(200);
    expect(same.body.user.id).toBe(res.body.user.id);
    await request(stack.cms.url).post('/api/wecom/login').send({}).expect(400);
  });
});
