import { DEMO_APPS, DEMO_TEMPLATES, SandboxClient, startSandbox, type RunningSandbox } from '@wedraw/sandbox';
import { bootStack, createTenant, stopStack, tenantClient, waitForStatus, type Stack } from './helpers';

/**
 * `oa-template`, registered by the WeChat plugin: sent over HTTP to the sandbox with the app's token,
 * and the sandbox's TEMPLATESENDJOBFINISH push (safe mode) comes back to the callback and moves the
 * record from sent to delivered.
 */
const OA = DEMO_APPS.official;
let stack: Stack;
let sb: RunningSandbox;
let sandbox: SandboxClient;

beforeAll(async () => {
  sb = await startSandbox({ port: 0, push: { timeoutMs: 3000, retryDelayMs: 50 } });
  stack = await bootStack();
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
