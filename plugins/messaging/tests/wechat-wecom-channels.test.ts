import request from 'supertest';
import { DEMO_APPS, DEMO_CORP, DEMO_SUBSCRIBE_TEMPLATES, SandboxClient, startSandbox, type RunningSandbox } from '@wedraw/sandbox';
import { bootStack, createTenant, stopStack, tenantClient, waitForStatus, type Stack } from './helpers';

/**
 * The channels WeChat and WeCom register besides `oa-template`: `oa-custom` (48-hour window),
 * `mp-subscribe` (one authorisation per send) and `wecom-app` (a sending account's app), each
 * end to end through the sandbox over HTTP, WeChat's and WeCom's refusals recorded as final.
 */
const OA = DEMO_APPS.official;
const MP = DEMO_APPS.miniprogram;
const WECOM_ACCOUNT = 'demo-wecom-app';
let stack: Stack;
let sb: RunningSandbox;
let sandbox: SandboxClient;
let api: ReturnType<typeof tenantClient>;

beforeAll(async () => {
  sb = await startSandbox({ port: 0, push: { timeoutMs: 3000, retryDelayMs: 50 } });
  stack = await bootStack();
  await stack.cms.strapi.plugin('wechat').service('demo').seed(sb.url);
  await stack.cms.strapi.plugin('wecom').service('demo').seed(sb.url);
  sandbox = new SandboxClient(sb.url);
  const tenant = await createTenant(stack);
  api = tenantClient(stack, tenant);
  // A tenant sends through its own accounts only.
  await request(stack.cms.url).put(`/wecom/accounts/${WECOM_ACCOUNT}`).set('Authorization', `Bearer ${stack.jwt}`).send({ tenant: tenant.code }).expect(200);
}, 180_000);
afterAll(async () => {
  try {
    await stopStack(stack);
  } finally {
    await sb?.close();
  }
});

const send = (body: Record<string, unknown>) => api.post('/api/messaging/messages', body);

describe('oa-custom', () => {
  const text = { msgtype: 'text', text: { content: '您的兑换已发货' } };

  it('reaches a follower who interacted within 48 hours', async () => {
    const fan = (await sandbox.fans(OA.appId, { subscribed: true, limit: 5 })).fans[0]!;
    await sandbox.updateFan(OA.appId, fan.openid, { lastInteractionAt: 'now' });
    const res = await send({ channel: 'oa-custom', account: OA.appId, to: fan.openid, content: text }).expect(202);
    expect((await waitForStatus(api, res.body.data.id, ['delivered', 'failed'])).status).toBe('delivered');
    const served = await sandbox.messages({ appId: OA.appId, kind: 'custom', touser: fan.openid });
    expect(served.map((m) => (m.payload as { text?: { content?: string } }).text?.content)).toContain('您的兑换已发货');
  });

  it('ends failed with 45015 outside the window, never retried', async () => {
    const fan = (await sandbox.fans(OA.appId, { subscribed: true, limit: 5 })).fans[1]!;
    await sandbox.updateFan(OA.appId, fan.openid, { lastInteractionAt: Date.now() - 49 * 3600 * 1000 });
    const res = await send({ channel: 'oa-custom', account: OA.appId, to: fan.openid, content: text }).expect(202);
    const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed']);
    expect(done.status).toBe('failed');
    expect(done.error).toMatchObject({ code: 'wechat:45015' });
    expect(done.attempts).toBe(1);
  });

  it('refuses content WeChat cannot carry with a 400 naming the field', async () => {
    const res = await send({ channel: 'oa-custom', account: MP.appId, to: 'openid-123456', content: { msgtype: 'text', text: { content: '' } } }).expect(400);
    const fields = res.body.error.details.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['account', 'content.text.content']);
  });
});

describe('mp-subscribe', () => {
  const templateId = DEMO_SUBSCRIBE_TEMPLATES[0].template_id;
  const content = { templateId, data: { thing1: '积分到账', number2: { value: '10' } }, page: 'pages/points/index' };

  it('spends one authorisation per send; without one the send ends failed with 43101', async () => {
    const fan = (await sandbox.fans(MP.appId, { limit: 5 })).fans[0]!;
    await sandbox.grantSubscribe(MP.appId, fan.openid, templateId, 1);
    const first = await send({ channel: 'mp-subscribe', account: MP.appId, to: fan.openid, content }).expect(202);
    expect((await waitForStatus(api, first.body.data.id, ['delivered', 'failed'])).status).toBe('delivered');
    const served = await sandbox.messages({ appId: MP.appId, kind: 'subscribe', touser: fan.openid });
    expect(served[0]?.payload).toMatchObject({ template_id: templateId, data: { thing1: { value: '积分到账' }, number2: { value: '10' } } });
    const second = await send({ channel: 'mp-subscribe', account: MP.appId, to: fan.openid, content }).expect(202);
    const done = await waitForStatus(api, second.body.data.id, ['delivered', 'failed']);
    expect(done).toMatchObject({ status: 'failed', error: { code: 'wechat:43101' } });
  });

  it('refuses an Official Account as the account and empty data', async () => {
    const res = await send({ channel: 'mp-subscribe', account: OA.appId, to: 'openid-123456', content: { templateId, data: {} } }).expect(400);
    const fields = res.body.error.details.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['account', 'content.data']);
  });
});

