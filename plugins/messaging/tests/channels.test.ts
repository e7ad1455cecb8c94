import request from 'supertest';
import { bootStack, createTenant, hmacHex, stopStack, tenantClient, waitForStatus, type Stack, type TenantKeys } from './helpers';

/**
 * The built-in channels end to end: the integrator API over HTTP, BullMQ on Redis in CI, email
 * through the sandbox's SMTP sink, webhooks and callbacks to a local HTTP receiver.
 */
let stack: Stack;
let tenant: TenantKeys;
let api: ReturnType<typeof tenantClient>;

beforeAll(async () => {
  stack = await bootStack();
  tenant = await createTenant(stack);
  api = tenantClient(stack, tenant);
}, 120_000);
afterAll(() => stopStack(stack));

const messages = () => '/api/messaging/messages';

describe('email', () => {
  it('sends through SMTP and ends delivered, the sink holding the rendered mail', async () => {
    const res = await api.post(messages(), { channel: 'email', to: 'alice@example.com', content: { subject: '您好', text: '欢迎使用 WeDraw' } }).expect(202);
    expect(res.body.data).toMatchObject({ channel: 'email', to: 'alice@example.com', status: 'pending', attempts: 0, error: null });
    const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed']);
    expect(done.status).toBe('delivered');
    expect(done.providerMsgId).toContain(res.body.data.id);
    const mail = stack.smtp.received.find((m) => m.to.includes('alice@example.com'));
    expect(mail).toMatchObject({ subject: '您好', text: expect.stringContaining('欢迎使用 WeDraw') });
  });

  it('retries a temporary SMTP refusal and fails for good on a permanent one', async () => {
    stack.smtp.refuseNext(451, 1);
    const soft = await api.post(messages(), { channel: 'email', to: 'bob@example.com', content: { subject: 'a', text: 'b' } }).expect(202);
    const softDone = await waitForStatus(api, soft.body.data.id, ['delivered', 'failed']);
    expect(softDone).toMatchObject({ status: 'delivered', attempts: 2 });
    stack.smtp.refuseNext(550, 1);
    const hard = await api.post(messages(), { channel: 'email', to: 'carol@example.com', content: { subject: 'a', text: 'b' } }).expect(202);
    const hardDone = await waitForStatus(api, hard.body.data.id, ['delivered', 'failed']);
    expect(hardDone).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'smtp:550' } });
  });

  it('refuses content the channel cannot carry with a 400 naming the field, queuing nothing', async () => {
    const before = await api.get(`${messages()}?pageSize=1`).expect(200);
    const res = await api.post(messages(), { channel: 'email', to: 'not-an-address', content: { text: 'x' } }).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.details.errors.map((e: { field: string }) => e.field).sort()).toEqual(['content.subject', 'to']);
    const unknown = await api.post(messages(), { channel: 'carrier-pigeon', to: 'x', content: {} }).expect(400);
    expect(unknown.body.error.details.errors[0].field).toBe('channel');
    const after = await api.get(`${messages()}?pageSize=1`).expect(200);
    expect(after.body.meta.pagination.total).toBe(before.body.meta.pagination.total);
  });
});

