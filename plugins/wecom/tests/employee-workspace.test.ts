import request from 'supertest';
import { clientAction, bootStack, CORP_ID, eventually, stopStack, type Stack } from './helpers';

/** The WeCom H5's 我的客户群 and 群机器人: the employee's own groups, and robots the admin lets them use. */
describe('employee workspace', () => {
  let stack: Stack;
  let jwt = '';
  let me = '';
  let other = '';
  const api = () => request(stack.cms.url);
  const as = (method: 'get' | 'post' | 'put', path: string) => api()[method](path).set('Authorization', `Bearer ${jwt}`);
  const client = (path: string, body: unknown) => clientAction(stack, path, body);

  beforeAll(async () => {
    stack = await bootStack();
    const started = await stack.as('post', `/wecom/corps/${CORP_ID}/sync`).expect(202);
    await eventually(
      async () => (await stack.as('get', `/wecom/sync-runs/${started.body.data.documentId}`).expect(200)).body.data.status === 'completed',
      60_000,
      200,
    );
    const members = (await stack.admin.wecomMembers(CORP_ID, { limit: 10 })).members.filter((m) => m.status === 1);
    [me, other] = [members[0]!.userid, members[1]!.userid];
    const { code } = await stack.admin.wecomLoginCode(CORP_ID, me);
    jwt = (await api().post('/api/wecom/login').send({ code }).expect(200)).body.jwt;
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('我的客户群: only the groups I own, with the members in them now', async () => {
    const c1 = (await client('/add-customer', { userid: me, name: '林小鹿', welcomeCode: false })).customer.external_userid;
    const c2 = (await client('/add-customer', { userid: me, name: '陈阿青', welcomeCode: false })).customer.external_userid;
    const mine = (await client('/groups', { owner: me, name: '我的会员群', members: [c1, c2] })).group.chat_id as string;
    const theirs = (await client('/groups', { owner: other, name: '别人的群', members: [c1] })).group.chat_id as string;
    await client(`/groups/${mine}/leave`, { externalUserid: c2 });
    await eventually(
      async () => (await stack.cms.strapi.db.query('plugin::wecom.customer-group-member').count({ where: { chatId: mine, leftAt: { $notNull: true } } })) === 1,
      10_000,
      100,
    );

    const list = await as('get', '/api/wecom/employee/groups').expect(200);
    expect(list.body.data).toEqual([expect.objectContaining({ chatId: mine, name: '我的会员群', memberCount: 2 })]);
    expect(list.body.meta.pagination).toMatchObject({ total: 1 });
    const detail = await as('get', `/api/wecom/employee/groups/${mine}`).expect(200);
    expect(detail.body.data.members.map((m: { name: string; type: string }) => [m.name, m.type]).sort()).toEqual(
      [
        [expect.any(String), 'member'],
        ['林小鹿', 'customer'],
      ].sort(),
    );
    await as('get', `/api/wecom/employee/groups/${theirs}`).expect(404);
  });

  test('群机器人: only robots the admin allows; a text goes through the queue to WeCom; bad input names the field', async () => {
    const [a, b] = [await stack.admin.wecomAddRobot(CORP_ID, { name: '门店群' }), await stack.admin.wecomAddRobot(CORP_ID, { name: '总部群' })];
    const webhook = (key: string) => `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}`;
    await stack
      .as('post', '/wecom/robots')
      .send({ code: 'store-bot', name: '门店通知', corpId: CORP_ID, webhook: webhook(a.key), chatName: '门店群', employeeUserids: [me] })
      .expect(201);
    await stack
      .as('post', '/wecom/robots')
      .send({ code: 'hq-bot', name: '总部通知', corpId: CORP_ID, webhook: webhook(b.key), employeeUserids: [other] })
      .expect(201);

    const robots = await as('get', '/api/wecom/employee/robots').expect(200);
    expect(robots.body.data).toEqual([{ code: 'store-bot', name: '门店通知', chatName: '门店群', textAllowed: true, canConfigure: false }]);

    const sent = await as('post', '/api/wecom/employee/robots/store-bot/messages').send({ content: '今天 18:00 闭店盘点' }).expect(202);
    expect(sent.body.data).toMatchObject({ status: 'queued' });
    const got = await eventually(async () => {
      const m = await stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'robot', key: a.key });
      return m.length ? m : null;
    }, 10_000);
    expect(JSON.stringify(got)).toContain('今天 18:00 闭店盘点');
    const record = (await stack.as('get', '/wecom/robot-messages?robot=store-bot').expect(200)).body.data[0];
    expect(record).toMatchObject({ source: 'employee', operator: `wecom:${me}` });

    await as('post', '/api/wecom/employee/robots/hq-bot/messages').send({ content: '不该发出' }).expect(404);
    const bad = await as('post', '/api/wecom/employee/robots/store-bot/messages').send({ content: '' }).expect(400);
    expect(JSON.stringify(bad.body.error)).toContain('content');
    await api().get('/api/wecom/employee/robots').expect(403);
  });

  test('群机器人配置: an editor changes name, remark and types (never the webhook); a user only → 403, anyone else → 404', async () => {
    const c = await stack.admin.wecomAddRobot(CORP_ID, { name: '活动群' });
    const webhook = `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${c.key}`;
    await stack
      .as('post', '/wecom/robots')
      .send({ code: 'promo-bot', name: '活动通知', corpId: CORP_ID, webhook, employeeUserids: [other], editorUserids: [me], remark: '周末活动' })
      .expect(201);

    const listed = (await as('get', '/api/wecom/employee/robots').expect(200)).body.data.find((r: { code: string }) => r.code === 'promo-bot');
    expect(listed).toMatchObject({ canConfigure: true, remark: '周末活动', allowedTypes: expect.arrayContaining(['text', 'markdown']) });
    expect(JSON.stringify(listed)).not.toContain(c.key);

    const changed = await as('put', '/api/wecom/employee/robots/promo-bot')
      .send({ name: '周末活动通知', remark: '每周六上午', allowedTypes: ['text', 'news'] })
      .expect(200);
    expect(changed.body.data).toMatchObject({ name: '周末活动通知', remark: '每周六上午', allowedTypes: ['text', 'news'], canConfigure: true });
    const admin = (await stack.as('get', '/wecom/robots/promo-bot').expect(200)).body.data;
    expect(admin).toMatchObject({ name: '周末活动通知', remark: '每周六上午', allowedTypes: ['text', 'news'], hasWebhook: true, employeeUserids: [other] });

    // The webhook, the group and who may use it are the admin's.
    const refused = await as('put', '/api/wecom/employee/robots/promo-bot').send({ webhook: 'https://example.com/x?key=abcdefgh1234' }).expect(400);
    expect(JSON.stringify(refused.body.error)).toContain('webhook');
    await as('put', '/api/wecom/employee/robots/promo-bot')
      .send({ employeeUserids: [me] })
      .expect(400);
    await as('put', '/api/wecom/employee/robots/promo-bot').send({ allowedTypes: [] }).expect(400);

    // A member allowed to send only, and a member not allowed at all.
    const forbidden = await as('put', '/api/wecom/employee/robots/store-bot').send({ name: '改名' }).expect(403);
    expect(forbidden.body.error).toMatchObject({ name: 'NotARobotEditor' });
    await as('put', '/api/wecom/employee/robots/hq-bot').send({ name: '改名' }).expect(404);
    expect((await stack.as('get', '/wecom/robots/store-bot').expect(200)).body.data.name).toBe('门店通知');
  });

  test('群统计: my own daily figures from WeCom’s per-day statistics, refreshed when opened', async () => {
    const DAY = 86_400;
    const dayName = (seconds: number) => new Date(Math.floor((seconds + 8 * 3600) / DAY) * DAY * 1000).toISOString().slice(0, 10);
    const clock = (days: number) =>
      request(stack.sb.url)
        .post('/_sandbox/clock')
        .send({ advanceSeconds: days * DAY })
        .expect(200);
    const c1 = (await client('/add-customer', { userid: me, name: '周小满', welcomeCode: false })).customer.external_userid;
    const c2 = (await client('/add-customer', { userid: me, name: '吴一一', welcomeCode: false })).customer.external_userid;
    await clock(-1);
    try {
      await client('/groups', { owner: me, name: '昨日新群', members: [c1, c2] });
      await client('/groups', { owner: other, name: '别人的昨日群', members: [c1] });
    } finally {
      await clock(1);
    }
    const now = Math.floor(Date.now() / 1000);
    const stats = (await as('get', '/api/wecom/employee/group-stats').expect(200)).body.data;
    expect(stats.days).toHaveLength(30);
    expect(stats.to).toBe(dayName(now - DAY));
    const yesterday = stats.days.find((d: { day: string }) => d.day === dayName(now - DAY));
    // Mine only: one new group with me and two customers; the other owner's group is not counted.
    expect(yesterday).toMatchObject({ newChatCnt: 1, chatTotal: 1, newMemberCnt: 3, memberTotal: 3 });
    expect(await stack.cms.strapi.db.query('plugin::wecom.group-stat').count({ where: { corpId: CORP_ID, owner: me } })).toBe(30);
    expect(await stack.cms.strapi.db.query('plugin::wecom.group-stat').count({ where: { corpId: CORP_ID, owner: other } })).toBe(0);
    await as('get', '/api/wecom/employee/group-stats').query({ days: 3 }).expect(400);
    await api().get('/api/wecom/employee/group-stats').expect(403);
  });
});