describe('wecom-app', () => {
  beforeAll(async () => {
    const jwt = stack.jwt;
    await request(stack.cms.url).post(`/wecom/accounts/${WECOM_ACCOUNT}/verify`).set('Authorization', `Bearer ${jwt}`).expect(200);
  });

  it('sends an application message to a member', async () => {
    const member = (await sandbox.wecomMembers(DEMO_CORP.corpId, { limit: 1 })).members[0]!;
    const content = { msgtype: 'text', text: { content: '今日待办：3 个客户待跟进' } };
    const res = await send({ channel: 'wecom-app', account: WECOM_ACCOUNT, to: member.userid, content }).expect(202);
    const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed']);
    expect(done).toMatchObject({ status: 'delivered', providerMsgId: expect.any(String) });
    const served = await sandbox.wecomMessages({ corpId: DEMO_CORP.corpId, kind: 'app' });
    expect(served.some((m) => m.touser?.includes(member.userid) && m.msgid === done.providerMsgId)).toBe(true);
  });

  it('sends to a department (`dept:<id>`), as API.md writes the recipient', async () => {
    const content = { msgtype: 'text', text: { content: '部门通知：周五团建' } };
    const res = await send({ channel: 'wecom-app', account: WECOM_ACCOUNT, to: 'dept:1', content }).expect(202);
    const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed']);
    expect(done.status).toBe('delivered');
    const served = await sandbox.wecomMessages({ corpId: DEMO_CORP.corpId, kind: 'app' });
    expect(served.find((m) => m.msgid === done.providerMsgId)).toMatchObject({ toparty: ['1'], touser: [] });
  });

  it('an offline account is refused at intake with 409 AccountUnavailable, and operators hear of it', async () => {
    const admin = (path: string) => request(stack.cms.url).post(path).set('Authorization', `Bearer ${stack.jwt}`);
    await admin('/messaging/templates')
      .send({ code: 'account-offline', channel: 'webhook', content: { text: '发送账号 {{code}}（{{name}}）已下线：{{reason}}' } })
      .expect(200);
    await request(stack.cms.url)
      .put('/messaging/notifications/wecom.account.offline/webhook')
      .set('Authorization', `Bearer ${stack.jwt}`)
      .send({ enabled: true, template: 'account-offline', to: `${stack.receiver.url}/ops` })
      .expect(200);
    await admin(`/wecom/accounts/${WECOM_ACCOUNT}/offline`).expect(200);
    const [alert] = await stack.receiver.waitFor('/ops', 1, 20_000);
    expect(JSON.parse(alert!.body).text).toMatch(new RegExp(`^发送账号 ${WECOM_ACCOUNT}（.+）已下线：`));
    const content = { msgtype: 'text', text: { content: '不会发出' } };
    const res = await send({ channel: 'wecom-app', account: WECOM_ACCOUNT, to: 'dept:1', content }).expect(409);
    expect(res.body.error.name).toBe('AccountUnavailable');
    await admin(`/wecom/accounts/${WECOM_ACCOUNT}/verify`).expect(200);
  });

  it('an unknown member ends failed (invaliduser), an unknown account is a 400', async () => {
    const content = { msgtype: 'markdown', markdown: { content: '**提醒**' } };
    const res = await send({ channel: 'wecom-app', account: WECOM_ACCOUNT, to: 'nobody-here', content }).expect(202);
    expect(await waitForStatus(api, res.body.data.id, ['delivered', 'failed'])).toMatchObject({ status: 'failed', error: { code: 'wecom:81013' } });
    const bad = await send({ channel: 'wecom-app', account: 'no-such-account', to: 'zhangsan', content }).expect(400);
    expect(bad.body.error.details.errors.map((e: { field: string }) => e.field)).toEqual(['account']);
  });
});