describe('webhook', () => {
  it('POSTs the content signed with the tenant secret, retrying 5xx until 2xx', async () => {
    stack.receiver.answer('/hook-a', 503, 200);
    const content = { event: 'order.paid', orderNo: 'A1' };
    const res = await api.post(messages(), { channel: 'webhook', to: `${stack.receiver.url}/hook-a`, content }).expect(202);
    const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed']);
    expect(done).toMatchObject({ status: 'delivered', attempts: 2 });
    const hits = await stack.receiver.waitFor('/hook-a', 2);
    expect(hits).toHaveLength(2);
    expect(JSON.parse(hits[1].body)).toEqual(content);
    expect(hits[1].headers['x-wedraw-signature']).toBe(hmacHex(tenant.secret, hits[1].body));
  });

  it('ends failed on a 4xx answer without retrying', async () => {
    stack.receiver.answer('/hook-b', 410);
    const res = await api.post(messages(), { channel: 'webhook', to: `${stack.receiver.url}/hook-b`, content: { a: 1 } }).expect(202);
    const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed']);
    expect(done).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'http:410' } });
  });
  it('keeps the webhook URL (a credential) encrypted: records show it masked, the tenant and the send get it whole', async () => {
    const url = `${stack.receiver.url}/hook-secret/robot-token-5f1e2d3c4b5a`;
    const res = await api.post(messages(), { channel: 'webhook', to: url, content: { s: 1 } }).expect(202);
    expect(res.body.data.to).toBe(url);
    const done = await waitForStatus(api, res.body.data.id, ['delivered', 'failed']);
    expect(done).toMatchObject({ status: 'delivered', to: url });
    expect(await stack.receiver.waitFor('/hook-secret/robot-token-5f1e2d3c4b5a', 1)).toHaveLength(1);
    const row = await stack.cms.strapi.db
      .connection('messaging_messages')
      .first('recipient', 'recipient_secret', 'idempotency_key')
      .where({ document_id: res.body.data.id });
    expect(row.recipient).toBe(`${new URL(url).origin}/…${url.slice(-4)}`);
    expect(JSON.stringify(row)).not.toContain('robot-token');
    expect(row.recipient_secret).toMatch(/^enc:v1:/);
    const admin = (path: string) => request(stack.cms.url).get(path).set('Authorization', `Bearer ${stack.jwt}`);
    const list = await admin('/messaging/messages?channel=webhook&pageSize=100').expect(200);
    const listed = list.body.data.find((m: { id: string }) => m.id === res.body.data.id);
    expect(listed.to).toBe(row.recipient);
    const detail = await admin(`/messaging/messages/${res.body.data.id}`).expect(200);
    expect(JSON.stringify(detail.body)).not.toContain('robot-token');
    // A record written in clear before (an older version): encrypted at startup, still sent to the right URL.
    const db = stack.cms.strapi.db.connection('messaging_messages');
    await db.where({ document_id: res.body.data.id }).update({ recipient: url, recipient_secret: null });
    expect(await stack.cms.strapi.plugin('messaging').service('recipients').protectStored()).toBeGreaterThanOrEqual(1);
    const again = await stack.cms.strapi.db.connection('messaging_messages').first('recipient', 'recipient_secret').where({ document_id: res.body.data.id });
    expect(again.recipient).toBe(row.recipient);
    expect(stack.cms.strapi.plugin('messaging').service('recipients').clear(again)).toBe(url);
  });

  it("an admin's webhook send keeps the URL out of the operation log", async () => {
    const url = `${stack.receiver.url}/hook-admin/admin-token-9a8b7c6d5e4f`;
    await request(stack.cms.url)
      .post('/messaging/messages')
      .set('Authorization', `Bearer ${stack.jwt}`)
      .send({ channel: 'webhook', to: url, content: { a: 1 } })
      .expect(202);
    expect(await stack.receiver.waitFor('/hook-admin/admin-token-9a8b7c6d5e4f', 1)).toHaveLength(1);
    const logs = () => stack.cms.strapi.db.query('plugin::audit.operation-log').findMany({ where: { method: 'POST', url: '/messaging/messages' } });
    const deadline = Date.now() + 10_000;
    while ((await logs()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const lines = await logs();
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(lines)).not.toContain('admin-token-9a8b7c6d5e4f');
  });
});

