import request from 'supertest';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';
import { auth, createUser, expectVerified, grantPoints, points, setRule } from './helpers';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
}, 120_000);
afterAll(() => cms?.stop());
afterEach(() => points(cms.strapi).clock.set(null));

const tx = (userId: number) => cms.strapi.db.query('plugin::points.transaction').findMany({ where: { userId }, orderBy: [{ id: 'asc' }] });

test('built-in rules exist and the demo seed is idempotent', async () => {
  const codes = (await points(cms.strapi).rules.list()).map((r: { code: string }) => r.code);
  expect(codes).toEqual(expect.arrayContaining(['checkin', 'subscribe', 'payment', 'interaction']));
  expect(await cms.strapi.plugin('points').service('demo').seed()).toEqual({ rulesCreated: 0 });
});

test('the database itself refuses a duplicate idempotency key and a second account per user', async () => {
  const user = await createUser(cms.strapi);
  await grantPoints(cms.strapi, user.id, 10, 'dup-key-1');
  const line = { userId: user.id, delta: 1, balanceAfter: 1, type: 'earn', idempotencyKey: 'dup-key-1', day: '2026-01-01' };
  const refused = (p: Promise<unknown>) =>
    p.then(
      () => false,
      () => true,
    );
  expect(await refused(cms.strapi.db.query('plugin::points.transaction').create({ data: line }))).toBe(true);
  expect(await refused(cms.strapi.db.query('plugin::points.account').create({ data: { userId: user.id } }))).toBe(true);
  expect(await cms.strapi.db.query('plugin::points.transaction').count({ where: { idempotencyKey: 'dup-key-1' } })).toBe(1);
  expect(await cms.strapi.db.query('plugin::points.account').count({ where: { userId: user.id } })).toBe(1);
});

test('the same idempotency key sent 20 times in parallel writes one ledger line', async () => {
  const user = await createUser(cms.strapi);
  const results = await Promise.allSettled(
    Array.from({ length: 20 }, () => points(cms.strapi).ledger.award(user.id, 'interaction', { idempotencyKey: 'comment:42' })),
  );
  expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
  const lines = await tx(user.id);
  expect(lines).toHaveLength(1);
  expect((await points(cms.strapi).ledger.balance(user.id)).balance).toBe(2);
  await expectVerified(cms.strapi);
});

test('adjustments over HTTP: 20 parallel posts with one key → one line; API tokens only', async () => {
  const user = await createUser(cms.strapi);
  const { accessKey } = await cms.strapi
    .service('admin::api-token')
    .create({ name: 'crm', kind: 'content-api', type: 'custom', lifespan: null, permissions: ['plugin::points.adjustment.create'] });
  const body = { user: user.id, delta: 30, reason: '客服补偿', idempotencyKey: 'crm-1' };
  const responses = await Promise.all(Array.from({ length: 20 }, () => request(cms.url).post('/api/points/adjustments').set(auth(accessKey)).send(body)));
  const statuses = responses.map((r) => r.status).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.every((s) => s === 201 || s === 200)).toBe(true);
  expect(responses.find((r) => r.status === 201)!.body.data).toMatchObject({
    delta: 30,
    balanceAfter: 30,
    type: 'adjust',
    remark: '客服补偿',
    operator: expect.stringMatching(/^api-token:\d+:crm$/),
  });
  expect(await tx(user.id)).toHaveLength(1);

  const over = await request(cms.url)
    .post('/api/points/adjustments')
    .set(auth(accessKey))
    .send({ ...body, delta: -31, idempotencyKey: 'crm-2' });
  expect(over.status).toBe(409);
  expect(over.body.error.name).toBe('InsufficientPoints');
  const missing = await request(cms.url).post('/api/points/adjustments').set(auth(accessKey)).send({ user: user.id, delta: 5 });
  expect(missing.status).toBe(400);
  expect(missing.body.error.details.errors.map((e: { field: string }) => e.field).sort()).toEqual(['idempotencyKey', 'reason']);
  // a user's JWT is not enough
  await request(cms.url)
    .post('/api/points/adjustments')
    .set(auth(user.jwt))
    .send({ ...body, idempotencyKey: 'crm-3' })
    .expect(403);
  await expectVerified(cms.strapi);
});

