import { randomBytes } from 'crypto';
import request from 'supertest';
import { adminToken, bootStack, CORP_ID, eventually, stopStack, type Stack } from './helpers';

const ACCOUNT = 'demo-wecom-app';
let stack: Stack;
let members: string[];

beforeAll(async () => {
  stack = await bootStack();
  await stack.as('post', `/wecom/accounts/${ACCOUNT}/verify`).expect(200);
  members = (await stack.admin.wecomMembers(CORP_ID, { limit: 4 })).members.map((m) => m.userid);
}, 180_000);
afterAll(() => stopStack(stack));

describe('app chats (appchat)', () => {
  test('created in WeCom by the app, listed, sent to now; bad input 400, WeCom refusal 409', async () => {
    const created = await stack
      .as('post', '/wecom/appchats')
      .send({ account: ACCOUNT, name: '门店运营', owner: members[0], userlist: members.slice(0, 3), chatid: 'store1' })
      .expect(201);
    expect(created.body.data).toMatchObject({ chatid: 'store1', name: '门店运营', owner: members[0], userlist: members.slice(0, 3), account: ACCOUNT });
    expect((await stack.admin.wecomAppChats(CORP_ID)).map((c) => c.chatid)).toEqual(['store1']);
    const one = await stack
      .as('post', '/wecom/appchats')
      .send({ account: ACCOUNT, userlist: members.slice(0, 1) })
      .expect(400);
    expect(one.body.error.details.errors[0].field).toBe('userlist');
    const owner = await stack
      .as('post', '/wecom/appchats')
      .send({ account: ACCOUNT, owner: 'someone', userlist: members.slice(0, 2) })
      .expect(400);
    expect(owner.body.error.details.errors[0].field).toBe('owner');
    const unknown = await stack
      .as('post', '/wecom/appchats')
      .send({ account: ACCOUNT, userlist: [members[0], 'nobody'] })
      .expect(409);
    expect(unknown.body.error).toMatchObject({ name: 'WecomRefused', details: { errcode: 86216 } });
    expect((await stack.as('get', '/wecom/appchats').expect(200)).body.data.map((c: { chatid: string }) => c.chatid)).toEqual(['store1']);

    await stack
      .as('post', '/wecom/appchats/store1/messages')
      .send({ msgtype: 'text', text: { content: '今日盘点' } })
      .expect(200);
    await stack
      .as('post', '/wecom/appchats/store1/messages')
      .send({ msgtype: 'text', text: { content: '' } })
      .expect(400);
    await stack
      .as('post', '/wecom/appchats/nope/messages')
      .send({ msgtype: 'text', text: { content: 'x' } })
      .expect(404);
    const sent = await stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'appchat' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ chatid: 'store1', msgtype: 'text', touser: members.slice(0, 3) });
  });

  test('the message center delivers wecom-appchat messages', async () => {
    const code = `t-${randomBytes(3).toString('hex')}`;
    await stack
      .as('post', '/messaging/tenants')
      .send({ code, name: '门店系统', maxAccounts: 5, maxDailyMessages: 10_000, requireSignature: false })
      .expect(201);
    const key = (await stack.as('post', `/messaging/tenants/${code}/keys`).expect(201)).body.data.key as string;
    const api = (method: 'get' | 'post', path: string) => request(stack.cms.url)[method](path).set('Authorization', `Bearer ${key}`);
    const markdown = { msgtype: 'markdown', markdown: { content: '**盘点** 完成' } };
    // The chat's account belongs to the built-in tenant: to this tenant the chat does not exist.
    const foreign = await api('post', '/api/messaging/messages')
      .send({ channel: 'wecom-appchat', account: ACCOUNT, to: 'store1', content: markdown })
      .expect(400);
    expect(foreign.body.error.details.errors[0].field).toBe('to');
    await stack.as('put', `/wecom/accounts/${ACCOUNT}`).send({ tenant: code }).expect(200);
    const res = await api('post', '/api/messaging/messages')
      .send({ channel: 'wecom-appchat', account: ACCOUNT, to: 'store1', content: { msgtype: 'markdown', markdown: { content: '**盘点** 完成' } } })
      .expect(202);
    await eventually(async () => (await api('get', `/api/messaging/messages/${res.body.data.id}`).expect(200)).body.data.status === 'delivered', 20_000);
    const sent = await stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'appchat' });
    expect(sent.map((m) => (m.payload as { markdown?: { content: string } }).markdown?.content)).toContain('**盘点** 完成');
    const bad = await api('post', '/api/messaging/messages')
      .send({ channel: 'wecom-appchat', to: 'nope', content: { msgtype: 'text', text: { content: 'x' } } })
      .expect(400);
    expect(bad.body.error.details.errors[0].field).toBe('to');
  }, 40_000);

  test('robot and app chat routes need their plugin actions', async () => {
    const jwt = await adminToken(stack.cms, 'strapi-editor', `editor-${Date.now()}@wedraw.test`);
    const as = (method: 'get' | 'post', path: string) => request(stack.cms.url)[method](path).set('Authorization', `Bearer ${jwt}`);
    await as('get', '/wecom/robots').expect(403);
    await as('get', '/wecom/robot-messages').expect(403);
    await as('post', '/wecom/robots/demo-wecom-robot/messages')
      .send({ msgtype: 'text', text: { content: 'x' } })
      .expect(403);
    await as('get', '/wecom/appchats').expect(403);
    await as('post', '/wecom/appchats/store1/messages')
      .send({ msgtype: 'text', text: { content: 'x' } })
      .expect(403);
    expect((await stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'robot' })).length).toBe(0);
  });
});