describe('callbacks, templates, batches, scheduling', () => {
  it('tells the callback URL the final state, signed, retrying until the tenant answers 2xx', async () => {
    stack.receiver.answer('/cb', 500, 502, 200);
    const res = await api
      .post(messages(), { channel: 'webhook', to: `${stack.receiver.url}/hook-c`, content: { x: 1 }, callbackUrl: `${stack.receiver.url}/cb` })
      .expect(202);
    const calls = await stack.receiver.waitFor('/cb', 3);
    expect(calls).toHaveLength(3);
    const body = JSON.parse(calls[2].body);
    expect(body).toMatchObject({ id: res.body.data.id, status: 'delivered', error: null });
    expect(calls[2].headers['x-wedraw-signature']).toBe(hmacHex(tenant.secret, calls[2].body));
    const deadline = Date.now() + 10_000;
    let row: { callback_status: string; callback_attempts: number } | undefined;
    while (Date.now() < deadline) {
      row = await stack.cms.strapi.db.connection('messaging_messages').first('callback_status', 'callback_attempts').where({ document_id: res.body.data.id });
      if (row?.callback_status === 'done') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(row).toMatchObject({ callback_status: 'done', callback_attempts: 3 });
  });

  it('renders a template, and refuses a missing variable or an unknown template', async () => {
    const admin = (req: request.Test) => req.set('Authorization', `Bearer ${stack.jwt}`);
    await admin(request(stack.cms.url).post('/messaging/templates'))
      .send({ code: 'welcome-mail', channel: 'email', content: { subject: '{{name}}，欢迎', text: '您的积分：{{points}}' } })
      .expect(200);
    const res = await api
      .post(messages(), { channel: 'email', to: 'dan@example.com', template: 'welcome-mail', variables: { name: '小丹', points: 30 } })
      .expect(202);
    await waitForStatus(api, res.body.data.id, ['delivered']);
    expect(stack.smtp.received.find((m) => m.to.includes('dan@example.com'))).toMatchObject({
      subject: '小丹，欢迎',
      text: expect.stringContaining('您的积分：30'),
    });
    const missing = await api.post(messages(), { channel: 'email', to: 'dan@example.com', template: 'welcome-mail', variables: { name: '小丹' } }).expect(400);
    expect(missing.body.error.details.errors[0].field).toBe('variables.points');
    const unknown = await api.post(messages(), { channel: 'email', to: 'dan@example.com', template: 'nope', variables: {} }).expect(409);
    expect(unknown.body.error.name).toBe('TemplateNotFound');
  });

  it('accepts the good messages of a batch and lists the bad ones by index', async () => {
    const batch = [
      { channel: 'email', to: 'b1@example.com', content: { subject: 's', text: 't' } },
      { channel: 'email', to: 'broken', content: { subject: 's', text: 't' } },
      { channel: 'webhook', to: `${stack.receiver.url}/hook-batch`, content: { n: 3 } },
      { channel: 'fax', to: '1', content: {} },
    ];
    const res = await api.post(`${messages()}/batch`, { messages: batch }).expect(202);
    expect(res.body.data.accepted).toBe(2);
    expect(res.body.data.ids).toHaveLength(2);
    expect(res.body.data.rejected.map((r: { index: number }) => r.index)).toEqual([1, 3]);
    expect(res.body.data.rejected[0].error).toMatchObject({ name: 'ValidationError', message: expect.stringContaining('messages.1.to') });
    for (const id of res.body.data.ids) expect((await waitForStatus(api, id, ['delivered', 'failed'])).status).toBe('delivered');
  });

  it('holds a scheduled message until its time, and cancels one that has not gone', async () => {
    const soon = new Date(Date.now() + 1500).toISOString();
    const res = await api.post(messages(), { channel: 'webhook', to: `${stack.receiver.url}/hook-later`, content: { later: true }, sendAt: soon }).expect(202);
    expect(res.body.data.status).toBe('scheduled');
    expect(stack.receiver.requests.filter((r) => r.path === '/hook-later')).toHaveLength(0);
    const done = await waitForStatus(api, res.body.data.id, ['delivered']);
    expect(new Date(done.sentAt).getTime()).toBeGreaterThanOrEqual(new Date(soon).getTime() - 50);

    const far = new Date(Date.now() + 3600_000).toISOString();
    const later = await api.post(messages(), { channel: 'webhook', to: `${stack.receiver.url}/hook-never`, content: {}, sendAt: far }).expect(202);
    const canceled = await api.post(`${messages()}/${later.body.data.id}/cancel`, {}).expect(200);
    expect(canceled.body.data.status).toBe('canceled');
    const again = await api.post(`${messages()}/${later.body.data.id}/cancel`, {}).expect(409);
    expect(again.body.error.name).toBe('NotCancelable');
    const sent = await api.post(`${messages()}/${res.body.data.id}/cancel`, {}).expect(409);
    expect(sent.body.error.name).toBe('NotCancelable');
  });

  it('counts what it sent in the statistics', async () => {
    const res = await api.get('/api/messaging/stats').expect(200);
    expect(res.body.data.total).toBeGreaterThanOrEqual(10);
    expect(res.body.data.delivered).toBeGreaterThanOrEqual(7);
    expect(res.body.data.failed).toBeGreaterThanOrEqual(2);
    expect(res.body.data.byChannel.email.total).toBeGreaterThanOrEqual(5);
    expect(res.body.data.latencyMs.p50).toEqual(expect.any(Number));
    expect(res.body.data.quota).toEqual({ dailyLimit: 10_000, usedToday: res.body.data.total });
  });
});

describe('retention', () => {
  it('deletes ended records past the retention window, keeps the rest and the statistics', async () => {
    const own = tenantClient(stack, await createTenant(stack));
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const res = await own.post(messages(), { channel: 'webhook', to: `${stack.receiver.url}/kept`, content: { n } }).expect(202);
      ids.push(res.body.data.id);
    }
    for (const id of ids) await waitForStatus(own, id, ['delivered']);
    const scheduled = await own
      .post(messages(), { channel: 'webhook', to: `${stack.receiver.url}/later`, content: {}, sendAt: new Date(Date.now() + 86_400_000).toISOString() })
      .expect(202);
    const statsBefore = (await own.get('/api/messaging/stats').expect(200)).body.data;

    // Two delivered records and the scheduled one made 200 days old; the retention window is 180 days.
    const old = new Date(Date.now() - 200 * 86_400_000);
    const table = () => stack.cms.strapi.db.connection('messaging_messages');
    await table().whereIn('document_id', [ids[0], ids[1], scheduled.body.data.id]).update({ created_at: old });
    const result = await stack.cms.strapi.plugin('messaging').service('retention').purge();
    expect(result.deleted).toBeGreaterThanOrEqual(2);

    const left = (
      await table()
        .select('document_id')
        .whereIn('document_id', [...ids, scheduled.body.data.id])
    ).map((r: { document_id: string }) => r.document_id);
    expect(left.sort()).toEqual([ids[2], scheduled.body.data.id].sort());
    await own.get(`${messages()}/${ids[0]}`).expect(404);
    const statsAfter = (await own.get('/api/messaging/stats').expect(200)).body.data;
    expect(statsAfter.delivered).toBe(statsBefore.delivered);
    expect(statsAfter.total).toBe(statsBefore.total);
  });
});
