import { DEMO_APPS, DEMO_TEMPLATES, SandboxClient, startSandbox, type RunningSandbox } from '@wedraw/sandbox';
import { bootStack, createTenant, stopStack, tenantClient, waitForStatus, type Stack } from './helpers';

/**
 * `oa-template`, registered by the WeChat plugin: sent over HTTP to the sandbox with the app's token,
 * and the sandbox's TEMPLATESENDJOBFINISH push (safe mode) comes back to the callback and moves the
 * record from sent to delivered.
 */
const OA = DEMO_APPS.official;
const RECEIPT_TIMEOUT_MS = 1500;
let stack: Stack;
let sb: RunningSandbox;
let sandbox: SandboxClient;

beforeAll(async () => {
  sb = await startSandbox({ port: 0, push: { timeoutMs: 3000, retryDelayMs: 50 } });
  // One WeChat call per batch and a receipt window of one message: the flow control is visible.
  stack = await bootStack({ MESSAGING_RECEIPT_TIMEOUT_MS: String(RECEIPT_TIMEOUT_MS), MESSAGING_RECEIPT_WINDOW: '1', WECHAT_TEMPLATE_BATCH: '1' });
  await stack.cms.strapi.plugin('wechat').service('demo').seed(sb.url);
  sandbox = new SandboxClient(sb.url);
  await sandbox.setCallback(OA.appId, `${stack.cms.url}/api/wechat/callback/${OA.appId}`, 'safe');
}, 180_000);
afterAll(async () => {
  try {
    await stopStack(stack);
  } finally {
    await sb?.close();
  }
});

it('sends a template message to a follower and applies the receipt', async () => {
  const api = tenantClient(stack, await createTenant(stack));
  const follower = (await sandbox.fans(OA.appId, { limit: 50 })).fans.find((f) => f.subscribed)!.openid;
  const content = { templateId: DEMO_TEMPLATES[0].template_id, data: { first: '积分到账', keyword1: '+10' } };
  const res = await api.post('/api/messaging/messages', { channel: 'oa-template', account: OA.appId, to: follower, content }).expect(202);
  const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed'], 30_000);
  expect(done.status).toBe('delivered');
  expect(done.providerMsgId).toEqual(expect.any(String));
  const served = await sandbox.messages({ appId: OA.appId, kind: 'template', touser: follower });
  expect(served.length).toBeGreaterThanOrEqual(1);
});

it('refuses an unknown account or bad content with a 400 naming the field', async () => {
  const api = tenantClient(stack, await createTenant(stack));
  const res = await api.post('/api/messaging/messages', { channel: 'oa-template', account: 'wx-nope', to: 'openid-123456', content: { data: {} } }).expect(400);
  const fields = res.body.error.details.errors.map((e: { field: string }) => e.field).sort();
  expect(fields).toEqual(['account', 'content.templateId']);
});

it('ends a message whose receipt never comes as failed receipt-timeout, with its callback', async () => {
  const keys = await createTenant(stack);
  const api = tenantClient(stack, keys);
  const follower = (await sandbox.fans(OA.appId, { limit: 50 })).fans.filter((f) => f.subscribed)[1]!.openid;
  const content = { templateId: DEMO_TEMPLATES[0].template_id, data: { first: '积分到账', keyword1: '+10' } };
  // WeChat's receipt push cannot reach us: it tries, gives up, and the message stays sent.
  await sandbox.setCallback(OA.appId, 'http://127.0.0.1:9/unreachable', 'safe');
  try {
    const callbackUrl = `${stack.receiver.url}/receipt-timeout`;
    const res = await api.post('/api/messaging/messages', { channel: 'oa-template', account: OA.appId, to: follower, content, callbackUrl }).expect(202);
    const sent = await waitForStatus(api, res.body.data.id, ['sent', 'delivered', 'failed'], 30_000);
    expect(sent.status).toBe('sent');
    const delivery = stack.cms.strapi.plugin('messaging').service('delivery') as { sweep(): Promise<void> };
    await delivery.sweep(); // not yet past the timeout: untouched
    expect((await api.get(`/api/messaging/messages/${res.body.data.id}`).expect(200)).body.data.status).toBe('sent');
    await new Promise((r) => setTimeout(r, RECEIPT_TIMEOUT_MS + 200));
    await delivery.sweep();
    const ended = (await api.get(`/api/messaging/messages/${res.body.data.id}`).expect(200)).body.data;
    expect(ended.status).toBe('failed');
    expect(ended.error).toEqual({ code: 'receipt-timeout', message: expect.stringContaining('未收到送达回执') });
    const [callback] = await stack.receiver.waitFor('/receipt-timeout', 1);
    expect(JSON.parse(callback!.body)).toMatchObject({ id: res.body.data.id, status: 'failed', error: { code: 'receipt-timeout' } });
  } finally {
    await sandbox.setCallback(OA.appId, `${stack.cms.url}/api/wechat/callback/${OA.appId}`, 'safe');
  }
});

it('sends no faster than receipts come back: the next message waits for the receipt window', async () => {
  const api = tenantClient(stack, await createTenant(stack));
  const fans = (await sandbox.fans(OA.appId, { limit: 50 })).fans.filter((f) => f.subscribed).slice(2, 5);
  const content = { templateId: DEMO_TEMPLATES[0].template_id, data: { first: '积分到账', keyword1: '+10' } };
  await sandbox.setCallback(OA.appId, 'http://127.0.0.1:9/unreachable', 'safe');
  let ids: string[];
  try {
    const res = await api
      .post('/api/messaging/messages/batch', { messages: fans.map((f) => ({ channel: 'oa-template', account: OA.appId, to: f.openid, content })) })
      .expect(202);
    ids = res.body.data.ids;
    await waitForStatus(api, ids[0]!, ['sent'], 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    const statuses = async () => Promise.all(ids.map(async (id) => (await api.get(`/api/messaging/messages/${id}`).expect(200)).body.data));
    // The first awaits its receipt (which cannot come): the others, claimed by the same job, are held back.
    expect((await statuses()).map((m) => m.status)).toEqual(['sent', 'sending', 'sending']);
    expect(await sandbox.messages({ appId: OA.appId, kind: 'template', touser: fans[1]!.openid })).toHaveLength(0);
  } finally {
    await sandbox.setCallback(OA.appId, `${stack.cms.url}/api/wechat/callback/${OA.appId}`, 'safe');
  }
  // Its receipt arrives (as WeChat would repeat it): the window opens and the rest go, each delivered.
  const first = (await api.get(`/api/messaging/messages/${ids[0]}`).expect(200)).body.data;
  const delivery = stack.cms.strapi.plugin('messaging').service('delivery') as { receipt(c: string, id: string, ok: boolean): Promise<boolean> };
  expect(await delivery.receipt('oa-template', first.providerMsgId, true)).toBe(true);
  for (const id of ids) expect((await waitForStatus(api, id, ['delivered', 'failed'], 30_000)).status).toBe('delivered');
});
