import request from 'supertest';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';
import { adminToken, auth, createSku, createUser, createUsers, expectVerified, grantPoints, points, skuRow } from './helpers';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
}, 120_000);
afterAll(() => cms?.stop());

const exchange = (jwt: string, body: Record<string, unknown>) => request(cms.url).post('/api/points/exchanges').set(auth(jwt)).send(body);

test('200 parallel exchanges from 50 users for a SKU with stock 10 → exactly 10 orders, stock 0, balances equal ledgers', async () => {
  const users = await createUsers(cms.strapi, 50);
  for (const u of users) await grantPoints(cms.strapi, u.id, 1000);
  const { sku } = await createSku(cms.strapi, { stock: 10, pointsPrice: 100 });
  const requests = Array.from({ length: 200 }, (_, i) => exchange(users[i % 50].jwt, { sku: sku.documentId, quantity: 1 }));
  const responses = await Promise.all(requests);
  const created = responses.filter((r) => r.status === 201);
  expect(created).toHaveLength(10);
  for (const r of responses.filter((x) => x.status !== 201)) {
    expect(r.status).toBe(409);
    expect(r.body.error.name).toBe('OutOfStock');
  }
  const row = await skuRow(cms.strapi, sku.id);
  expect(row).toMatchObject({ stock: 0, sales: 10 });
  expect(await cms.strapi.db.query('plugin::points.exchange-order').count({ where: { skuId: sku.id } })).toBe(10);
  const spent = await cms.strapi.db.query('plugin::points.transaction').count({ where: { type: 'spend' } });
  expect(spent).toBe(10);
  const order = created[0].body.data;
  expect(order).toMatchObject({ status: 'pending_review', totalPoints: 100, shipping: null, address: null });
  expect(order.orderNo).toMatch(/^P\d{18}$/);
  expect(order.lines).toEqual([
    { sku: sku.documentId, good: expect.any(String), title: expect.stringContaining('测试商品'), specs: { 颜色: '红' }, quantity: 1, pointsPrice: 100 },
  ]);
  expect(order.history).toEqual([{ status: 'pending_review', at: expect.any(String) }]);
  await expectVerified(cms.strapi);
}, 120_000);

test('insufficient points, per-user limit, off shelf, idempotency key', async () => {
  const user = await createUser(cms.strapi);
  await grantPoints(cms.strapi, user.id, 250);
  const { sku } = await createSku(cms.strapi, { stock: 100, pointsPrice: 100, limit: 2 });
  const poor = await exchange(user.jwt, { sku: sku.documentId, quantity: 3 });
  expect([poor.status, poor.body.error.name]).toEqual([409, 'LimitExceeded']);
  const first = await exchange(user.jwt, { sku: sku.documentId, quantity: 2, idempotencyKey: 'k-1' });
  expect(first.status).toBe(201);
  const again = await Promise.all(Array.from({ length: 5 }, () => exchange(user.jwt, { sku: sku.documentId, quantity: 2, idempotencyKey: 'k-1' })));
  for (const r of again) {
    expect(r.status).toBe(200);
    expect(r.body.data.orderNo).toBe(first.body.data.orderNo);
  }
  const limit = await exchange(user.jwt, { sku: sku.documentId, quantity: 1 });
  expect([limit.status, limit.body.error.name]).toEqual([409, 'LimitExceeded']);
  const { sku: dear } = await createSku(cms.strapi, { stock: 5, pointsPrice: 51 });
  const broke = await exchange(user.jwt, { sku: dear.documentId, quantity: 1 });
  expect([broke.status, broke.body.error.name]).toEqual([409, 'InsufficientPoints']);
  const { sku: off } = await createSku(cms.strapi, { stock: 5, pointsPrice: 1, onShelf: false });
  const shelf = await exchange(user.jwt, { sku: off.documentId, quantity: 1 });
  expect([shelf.status, shelf.body.error.name]).toEqual([409, 'NotOnShelf']);
  expect((await points(cms.strapi).ledger.balance(user.id)).balance).toBe(50);
  expect((await skuRow(cms.strapi, dear.id)).stock).toBe(5);
  await expectVerified(cms.strapi);
});