test('daily and total limits of a rule', async () => {
  const user = await createUser(cms.strapi);
  await setRule(cms.strapi, 'interaction', { dailyLimit: 2, totalLimit: 3 });
  const award = (k: string) => points(cms.strapi).ledger.award(user.id, 'interaction', { idempotencyKey: k });
  await award('i1');
  await award('i2');
  await expect(award('i3')).rejects.toMatchObject({ status: 409, name: 'LimitExceeded' });
  points(cms.strapi).clock.set(new Date(Date.now() + 86_400_000));
  await award('i4');
  await expect(award('i5')).rejects.toMatchObject({ name: 'LimitExceeded' });
  expect((await points(cms.strapi).ledger.balance(user.id)).balance).toBe(6);
  await setRule(cms.strapi, 'interaction', { dailyLimit: 10, totalLimit: 0, enabled: false });
  await expect(award('i6')).rejects.toMatchObject({ name: 'RuleDisabled' });
  await setRule(cms.strapi, 'interaction', { enabled: true, startAt: new Date(Date.now() + 86_400_000 * 3).toISOString() });
  await expect(award('i7')).rejects.toMatchObject({ name: 'RuleDisabled' }); // validity window not started
  await setRule(cms.strapi, 'interaction', { startAt: null, endAt: new Date(Date.now() - 1000).toISOString() });
  await expect(award('i8')).rejects.toMatchObject({ name: 'RuleDisabled' }); // window over
  await setRule(cms.strapi, 'interaction', { endAt: null });
});

