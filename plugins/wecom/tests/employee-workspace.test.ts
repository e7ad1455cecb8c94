import request from 'supertest';
import { clientAction, bootStack, CORP_ID, eventually, stopStack, type Stack } from './helpers';

/** The WeCom H5's 我的客户群 and 群机器人: the employee's own groups, and robots the admin lets them use. */
describe('employee workspace', () => {
  let stack: Stack;
  let jwt = '';
  let me = '';
  let other = '';
  const api = () => request(stack.cms.url);
  const as = (method: 'get' | 'post', path: string) => api()[method](path).set('Authorization', `Bearer ${jwt}`);
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
    expect(robots.body.data).toEqual([{ code: 'store-bot', name: '门店通知', chatName: '门店群', textAllowed: true }]);

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
});