test('bad input → 400 naming the field; unknown SKU → 400; no token → 403', async () => {
  const user = await createUser(cms.strapi);
  const { sku } = await createSku(cms.strapi, { stock: 5, pointsPrice: 1 });
  const fields = async (body: Record<string, unknown>) => {
    const r = await exchange(user.jwt, body);
    expect(r.status).toBe(400);
    expect(r.body.error.name).toBe('ValidationError');
    return r.body.error.details.errors.map((e: { field: string }) => e.field);
  };
  expect(await fields({})).toEqual(['sku', 'quantity']);
  expect(await fields({ sku: sku.documentId, quantity: 0 })).toEqual(['quantity']);
  expect(await fields({ sku: sku.documentId, quantity: 1.5 })).toEqual(['quantity']);
  expect(await fields({ sku: sku.documentId, quantity: '2' })).toEqual(['quantity']);
  expect(await fields({ sku: 'nope', quantity: 1 })).toEqual(['sku']);
  expect(await fields({ sku: sku.documentId, quantity: 1, address: 'not-mine' })).toEqual(['address']);
  await request(cms.url).post('/api/points/exchanges').send({ sku: sku.documentId, quantity: 1 }).expect(403);
});

test('address snapshot; list and detail; another user’s order → 404', async () => {
  const [owner, other] = [await createUser(cms.strapi), await createUser(cms.strapi)];
  await grantPoints(cms.strapi, owner.id, 100);
  const { sku } = await createSku(cms.strapi, { stock: 5, pointsPrice: 10 });
  const address = await cms.strapi.db
    .query('api::address.address')
    .create({ data: { user: owner.id, receiver: '张三', phone: '13800000000', province: '广东', city: '深圳', district: '南山', detail: '科技园 1 号' } });
  const created = await exchange(owner.jwt, { sku: sku.documentId, quantity: 2, address: address.documentId }).expect(201);
  const { orderNo } = created.body.data;
  expect(created.body.data.address).toMatchObject({ receiver: '张三', detail: '科技园 1 号' });
  const list = await request(cms.url).get('/api/points/exchanges?status=pending_review').set(auth(owner.jwt)).expect(200);
  expect(list.body.data.map((o: { orderNo: string }) => o.orderNo)).toEqual([orderNo]);
  expect(list.body.meta.pagination.total).toBe(1);
  await request(cms.url).get(`/api/points/exchanges/${orderNo}`).set(auth(owner.jwt)).expect(200);
  await request(cms.url).get(`/api/points/exchanges/${orderNo}`).set(auth(other.jwt)).expect(404);
  await request(cms.url).post(`/api/points/exchanges/${orderNo}/cancel`).set(auth(other.jwt)).expect(404);
  const empty = await request(cms.url).get('/api/points/exchanges').set(auth(other.jwt)).expect(200);
  expect(empty.body.data).toEqual([]);
  await request(cms.url).get('/api/points/exchanges?status=lost').set(auth(owner.jwt)).expect(400);
});

test('cancel sent twice in parallel returns points and stock exactly once', async () => {
  const user = await createUser(cms.strapi);
  await grantPoints(cms.strapi, user.id, 500, 'cancel-grant');
  const { sku } = await createSku(cms.strapi, { stock: 10, pointsPrice: 120 });
  const { orderNo } = (await exchange(user.jwt, { sku: sku.documentId, quantity: 3 }).expect(201)).body.data;
  expect((await points(cms.strapi).ledger.balance(user.id)).balance).toBe(140);
  const cancels = await Promise.all(Array.from({ length: 2 }, () => request(cms.url).post(`/api/points/exchanges/${orderNo}/cancel`).set(auth(user.jwt))));
  for (const r of cancels) {
    expect(r.status).toBe(200);
    expect(r.body.data.status).toBe('cancelled');
  }
  expect((await points(cms.strapi).ledger.balance(user.id)).balance).toBe(500);
  expect(await skuRow(cms.strapi, sku.id)).toMatchObject({ stock: 10, sales: 0 });
  expect(await cms.strapi.db.query('plugin::points.transaction').count({ where: { userId: user.id, type: 'refund' } })).toBe(1);
  // the refund went back into the lot it came from
  const lot = await cms.strapi.db.query('plugin::points.transaction').findOne({ where: { idempotencyKey: 'cancel-grant' } });
  expect(lot.remaining).toBe(500);
  await expectVerified(cms.strapi);
});