test('/me warns about points expiring within 30 days', async () => {
  const user = await createUser(cms.strapi);
  const { ledger } = points(cms.strapi);
  await ledger.award(user.id, 40, { idempotencyKey: 'exp-soon', expiryDays: 7 });
  await ledger.award(user.id, 60, { idempotencyKey: 'exp-late', expiryDays: 300 });
  await ledger.spend(user.id, 10, { idempotencyKey: 'exp-spend' });
  const me = await request(cms.url).get('/api/points/me').set(auth(user.jwt)).expect(200);
  expect(me.body.data).toMatchObject({ balance: 90, totalEarned: 100, totalSpent: 10, checkedInToday: false, streak: 0 });
  expect(me.body.data.expiring.points).toBe(30);
  expect(Date.parse(me.body.data.expiring.at)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
});

test('ratio rule: points per yuan paid', async () => {
  const user = await createUser(cms.strapi);
  await setRule(cms.strapi, 'payment', { ratio: 2 });
  const { line } = await points(cms.strapi).ledger.award(user.id, 'payment', { idempotencyKey: 'pay:1', amountFen: 12_345 });
  expect(line.delta).toBe(246);
});

test('spending takes the oldest lots first; expiry (controllable clock) expires only what is left', async () => {
  const user = await createUser(cms.strapi);
  const { ledger, clock, expiry } = points(cms.strapi);
  const t0 = Date.now();
  await ledger.award(user.id, 100, { idempotencyKey: 'lot-a', expiryDays: 10 });
  await ledger.award(user.id, 50, { idempotencyKey: 'lot-b', expiryDays: 30 });
  await ledger.spend(user.id, 120, { idempotencyKey: 'spend-1' });
  const [a, b] = await tx(user.id);
  expect([a.remaining, b.remaining]).toEqual([0, 30]);

  clock.set(new Date(t0 + 11 * 86_400_000));
  await expiry.expireDue();
  expect((await tx(user.id)).filter((l: { type: string }) => l.type === 'expire')).toEqual([]); // lot a is already used up
  clock.set(new Date(t0 + 31 * 86_400_000));
  expect((await expiry.expireDue()).lines).toBeGreaterThanOrEqual(1);
  expect(await expiry.expireDue()).toMatchObject({ lines: 0 });
  expect((await tx(user.id)).filter((l: { type: string }) => l.type === 'expire')).toHaveLength(1);
  const account = await ledger.balance(user.id);
  expect(account).toMatchObject({ balance: 0, earned: 150, spent: 120, expired: 30 });
  const last = (await tx(user.id)).pop();
  expect(last).toMatchObject({ type: 'expire', delta: -30, balanceAfter: 0 });
  await expectVerified(cms.strapi);
});

test('refund gives a spend back into its lots, once', async () => {
  const user = await createUser(cms.strapi);
  const { ledger } = points(cms.strapi);
  await ledger.award(user.id, 30, { idempotencyKey: 'r-a', expiryDays: 5 });
  await ledger.award(user.id, 30, { idempotencyKey: 'r-b', expiryDays: 50 });
  await ledger.spend(user.id, 45, { idempotencyKey: 'r-spend', source: 'coupon' });
  const [first, again] = await Promise.all([
    ledger.refund(user.id, 'r-spend', { idempotencyKey: 'r-refund' }),
    ledger.refund(user.id, 'r-spend', { idempotencyKey: 'r-refund' }),
  ]);
  expect([first.duplicate, again.duplicate].sort()).toEqual([false, true]);
  expect(first.line.id).toBe(again.line.id);
  const lines = await tx(user.id);
  expect(lines.map((l: { remaining: number }) => l.remaining)).toEqual([30, 30, 0, 0]);
  expect(lines[3]).toMatchObject({ type: 'refund', delta: 45, balanceAfter: 60, source: 'coupon' });
  await expect(ledger.refund(user.id, 'r-a', { idempotencyKey: 'r-bad' })).rejects.toMatchObject({ name: 'NotRefundable' });
  await expectVerified(cms.strapi);
});

test('spending never uses a due lot: it is expired first, then the spend is refused', async () => {
  const user = await createUser(cms.strapi);
  const { ledger, clock } = points(cms.strapi);
  await ledger.award(user.id, 40, { idempotencyKey: 'due-a', expiryDays: 1 });
  clock.set(new Date(Date.now() + 2 * 86_400_000));
  await expect(ledger.spend(user.id, 10, { idempotencyKey: 'due-spend' })).rejects.toMatchObject({ name: 'InsufficientPoints' });
  // the refused spend rolled back the lazy expiry with it; the job still owes it
  expect((await ledger.balance(user.id)).balance).toBe(40);
  await points(cms.strapi).expiry.expireDue();
  expect((await ledger.balance(user.id)).balance).toBe(0);
  await expectVerified(cms.strapi);
});

test('check-in: 50 parallel requests by one user → exactly one succeeds', async () => {
  const user = await createUser(cms.strapi);
  const responses = await Promise.all(Array.from({ length: 50 }, () => request(cms.url).post('/api/points/checkin').set(auth(user.jwt))));
  const ok = responses.filter((r) => r.status === 200);
  expect(ok).toHaveLength(1);
  expect(ok[0].body.data).toEqual({ points: 5, streak: 1, balance: 5 });
  for (const r of responses.filter((x) => x.status !== 200)) {
    expect(r.status).toBe(409);
    expect(r.body.error.name).toBe('AlreadyCheckedIn');
  }
  expect(await cms.strapi.db.query('plugin::points.checkin').count({ where: { userId: user.id } })).toBe(1);
  const me = await request(cms.url).get('/api/points/me').set(auth(user.jwt)).expect(200);
  expect(me.body.data).toMatchObject({ balance: 5, totalEarned: 5, totalSpent: 0, totalExpired: 0, checkedInToday: true, streak: 1 });
  expect(me.body.data.expiring).toBeNull();
  await expectVerified(cms.strapi);
});

test('check-in day boundary is 00:00 Asia/Shanghai (process in UTC); streak bonus on day 3; a gap resets it', async () => {
  expect(new Date().getTimezoneOffset()).toBe(0);
  const user = await createUser(cms.strapi);
  const { clock, checkin } = points(cms.strapi);
  clock.set('2026-03-01T15:59:00Z'); // 23:59 on 1 March in Shanghai
  expect(await checkin.checkIn(user.id)).toMatchObject({ streak: 1, points: 5 });
  clock.set('2026-03-01T16:00:30Z'); // 00:00:30 on 2 March in Shanghai, still 1 March in UTC
  expect(await checkin.checkIn(user.id)).toMatchObject({ streak: 2, points: 5 });
  await expect(checkin.checkIn(user.id)).rejects.toMatchObject({ name: 'AlreadyCheckedIn' });
  clock.set('2026-03-03T01:00:00Z');
  expect(await checkin.checkIn(user.id)).toMatchObject({ streak: 3, points: 10 }); // 5 + day-3 bonus 5
  clock.set('2026-03-05T01:00:00Z'); // skipped 4 March
  expect(await checkin.checkIn(user.id)).toMatchObject({ streak: 1, points: 5 });
  const dates = (await cms.strapi.db.query('plugin::points.checkin').findMany({ where: { userId: user.id }, orderBy: [{ id: 'asc' }] })).map(
    (c: { date: string }) => c.date,
  );
  expect(dates).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05']);
});

test('ledger pages: newest first, only the user’s own lines', async () => {
  const user = await createUser(cms.strapi);
  const other = await createUser(cms.strapi);
  await grantPoints(cms.strapi, user.id, 7);
  await grantPoints(cms.strapi, user.id, 8);
  await grantPoints(cms.strapi, other.id, 9);
  const res = await request(cms.url).get('/api/points/me/transactions?pageSize=1').set(auth(user.jwt)).expect(200);
  expect(res.body.data).toHaveLength(1);
  expect(res.body.data[0]).toMatchObject({ delta: 8, balanceAfter: 15, type: 'earn', source: 'test' });
  expect(Object.keys(res.body.data[0]).sort()).toEqual(['balanceAfter', 'createdAt', 'delta', 'expiresAt', 'id', 'remark', 'source', 'type']);
  expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 2, total: 2 });
  await request(cms.url).get('/api/points/me/transactions?pageSize=500').set(auth(user.jwt)).expect(400);
  await request(cms.url).get('/api/points/me').expect(403);
});

