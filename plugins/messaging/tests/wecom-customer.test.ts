import request from 'supertest';
import { DEMO_CORP, SandboxClient, startSandbox, type RunningSandbox } from '@wedraw/sandbox';
import { bootStack, createTenant, stopStack, tenantClient, waitForStatus, type Stack } from './helpers';

/**
 * `wecom-customer` (客户群发 through `externalcontact/add_msg_template`) end to end through the
 * sandbox: WeCom creates a task the member confirms in the client, so the message stays `sent`
 * until the client action; the center's receipt poll (`get_groupmsg_send_result`) then moves it to
 * delivered. A customer who is not the sender's is final at once (`fail_list`).
 */
const WECOM_ACCOUNT = 'demo-wecom-app';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let stack: Stack;
let sb: RunningSandbox;
let sandbox: SandboxClient;
let api: ReturnType<typeof tenantClient>;
let members: string[];

async function addCustomer(userid: string): Promise<string> {
  const res = await fetch(`${sb.url}/_sandbox/wecom/${DEMO_CORP.corpId}/client/add-customer`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userid, welcomeCode: false }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { customer: { external_userid: string } }).customer.external_userid;
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, push: { timeoutMs: 3000, retryDelayMs: 50 } });
  stack = await bootStack({ MESSAGING_RECEIPT_POLL_MS: '300' });
  await stack.cms.strapi.plugin('wecom').service('demo').seed(sb.url);
  sandbox = new SandboxClient(sb.url);
  const tenant = await createTenant(stack);
  api = tenantClient(stack, tenant);
  await request(stack.cms.url).put(`/wecom/accounts/${WECOM_ACCOUNT}`).set('Authorization', `Bearer ${stack.jwt}`).send({ tenant: tenant.code }).expect(200);
  await request(stack.cms.url).post(`/wecom/accounts/${WECOM_ACCOUNT}/verify`).set('Authorization', `Bearer ${stack.jwt}`).expect(200);
  members = (await sandbox.wecomMembers(DEMO_CORP.corpId, { limit: 2 })).members.map((m) => m.userid);
}, 180_000);
afterAll(async () => {
  try {
    await stopStack(stack);
  } finally {
    await sb?.close();
  }
});

const send = (body: Record<string, unknown>) => api.post('/api/messaging/messages', body);
const content = (sender: string) => ({ sender, text: { content: '双十二会员专享：积分兑换满 100 减 20' } });

test('stays sent until the member confirms the task in WeCom, then the poll moves it to delivered', async () => {
  const [sender] = members as [string];
  const customer = await addCustomer(sender);
  const res = await send({ channel: 'wecom-customer', account: WECOM_ACCOUNT, to: customer, content: content(sender) }).expect(202);
  const sent = await waitForStatus(api, res.body.data.id, ['sent', 'delivered', 'failed']);
  expect(sent).toMatchObject({ status: 'sent', attempts: 1, providerMsgId: expect.stringMatching(new RegExp(`^msg\\w+:${sender}:${customer}$`)) });
  const msgid = String(sent.providerMsgId).split(':')[0];
  const tasks = await sandbox.wecomGroupMsgs(DEMO_CORP.corpId);
  expect(tasks.find((t) => t.msgid === msgid)).toMatchObject({ sender, customers: [customer] });

  await sleep(1500); // several polls: nothing confirmed, nothing delivered
  expect((await api.get(`/api/messaging/messages/${res.body.data.id}`).expect(200)).body.data.status).toBe('sent');
  expect((await sandbox.wecomMessages({ corpId: DEMO_CORP.corpId, kind: 'customer' })).filter((m) => m.touser?.includes(customer))).toHaveLength(0);

  const confirmed = await sandbox.wecomConfirmGroupMsg(DEMO_CORP.corpId, msgid);
  expect(confirmed.results).toEqual([expect.objectContaining({ externalUserid: customer, status: 1 })]);
  const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed'], 15_000);
  expect(done).toMatchObject({ status: 'delivered', error: null });
  const served = await sandbox.wecomMessages({ corpId: DEMO_CORP.corpId, kind: 'customer' });
  expect(served.filter((m) => m.touser?.includes(customer))).toHaveLength(1);
});

test("a customer who is not the sender's is final at once (fail_list), never retried", async () => {
  const [sender, other] = members as [string, string];
  const customer = await addCustomer(other);
  const res = await send({ channel: 'wecom-customer', account: WECOM_ACCOUNT, to: customer, content: content(sender) }).expect(202);
  const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed']);
  expect(done).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'wecom:fail_list' } });
});

test('bad input is a 400 naming the field; nothing queued', async () => {
  const res = await send({ channel: 'wecom-customer', account: 'nope', to: 'not-an-external-userid', content: { text: { content: '' } } }).expect(400);
  const fields = res.body.error.details.errors.map((e: { field: string }) => e.field).sort();
  expect(fields).toEqual(['account', 'content.sender', 'content.text.content', 'to']);
});