test('operator: order list with filters, review → to_ship → shipped → completed; no cancel once shipped; user lookup, adjustment, daily totals', async () => {
  const token = await adminToken(cms.strapi, cms.url);
  const admin = (r: request.Test) => r.set(auth(token));
  const user = await createUser(cms.strapi);
  await grantPoints(cms.strapi, user.id, 300);
  const { sku } = await createSku(cms.strapi, { stock: 10, pointsPrice: 100 });
  const { orderNo } = (await exchange(user.jwt, { sku: sku.documentId, quantity: 1 }).expect(201)).body.data;
  const { orderNo: second } = (await exchange(user.jwt, { sku: sku.documentId, quantity: 1 }).expect(201)).body.data;

  const listed = await admin(request(cms.url).get(`/points/orders?status=pending_review&user=${user.id}`)).expect(200);
  expect(listed.body.data.map((o: { orderNo: string }) => o.orderNo)).toEqual([second, orderNo]);
  const move = (no: string, body: Record<string, unknown>) => admin(request(cms.url).post(`/points/orders/${no}/status`)).send(body);
  await move(orderNo, { to: 'to_ship' }).expect(200);
  const noTracking = await move(orderNo, { to: 'shipped', carrier: '顺丰' });
  expect([noTracking.status, noTracking.body.error.details.errors[0].field]).toEqual([400, 'trackingNo']);
  const shipped = await move(orderNo, { to: 'shipped', carrier: '顺丰', trackingNo: 'SF123' }).expect(200);
  expect(shipped.body.data.shipping).toEqual({ carrier: '顺丰', trackingNo: 'SF123' });
  expect(shipped.body.data.next).toEqual(['completed']);
  expect(shipped.body.data.history.map((h: { status: string }) => h.status)).toEqual(['pending_review', 'to_ship', 'shipped']);
  expect(shipped.body.data.history[2].operator).toMatch(/^admin:\d+:op\d+@example\.com$/);
  const late = await request(cms.url).post(`/api/points/exchanges/${orderNo}/cancel`).set(auth(user.jwt));
  expect([late.status, late.body.error.name]).toEqual([409, 'NotCancellable']);
  const skip = await move(second, { to: 'completed' });
  expect([skip.status, skip.body.error.name]).toEqual([409, 'InvalidTransition']);
  await move(orderNo, { to: 'completed' }).expect(200);
  const mine = await request(cms.url).get(`/api/points/exchanges/${orderNo}`).set(auth(user.jwt)).expect(200);
  expect(mine.body.data.history).toEqual([
    { status: 'pending_review', at: expect.any(String) },
    { status: 'to_ship', at: expect.any(String) },
    { status: 'shipped', at: expect.any(String) },
    { status: 'completed', at: expect.any(String) },
  ]);
  const cancelled = await move(second, { to: 'cancelled', remark: '缺货' }).expect(200);
  expect(cancelled.body.data.status).toBe('cancelled');
  expect((await points(cms.strapi).ledger.balance(user.id)).balance).toBe(200);

  const found = await admin(request(cms.url).get(`/points/users?q=${user.id}`)).expect(200);
  expect(found.body.data[0]).toMatchObject({ id: user.id, balance: 200 });
  const noReason = await admin(request(cms.url).post('/points/adjustments')).send({ user: user.id, delta: -50, idempotencyKey: 'op-1' });
  expect([noReason.status, noReason.body.error.details.errors[0].field]).toEqual([400, 'reason']);
  const adjusted = await admin(request(cms.url).post('/points/adjustments'))
    .send({ user: user.id, delta: -50, reason: '重复发放扣回', idempotencyKey: 'op-1' })
    .expect(201);
  expect(adjusted.body.data).toMatchObject({
    delta: -50,
    balanceAfter: 150,
    type: 'adjust',
    remark: '重复发放扣回',
    operator: expect.stringMatching(/^admin:\d+:op\d+@example\.com$/),
  });
  const ledger = await admin(request(cms.url).get(`/points/users/${user.id}/ledger`)).expect(200);
  expect(ledger.body.data.account.balance).toBe(150);
  expect(ledger.body.data.lines[0].operator).toMatch(/^admin:\d+:op\d+@example\.com$/);
  const daily = await admin(request(cms.url).get('/points/stats/daily')).expect(200);
  expect(daily.body.data[0]).toMatchObject({ issued: expect.any(Number), spent: expect.any(Number), expired: 0 });
  const verify = await admin(request(cms.url).get('/points/verify')).expect(200);
  expect(verify.body.data).toMatchObject({ ok: true, findings: [] });
  await request(cms.url).get('/points/orders').expect(401);
});
