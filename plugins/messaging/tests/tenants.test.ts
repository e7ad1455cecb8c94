import request from 'supertest';
import { bootStack, createTenant, signedHeaders, stopStack, tenantClient, type Stack } from './helpers';

/** Tenants: keys, signatures, quotas under concurrency, idempotency and isolation, over HTTP on MariaDB + Redis. */
let stack: Stack;
const admin = (req: request.Test) => req.set('Authorization', `Bearer ${stack.jwt}`);
const mail = (to: string, extra: Record<string, unknown> = {}) => ({ channel: 'email', to, content: { subject: 's', text: 't' }, ...extra });

beforeAll(async () => {
  stack = await bootStack();
}, 120_000);
afterAll(() => stopStack(stack));

describe('keys and signatures', () => {
  it('shows the secret once and never again', async () => {
    const t = await createTenant(stack);
    const list = await admin(request(stack.cms.url).get('/messaging/tenants')).expect(200);
    const text = JSON.stringify(list.body);
    expect(text).toContain(t.code);
    expect(text).not.toContain(t.secret);
    expect(text).not.toContain(t.key);
    const stored = JSON.stringify(await stack.cms.strapi.db.connection('messaging_tenant_keys').select('*'));
    expect(stored).not.toContain(t.secret);
    expect(stored).not.toContain(t.key);
  });

  it('refuses a missing or unknown key (401 InvalidKey) and a rotated one', async () => {
    const t = await createTenant(stack);
    expect((await request(stack.cms.url).get('/api/messaging/messages').expect(401)).body.error.name).toBe('InvalidKey');
    const wrong = await request(stack.cms.url).get('/api/messaging/messages').set('Authorization', 'Bearer wdk_nope').expect(401);
    expect(wrong.body.error.name).toBe('InvalidKey');
    await admin(request(stack.cms.url).post(`/messaging/tenants/${t.code}/keys`)).expect(201);
    expect((await tenantClient(stack, t).get('/api/messaging/messages').expect(401)).body.error.name).toBe('InvalidKey');
  });

  it('checks signatures: good, stale, replayed nonce, wrong secret', async () => {
    const t = await createTenant(stack, { requireSignature: true });
    const path = '/api/messaging/messages';
    const body = JSON.stringify(mail('sig@example.com'));
    const post = (headers: Record<string, string>) =>
      request(stack.cms.url).post(path).set('Authorization', `Bearer ${t.key}`).set('Content-Type', 'application/json').set(headers).send(body);

    const good = signedHeaders(t.secret, 'POST', path, body);
    await post(good).expect(202);
    expect((await post(good).expect(401)).body.error.name).toBe('ReplayedNonce');
    const stale = signedHeaders(t.secret, 'POST', path, body, Math.floor(Date.now() / 1000) - 600);
    expect((await post(stale).expect(401)).body.error.name).toBe('StaleTimestamp');
    const forged = signedHeaders('wds_not-the-secret', 'POST', path, body);
    expect((await post(forged).expect(401)).body.error.name).toBe('InvalidSignature');
    const unsigned = await request(stack.cms.url).get(path).set('Authorization', `Bearer ${t.key}`).expect(401);
    expect(unsigned.body.error.name).toBe('InvalidSignature');
    await tenantClient(stack, t, true).get(`${path}?status=pending&pageSize=5`).expect(200);
  });

  it('answers 403 TenantSuspended for a suspended tenant', async () => {
    const t = await createTenant(stack);
    await admin(request(stack.cms.url).put(`/messaging/tenants/${t.code}`))
      .send({ status: 'suspended' })
      .expect(200);
    const res = await tenantClient(stack, t).post('/api/messaging/messages', mail('x@example.com')).expect(403);
    expect(res.body.error.name).toBe('TenantSuspended');
  });
});

