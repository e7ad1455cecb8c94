import { useSandbox } from './helpers';
import { admin, APP, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);

describe('WeCom gettoken and secret roles', () => {
  test('the demo corp: Chinese departments, 200 members, three secrets, one app', async () => {
    const corps = (await admin(t.sb.url, 'GET', '/_sandbox/wecom/corps')).body;
    expect(corps).toHaveLength(1);
    expect((await t.admin.wecomCorps())[0]?.corpId).toBe(CORP.corpId);
    expect((await t.admin.wecomMembers(CORP.corpId, { department: 3, fetchChild: true, limit: 1 })).members).toHaveLength(1);
    const corp = corps[0];
    expect(corp).toMatchObject({
      corpId: CORP.corpId,
      contactsSecret: CORP.contactsSecret,
      customerSecret: CORP.customerSecret,
      members: 200,
      departments: 13,
    });
    expect(corp.apps[0]).toMatchObject({ agentId: APP.agentId, secret: APP.secret });
    const depts = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/departments`)).body;
    expect(depts.map((d: { name?: string }) => d.name)).toEqual(expect.arrayContaining(['市场部', '华东大区', '前端组', '客服中心']));
    const members = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=5`)).body;
    expect(members.total).toBe(200);
    expect(members.members[0].name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
  });

  test('the data is deterministic and scales to 20 000 members in 300 departments', async () => {
    const first = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=3`)).body.members;
    t.sb.reset();
    expect((await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=3`)).body.members).toEqual(first);
    const r = await admin(t.sb.url, 'POST', '/_sandbox/wecom/reset', { members: 20000, departments: 300 });
    expect(r.body.corps[0]).toEqual({ corpId: CORP.corpId, members: 20000, departments: 300 });
    const token = await qy().token();
    let cursor: string | undefined;
    const users = new Set<string>();
    let rows = 0;
    do {
      const page = await qy().post('/cgi-bin/user/list_id', token, { cursor, limit: 10000 });
      expect(page.errcode).toBe(0);
      rows += page.dept_user.length;
      for (const row of page.dept_user) users.add(row.userid);
      cursor = page.next_cursor || undefined;
    } while (cursor);
    expect(users.size).toBe(20000);
    expect(rows).toBeGreaterThan(20000);
  });

  test('same token per (corpid, secret) while valid, a new one after expiry; errors 40013, 41004, 40001', async () => {
    const a = await t.wx.get('/cgi-bin/gettoken', { corpid: CORP.corpId, corpsecret: CORP.contactsSecret });
    expect(a).toMatchObject({ errcode: 0, errmsg: 'ok', expires_in: 7200 });
    const b = await t.wx.get('/cgi-bin/gettoken', { corpid: CORP.corpId, corpsecret: CORP.contactsSecret });
    expect(b.access_token).toBe(a.access_token);
    const c = await t.wx.get('/cgi-bin/gettoken', { corpid: CORP.corpId, corpsecret: APP.secret });
    expect(c.access_token).not.toBe(a.access_token);
    expect((await t.wx.get('/cgi-bin/gettoken', { corpid: 'wwnope', corpsecret: 'x' })).errcode).toBe(40013);
    expect((await t.wx.get('/cgi-bin/gettoken', { corpid: CORP.corpId })).errcode).toBe(41004);
    expect((await t.wx.get('/cgi-bin/gettoken', { corpid: CORP.corpId, corpsecret: 'wrong' })).errcode).toBe(40001);
    await t.admin.advanceClock(7201);
    expect((await qy().get('/cgi-bin/department/simplelist', a.access_token)).errcode).toBe(42001);
    const d = await t.wx.get('/cgi-bin/gettoken', { corpid: CORP.corpId, corpsecret: CORP.contactsSecret });
    expect(d.access_token).not.toBe(a.access_token);
    expect((await qy().get('/cgi-bin/department/simplelist', 'nope')).errcode).toBe(40014);
    expect((await qy().get('/cgi-bin/department/simplelist', '')).errcode).toBe(41001);
  });

  test('only the contacts secret writes and lists ids: others get 48002', async () => {
    const app = await qy().token(APP.secret);
    const customer = await qy().token(CORP.customerSecret);
    for (const token of [app, customer]) {
      expect((await qy().post('/cgi-bin/department/create', token, { name: '新部门', parentid: 1 })).errcode).toBe(48002);
      expect((await qy().post('/cgi-bin/user/create', token, { userid: 'x1', name: '某某', department: [1] })).errcode).toBe(48002);
      expect((await qy().post('/cgi-bin/user/list_id', token, {})).errcode).toBe(48002);
    }
    expect((await qy().get('/cgi-bin/department/simplelist', app)).errcode).toBe(0);
  });

  test('faults: untrusted IP → 60020 with from ip on every call but gettoken; 48009; sensitive fields blank', async () => {
    const contacts = await qy().token();
    const app = await qy().token(APP.secret);
    const userid = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=1`)).body.members[0].userid;
    expect((await qy().get('/cgi-bin/user/get', app, { userid })).mobile).toMatch(/^13/);

    await admin(t.sb.url, 'POST', '/_sandbox/wecom/faults', { corpId: CORP.corpId, untrustedIp: true });
    const refused = await qy().get('/cgi-bin/user/get', contacts, { userid });
    expect(refused.errcode).toBe(60020);
    expect(refused.errmsg).toMatch(/^not allow to access from your ip, hint: \[.+\], from ip: 127\.0\.0\.1, more info at/);
    expect((await t.wx.get('/cgi-bin/gettoken', { corpid: CORP.corpId, corpsecret: CORP.contactsSecret })).errcode).toBe(0);
    await admin(t.sb.url, 'POST', '/_sandbox/wecom/faults', { corpId: CORP.corpId, untrustedIp: false, newIp: true });
    expect((await qy().get('/cgi-bin/user/get', contacts, { userid })).errcode).toBe(48009);
    expect((await qy().post('/cgi-bin/user/list_id', contacts, { limit: 10 })).errcode).toBe(0);
    expect((await qy().get('/cgi-bin/user/get', app, { userid })).errcode).toBe(0);

    await admin(t.sb.url, 'POST', '/_sandbox/wecom/faults', { newIp: false, recentApps: true });
    const blank = await qy().get('/cgi-bin/user/get', app, { userid });
    expect(blank).toMatchObject({ errcode: 0, userid, mobile: '', email: '', avatar: '', gender: '0' });
    expect(blank.name).toBeTruthy();
    expect((await qy().get('/cgi-bin/user/get', contacts, { userid })).mobile).toMatch(/^13/);
    expect((await admin(t.sb.url, 'POST', '/_sandbox/wecom/faults', { newIp: 'yes' })).status).toBe(400);
  });

  test('counters per endpoint and corp; generic faults apply to qyapi paths', async () => {
    const token = await qy().token();
    await t.admin.fault({ path: '/cgi-bin/department/simplelist', errcode: -1, appId: CORP.corpId });
    expect((await qy().get('/cgi-bin/department/simplelist', token)).errcode).toBe(-1);
    expect((await qy().get('/cgi-bin/department/simplelist', token)).errcode).toBe(0);
    const counters = await t.admin.counters();
    expect(counters['/cgi-bin/gettoken']).toMatchObject({ calls: 1, byApp: { [CORP.corpId]: 1 } });
    expect(counters['/cgi-bin/department/simplelist']).toMatchObject({ calls: 2, errcodes: { '-1': 1, '0': 1 } });
  });

  test('the sandbox page carries the WeCom contacts card; the admin members list can include a subtree', async () => {
    const html = await (await fetch(`${t.sb.url}/`)).text();
    expect(html).toContain('id="wecom-members"');
    const js = await fetch(`${t.sb.url}/_sandbox/page/wecom.js`);
    expect(js.status).toBe(200);
    expect(await js.text()).toContain('/_sandbox/wecom/corps');
    const direct = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?department=7`)).body.total;
    const subtree = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?department=7&fetch_child=1`)).body.total;
    expect(direct).toBe(0);
    expect(subtree).toBeGreaterThan(10);
  });

  test('gettoken calls are counted per secret; agent/get and the customer-contact role of externalcontact', async () => {
    await qy().token();
    await qy().token();
    const app = await qy().token(APP.secret);
    const contacts = await qy().token();
    const customer = await qy().token(CORP.customerSecret);
    const tokens = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/tokens?corpId=${CORP.corpId}`)).body;
    expect(tokens.calls).toEqual({ [`${CORP.corpId}|contacts`]: 3, [`${CORP.corpId}|app:${APP.agentId}`]: 1, [`${CORP.corpId}|customer`]: 1 });
    expect(tokens.tokens).toHaveLength(3);
    expect(await qy().get('/cgi-bin/agent/get', app, { agentid: String(APP.agentId) })).toMatchObject({ errcode: 0, agentid: APP.agentId, name: APP.name });
    expect((await qy().get('/cgi-bin/agent/get', app, { agentid: '1000099' })).errcode).toBe(301002);
    expect((await qy().get('/cgi-bin/agent/get', contacts, { agentid: String(APP.agentId) })).errcode).toBe(48002);
    const follow = await qy().get('/cgi-bin/externalcontact/get_follow_user_list', customer);
    expect(follow.errcode).toBe(0);
    expect(follow.follow_user.length).toBeGreaterThan(10);
    expect((await qy().get('/cgi-bin/externalcontact/get_follow_user_list', app)).errcode).toBe(0);
    expect((await qy().get('/cgi-bin/externalcontact/get_follow_user_list', contacts)).errcode).toBe(48002);
  });

  test('admin: another corp, another app (created after 2022-06-20 → sensitive fields blank), another robot', async () => {
    const corp = await admin(t.sb.url, 'POST', '/_sandbox/wecom/corps', { corpId: 'wwsecondcorp01', name: '第二企业', members: 30 });
    expect(corp.status).toBe(201);
    expect(corp.body).toMatchObject({ corpId: 'wwsecondcorp01', members: 30, departments: 13 });
    expect((await admin(t.sb.url, 'POST', '/_sandbox/wecom/corps', { corpId: 'wwsecondcorp01' })).status).toBe(409);
    expect((await admin(t.sb.url, 'POST', '/_sandbox/wecom/corps', { corpId: 'bad id' })).status).toBe(400);
    const other = await qy().token(corp.body.contactsSecret, 'wwsecondcorp01');
    expect((await qy().post('/cgi-bin/user/list_id', other, {})).dept_user.length).toBeGreaterThanOrEqual(30);
    expect((await t.wx.get('/cgi-bin/gettoken', { corpid: 'wwsecondcorp01', corpsecret: CORP.contactsSecret })).errcode).toBe(40001);

    const app = (await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/apps`, { agentId: 1000010, name: '新应用', createdAt: '2023-05-01' })).body;
    const token = await qy().token(app.secret);
    const userid = (await t.admin.wecomMembers(CORP.corpId, { limit: 1 })).members[0]?.userid as string;
    expect(await qy().get('/cgi-bin/user/get', token, { userid })).toMatchObject({ errcode: 0, mobile: '', email: '' });
    expect((await qy().get('/cgi-bin/externalcontact/get_follow_user_list', token)).errcode).toBe(48002);
    const robot = (await admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/robots`, { name: '门店群' })).body;
    expect((await t.wx.post('/cgi-bin/webhook/send', { key: robot.key }, { msgtype: 'text', text: { content: '你好' } })).errcode).toBe(0);
  });
});