test('wechat events: subscribe awarded once per fan per app, to the linked user', async () => {
  const user = await createUser(cms.strapi);
  const hub = cms.strapi.eventHub;
  await hub.emit('wechat.fan.subscribed', { appId: 'wxA', openid: 'o-1', unionid: null, userId: null });
  expect((await points(cms.strapi).ledger.balance(user.id)).balance).toBe(0);
  await hub.emit('wechat.fan.linked', { appId: 'wxA', openid: 'o-1', unionid: null, userId: user.id, subscribed: true });
  await hub.emit('wechat.fan.subscribed', { appId: 'wxA', openid: 'o-1', unionid: null, userId: user.id }); // unfollow + follow again
  await hub.emit('wechat.fan.linked', { appId: 'wxA', openid: 'o-1', unionid: null, userId: user.id, subscribed: true });
  expect((await points(cms.strapi).ledger.balance(user.id)).balance).toBe(50);
  await hub.emit('wechat.fan.subscribed', { appId: 'wxB', openid: 'o-2', unionid: null, userId: user.id }); // another OA
  await hub.emit('wechat.fan.linked', { appId: 'wxA', openid: 'o-3', unionid: null, userId: user.id, subscribed: false });
  expect((await points(cms.strapi).ledger.balance(user.id)).balance).toBe(100);
  const keys = (await tx(user.id)).map((l: { idempotencyKey: string }) => l.idempotencyKey);
  expect(keys).toEqual(['subscribe:wxA:o-1', 'subscribe:wxB:o-2']);
});

test('the content manager cannot write the ledger', async () => {
  await expect(
    cms.strapi.documents('plugin::points.transaction').create({ data: { userId: 1, delta: 5, balanceAfter: 5, type: 'earn', idempotencyKey: 'cm' } as any }),
  ).rejects.toThrow(/只能通过/);
});