describe('quotas, idempotency, isolation', () => {
  it('accepts exactly the quota of 200 racing sends on a quota of 100', async () => {
    const t = await createTenant(stack, { maxDailyMessages: 100 });
    const api = tenantClient(stack, t);
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => api.post('/api/messaging/messages', mail(`race${i}@example.com`))));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(100);
    expect(statuses.filter((s) => s === 429)).toHaveLength(100);
    const refused = answers.find((r) => r.status === 429);
    expect(refused?.body.error).toMatchObject({ name: 'QuotaExceeded', details: { limit: 100, used: 100 } });
    const list = await api.get('/api/messaging/messages?pageSize=1').expect(200);
    expect(list.body.meta.pagination.total).toBe(100);
    const stats = await api.get('/api/messaging/stats').expect(200);
    expect(stats.body.data.quota).toEqual({ dailyLimit: 100, usedToday: 100 });
  });

  it('turns 20 racing sends with one idempotency key into one message', async () => {
    const t = await createTenant(stack);
    const api = tenantClient(stack, t);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => api.post('/api/messaging/messages', mail('idem@example.com', { idempotencyKey: 'order-42' }))),
    );
    expect(answers.filter((r) => r.status === 202)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 200)).toHaveLength(19);
    expect(new Set(answers.map((r) => r.body.data.id)).size).toBe(1);
    expect((await api.get('/api/messaging/messages').expect(200)).body.meta.pagination.total).toBe(1);
    expect((await api.get('/api/messaging/stats').expect(200)).body.data.quota.usedToday).toBe(1);
  });

  it("answers 404 for another tenant's message and keeps statistics apart", async () => {
    const a = tenantClient(stack, await createTenant(stack));
    const b = tenantClient(stack, await createTenant(stack));
    const mine = await a.post('/api/messaging/messages', mail('iso@example.com')).expect(202);
    await b.get(`/api/messaging/messages/${mine.body.data.id}`).expect(404);
    await b.post(`/api/messaging/messages/${mine.body.data.id}/cancel`, {}).expect(404);
    await a.get(`/api/messaging/messages/${mine.body.data.id}`).expect(200);
    expect((await b.get('/api/messaging/messages').expect(200)).body.data).toEqual([]);
    expect((await b.get('/api/messaging/stats').expect(200)).body.data.total).toBe(0);
    expect((await a.get('/api/messaging/stats').expect(200)).body.data.total).toBe(1);
  });

  it('answers a send whose body is not JSON with a 400 in the error envelope, nothing written', async () => {
    const t = await createTenant(stack);
    const broken = await request(stack.cms.url)
      .post('/api/messaging/messages')
      .set('Authorization', `Bearer ${t.key}`)
      .set('Content-Type', 'application/json')
      .send('{"channel": "email",')
      .expect(400);
    expect(broken.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    const tenant = await stack.cms.strapi.db.connection('messaging_tenants').first('id').where({ code: t.code });
    expect(await stack.cms.strapi.db.connection('messaging_messages').where({ tenant_id: tenant.id })).toHaveLength(0);
  });

  it('writes concurrent sends together, each answered on its own when one idempotency key comes twice', async () => {
    const t = await createTenant(stack);
    const client = tenantClient(stack, t);
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => client.post('/api/messaging/messages', mail(`c${i}@example.com`))),
      client.post('/api/messaging/messages', mail('k@example.com', { idempotencyKey: 'twice' })),
      client.post('/api/messaging/messages', mail('k@example.com', { idempotencyKey: 'twice' })),
    ]);
    expect(answers.slice(0, 10).map((a) => a.status)).toEqual(Array(10).fill(202));
    expect(new Set(answers.slice(0, 10).map((a) => a.body.data.id)).size).toBe(10);
    const keyed = answers.slice(10);
    expect(keyed.map((a) => a.status).sort()).toEqual([200, 202]);
    expect(keyed[0]!.body.data.id).toBe(keyed[1]!.body.data.id);
    expect((await client.get('/api/messaging/messages?pageSize=50').expect(200)).body.meta.pagination.total).toBe(11);
    expect((await client.get('/api/messaging/stats').expect(200)).body.data.quota.usedToday).toBe(11);
  });

  it('refuses bad tenant input with a 400 naming the field and a duplicate code with 409', async () => {
    const bad = await admin(request(stack.cms.url).post('/messaging/tenants'))
      .send({ code: 'X!', name: '', maxAccounts: -1, maxDailyMessages: 0, requireSignature: true })
      .expect(400);
    const fields = bad.body.error.details.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['code', 'maxAccounts', 'maxDailyMessages', 'name']);
    // zod's own messages come in Chinese too (the kit's error map is active in the CMS).
    const mistyped = await admin(request(stack.cms.url).post('/messaging/tenants')).send({ code: 'abc', name: 5, maxAccounts: 1 }).expect(400);
    const messages = Object.fromEntries(mistyped.body.error.details.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(messages).toMatchObject({ name: '应为字符串，收到的是数字', maxDailyMessages: '必填' });
    const t = await createTenant(stack);
    const dup = await admin(request(stack.cms.url).post('/messaging/tenants'))
      .send({ code: t.code, name: 'x', maxAccounts: 1, maxDailyMessages: 1, requireSignature: false })
      .expect(409);
    expect(dup.body.error.name).toBe('TenantExists');
  });
});
