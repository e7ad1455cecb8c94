import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';
import { adminJwt } from '../../messaging/tests/helpers';
import { adminRole, adminTokenFor } from '../../points/tests/helpers';

/**
 * A mixed workload around 00:00 Asia/Shanghai (16:00 UTC; the test process runs in UTC), counted
 * by the catch-up job in two rounds (the second reading only what changed), compared with a
 * recount of the source tables written here, then rebuilt from scratch: same numbers.
 */
jest.setTimeout(240_000);

let cms: TestCms;
let jwt: string;
const LAST_SECOND = new Date('2026-11-30T15:59:59.000Z'); // 23:59:59 on 11-30 in Shanghai
const MIDNIGHT = new Date('2026-11-30T16:00:00.000Z'); // 00:00:00 on 12-01 in Shanghai
const LATER = new Date('2026-12-01T03:00:00.000Z');
const sh = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(0);
  cms = await startCms({ ANALYTICS_CATCH_UP_EVERY_MS: '0', ANALYTICS_OVERLAP_MS: '0', ANALYTICS_BATCH_SIZE: '2' });
  jwt = await adminJwt(cms);
});
afterAll(async () => cms?.stop());

let seq = 0;
const now = () => new Date();
const create = (strapi: Core.Strapi, uid: string, data: Record<string, unknown>) =>
  strapi.db.query(uid as any).create({ data: { createdAt: now(), updatedAt: now(), ...data } });
const update = (strapi: Core.Strapi, uid: string, id: number, data: Record<string, unknown>) =>
  strapi.db.query(uid as any).update({ where: { id }, data: { ...data, updatedAt: now() } });

async function fan(appId: string, subscribeTime: Date) {
  return create(cms.strapi, 'plugin::wechat.fan', { appId, openid: `o${++seq}`, key: `${appId}:o${seq}`, subscribed: true, subscribeTime });
}
async function order(createdAt: Date, goodId: number, quantity: number, totalPoints: number) {
  return create(cms.strapi, 'plugin::points.exchange-order', {
    orderNo: `E${++seq}`,
    userId: 1,
    goodId,
    skuId: goodId,
    quantity,
    totalPoints,
    status: 'to_ship',
    createdAt,
  });
}
async function line(at: Date, type: string, delta: number, source: string) {
  return create(cms.strapi, 'plugin::points.transaction', {
    userId: 1,
    type,
    delta,
    balanceAfter: 0,
    source,
    idempotencyKey: `k${++seq}`,
    day: sh(at),
    createdAt: at,
  });
}
async function message(channel: string, tenantId: number, createdAt: Date) {
  return create(cms.strapi, 'plugin::messaging.message', {
    tenantId,
    channel,
    recipient: `r${++seq}`,
    status: 'pending',
    idempotencyKey: `m${seq}`,
    createdAt,
  });
}
async function follow(corpId: string, addedAt: Date) {
  return create(cms.strapi, 'plugin::wecom.customer-follow', {
    corpId,
    externalUserid: `wm${++seq}`,
    userid: 'zhangsan',
    key: `${corpId}:wm${seq}:zhangsan`,
    addedAt,
  });
}

async function payOrder(createdAt: Date, merchantCode: string, amount: number, paid?: { at: Date; points: number }) {
  return create(cms.strapi, 'plugin::pay.pay-order', {
    orderNo: `P${++seq}`,
    userId: 1,
    merchantCode,
    channel: 'jsapi',
    amount,
    status: paid ? 'paid' : 'pending',
    paidAt: paid?.at ?? null,
    pointsAwarded: paid?.points ?? 0,
    createdAt,
  });
}
async function refund(orderNo: string, amount: number, status: string, finishedAt: Date | null) {
  return create(cms.strapi, 'plugin::pay.refund', { refundNo: `R${++seq}`, orderNo, amount, status, finishedAt });
}

/** The metrics recounted here from the source rows, by their definitions in the plugins' sources. */
async function recount(): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const add = (metric: string, dims: string[], at: unknown, value = 1) => {
    if (!at) return;
    const day = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : sh(new Date(at as string));
    for (const d of ['', ...dims]) out.set(`${metric}|${d}|${day}`, (out.get(`${metric}|${d}|${day}`) ?? 0) + value);
  };
  const all = (uid: string) => cms.strapi.db.query(uid as any).findMany({ limit: 100_000 }) as Promise<any[]>;
  for (const f of await all('plugin::wechat.fan')) {
    add('fans.new', [`app:${f.appId}`], f.subscribeTime);
    if (!f.subscribed) add('fans.unfollowed', [`app:${f.appId}`], f.unsubscribeTime);
  }
  for (const o of await all('plugin::points.exchange-order')) {
    add('orders.created', [], o.createdAt);
    if (o.status === 'cancelled') add('orders.cancelled', [], o.createdAt);
    else {
      add('orders.points', [], o.createdAt, o.totalPoints);
      add('orders.goods', [`good:${o.goodId}`], o.createdAt, o.quantity);
    }
  }
  for (const l of await all('plugin::points.transaction')) {
    const metric = { earn: 'points.issued', spend: 'points.spent', refund: 'points.spent', expire: 'points.expired' }[l.type as string];
    if (metric) add(metric, [`source:${l.source}`], l.day, metric === 'points.issued' ? l.delta : -l.delta);
  }
  for (const m of await all('plugin::messaging.message')) {
    const dims = [`channel:${m.channel}`, `tenant:${m.tenantId}`];
    add('messages.created', dims, m.createdAt);
    add('messages.sent', dims, m.sentAt);
    if (m.sentAt) add('messages.latencyMs', dims, m.sentAt, new Date(m.sentAt).getTime() - new Date(m.createdAt).getTime());
    if (m.status === 'delivered') add('messages.delivered', dims, m.finishedAt);
    if (m.status === 'failed') add('messages.failed', dims, m.finishedAt);
  }
  for (const f of await all('plugin::wecom.customer-follow')) {
    add('wecom.customers.added', [`corp:${f.corpId}`], f.addedAt);
    add('wecom.customers.lost', [`corp:${f.corpId}`], f.deletedAt);
  }
  const PAID = ['paid', 'refunding', 'refunded', 'partially_refunded'];
  for (const o of await all('plugin::pay.pay-order')) {
    add('pay.orders', [`merchant:${o.merchantCode}`], o.createdAt);
    if (!PAID.includes(o.status)) continue;
    add('pay.paid', [`merchant:${o.merchantCode}`], o.paidAt);
    add('pay.amount', [`merchant:${o.merchantCode}`], o.paidAt, o.amount);
    add('pay.points', [], o.paidAt, o.pointsAwarded);
  }
  for (const r of await all('plugin::pay.refund')) {
    if (r.status !== 'success') continue;
    add('pay.refunds', [], r.finishedAt);
    add('pay.refundAmount', [], r.finishedAt, r.amount);
  }
  for (const a of await all('plugin::ops.alert')) add('ops.alerts.fired', [`level:${a.level}`], a.firedAt);
  for (const [k, v] of out) if (v === 0) out.delete(k);
  return out;
}

async function stored(): Promise<Map<string, number>> {
  const rows = (await cms.strapi.db.query('plugin::analytics.daily-stat' as any).findMany({ limit: 100_000 })) as any[];
  return new Map(rows.map((r) => [`${r.metric}|${r.dimension}|${r.day}`, Number(r.value)]));
}

const admin = (method: 'get' | 'post', path: string) => request(cms.url)[method](path).set('Authorization', `Bearer ${jwt}`);
const catchUp = async () => (await admin('post', '/analytics/catch-up').expect(200)).body.data as { source: string; rows: number; days: number }[];

test('aggregates equal a recount after a mixed workload across 00:00 Shanghai; a rebuild gives the same', async () => {
  // Round 1: follows, orders, ledger lines, accepted messages, WeCom customers on both sides of midnight.
  const fans = [await fan('wxA', LAST_SECOND), await fan('wxA', MIDNIGHT), await fan('wxB', LATER), await fan('wxB', new Date('2026-11-29T10:00:00Z'))];
  const orders = [await order(LAST_SECOND, 7, 1, 100), await order(MIDNIGHT, 7, 2, 200), await order(LATER, 8, 1, 50)];
  await line(LAST_SECOND, 'earn', 10, 'checkin');
  await line(MIDNIGHT, 'earn', 5, 'subscribe');
  await line(MIDNIGHT, 'spend', -200, 'exchange');
  const messages = [await message('email', 1, LAST_SECOND), await message('email', 2, MIDNIGHT), await message('webhook', 1, LATER)];
  const follows = [await follow('corp1', LAST_SECOND), await follow('corp1', MIDNIGHT)];
  const payments = [
    await payOrder(LAST_SECOND, 'DEMO01', 1000),
    await payOrder(MIDNIGHT, 'DEMO01', 2500, { at: new Date(MIDNIGHT.getTime() + 1000), points: 25 }),
    await payOrder(LATER, 'DEMO02', 300, { at: LATER, points: 3 }),
  ];
  await catchUp();
  expect(await stored()).toEqual(await recount());
  expect((await stored()).get('fans.new||2026-11-30')).toBe(1);
  expect((await stored()).get('fans.new||2026-12-01')).toBe(2);

  // Round 2: unfollows, a cancellation, sends (one failed, one delivered, one sent), a lost customer, new rows.
  await update(cms.strapi, 'plugin::wechat.fan', fans[0].id, { subscribed: false, unsubscribeTime: MIDNIGHT });
  await update(cms.strapi, 'plugin::wechat.fan', fans[3].id, { subscribed: false, unsubscribeTime: LATER });
  await update(cms.strapi, 'plugin::points.exchange-order', orders[1].id, { status: 'cancelled' });
  await line(LATER, 'refund', 200, 'exchange');
  await update(cms.strapi, 'plugin::messaging.message', messages[0].id, {
    status: 'delivered',
    sentAt: new Date(LAST_SECOND.getTime() + 2000),
    finishedAt: new Date(LAST_SECOND.getTime() + 3000),
  });
  await update(cms.strapi, 'plugin::messaging.message', messages[1].id, { status: 'failed', finishedAt: LATER });
  await update(cms.strapi, 'plugin::messaging.message', messages[2].id, { status: 'sent', sentAt: new Date(LATER.getTime() + 1500) });
  await update(cms.strapi, 'plugin::wecom.customer-follow', follows[0].id, { deletedAt: LATER });
  await fan('wxA', LATER);
  // Placed at 23:59:59, paid after midnight; a partial refund that succeeded and one still processing.
  await update(cms.strapi, 'plugin::pay.pay-order', payments[0].id, { status: 'paid', paidAt: new Date(LAST_SECOND.getTime() + 5000), pointsAwarded: 10 });
  await update(cms.strapi, 'plugin::pay.pay-order', payments[1].id, { status: 'partially_refunded', refundedAmount: 500 });
  await refund(payments[1].orderNo, 500, 'success', LATER);
  await refund(payments[2].orderNo, 300, 'processing', null);
  const reports = await catchUp();
  const read = Object.fromEntries(reports.map((r) => [r.source, r.rows]));
  // Only what changed is read: 3 fan rows, 1 order, 1 ledger line, 3 messages, 1 follow.
  expect(read).toMatchObject({ 'wechat.fans': 3, 'points.orders': 1, 'points.ledger': 1, 'messaging.messages': 3, 'wecom.customers': 1 });
  const afterCatchUp = await stored();
  expect(afterCatchUp).toEqual(await recount());
  // Accepted at 23:59:59 on 11-30, sent and delivered after midnight: counted on 12-01.
  expect(afterCatchUp.get('messages.created|channel:email|2026-11-30')).toBe(1);
  expect(afterCatchUp.get('messages.sent||2026-12-01')).toBe(2);
  expect(afterCatchUp.get('messages.delivered|channel:email|2026-12-01')).toBe(1);
  expect(afterCatchUp.get('orders.cancelled||2026-12-01')).toBe(1);
  expect(afterCatchUp.get('pay.orders|merchant:DEMO01|2026-11-30')).toBe(1);
  expect(afterCatchUp.get('pay.amount||2026-12-01')).toBe(3800);
  expect(afterCatchUp.get('pay.refundAmount||2026-12-01')).toBe(500);

  // A rebuild from the source tables: the same rows.
  await admin('post', '/analytics/rebuild').expect(200);
  expect(await stored()).toEqual(afterCatchUp);
});

test('dashboards over HTTP: domain series by day, week and month; CSV; API tokens; bad input named', async () => {
  const res = await admin('get', '/analytics/dashboards/fans?from=2026-11-29&to=2026-12-01').expect(200);
  const growth = res.body.data.charts.find((c: any) => c.key === 'growth');
  expect(growth.buckets).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
  const series = (name: string) => growth.series.find((s: any) => s.metric === name).values;
  expect(series('fans.new')).toEqual([1, 1, 3]);
  expect(series('fans.unfollowed')).toEqual([0, 0, 2]);
  expect(series('fans.net')).toEqual([1, 1, 1]);
  const cumulative = res.body.data.charts.find((c: any) => c.key === 'cumulative').series[0].values;
  expect(cumulative).toEqual([1, 2, 3]);
  const month = await admin('get', '/analytics/dashboards/orders?from=2026-11-01&to=2026-12-31&granularity=month').expect(200);
  const orders = month.body.data.charts.find((c: any) => c.key === 'orders');
  expect(orders.buckets).toEqual(['2026-11', '2026-12']);
  expect(orders.series[0].values).toEqual([1, 2]);
  const goods = month.body.data.breakdowns.find((b: any) => b.key === 'goods').rows;
  expect(goods.sort((a: any, b: any) => a.dimension.localeCompare(b.dimension))).toEqual([
    { dimension: '7', value: 1 },
    { dimension: '8', value: 1 },
  ]);
  const week = await admin('get', '/analytics/dashboards/messages?from=2026-11-23&to=2026-12-06&granularity=week').expect(200);
  const chart = (key: string) => week.body.data.charts.find((c: any) => c.key === key);
  expect(week.body.data.charts[0].buckets).toEqual(['2026-11-23', '2026-11-30']);
  expect(chart('successRate').series[0].values).toEqual([0, 66.67]);
  expect(chart('latency').series[0].values).toEqual([0, 1750]);

  const csv = await admin('get', '/analytics/dashboards/fans/export?from=2026-11-29&to=2026-12-01').expect(200);
  expect(csv.headers['content-type']).toMatch(/text\/csv/);
  expect(csv.text).toContain('日期,新增关注,取消关注,净增粉丝');
  expect(csv.text).toContain('2026-12-01,3,2,1');

  const bad = await admin('get', '/analytics/dashboards/fans?from=2026-12-02&to=2026-12-01').expect(400);
  expect(JSON.stringify(bad.body.error)).toContain('from');
  await admin('get', '/analytics/dashboards/nope').expect(400);

  const { accessKey } = await cms.strapi.service('admin::api-token').create({
    name: 'bi',
    kind: 'content-api',
    type: 'custom',
    lifespan: null,
    permissions: ['plugin::analytics.dashboards.domain', 'plugin::analytics.dashboards.home'],
  });
  const token = (path: string) => request(cms.url).get(path).set('Authorization', `Bearer ${accessKey}`);
  const viaToken = await token('/api/analytics/dashboards/wecom?from=2026-11-30&to=2026-12-01').expect(200);
  expect(viaToken.body.data.charts[0].series[0].values).toEqual([1, 1]);
  const home = await token('/api/analytics/home').expect(200);
  expect(home.body.data.attention.find((a: any) => a.key === 'orders.toShip').value).toBe(2);
  expect(home.body.data.trends.buckets).toHaveLength(30);
  await token('/api/analytics/dashboards/fans/export').expect(403);
  await request(cms.url).get('/api/analytics/home').expect(403);
});

test('a catch-up that writes new rows changes the cached dashboard answer at once (HTTP)', async () => {
  const path = '/analytics/dashboards/fans?from=2026-11-29&to=2026-12-01';
  const newFans = async () => {
    const res = await admin('get', path).expect(200);
    return res.body.data.charts.find((c: any) => c.key === 'growth').series.find((s: any) => s.metric === 'fans.new').values as number[];
  };
  const before = await newFans();
  expect(await newFans()).toEqual(before); // answered from the cache
  await fan('wxbench', LATER);
  const reports = await catchUp();
  expect(reports.find((r) => r.source === 'wechat.fans')?.rows).toBeGreaterThan(0);
  expect(await newFans()).toEqual([before[0], before[1], before[2] + 1]);
  const csv = await admin('get', path.replace('fans?', 'fans/export?')).expect(200);
  expect(csv.text).toContain(`2026-12-01,${before[2] + 1},`);
});

test('dashboard admin auth is reused per session yet a permission removed, a user deactivated or a logout applies at once', async () => {
  const strapi = cms.strapi;
  const roleId = await adminRole(strapi, '看板查看', ['plugin::analytics.dashboards.read']);
  const token = await adminTokenFor(strapi, cms.url, roleId);
  const get = (path: string) => request(cms.url).get(path).set('Authorization', `Bearer ${token}`);
  const path = '/analytics/dashboards/fans?from=2026-11-29&to=2026-12-01';
  await get(path).expect(200);
  await get(path).expect(200); // the session's check reused
  await get('/analytics/dashboards/fans/export').expect(403); // dashboards.export not held
  await request(cms.url).get(path).set('Authorization', `Bearer ${token}x`).expect(401);
  await request(cms.url).get(path).expect(401);

  // The role loses dashboards.read: the next request is refused, not one cached for seconds.
  await strapi.service('admin::role').assignPermissions(roleId, []);
  await get(path).expect(403);
  await strapi
    .service('admin::role')
    .assignPermissions(roleId, [{ action: 'plugin::analytics.dashboards.read', subject: null, properties: {}, conditions: [] }]);
  await get(path).expect(200);

  // The user is deactivated: refused at once; active again: served.
  const user = await strapi.db.query('admin::user').findOne({ where: { roles: { id: roleId } } });
  await strapi.service('admin::user').updateById(user.id, { isActive: false });
  await get(path).expect(401);
  await strapi.service('admin::user').updateById(user.id, { isActive: true });

  // Logout ends the session: its token is refused at once.
  const again = await adminTokenFor(strapi, cms.url, roleId);
  const get2 = () => request(cms.url).get(path).set('Authorization', `Bearer ${again}`);
  await get2().expect(200);
  await request(cms.url).post('/admin/logout').set('Authorization', `Bearer ${again}`).expect(200);
  await get2().expect(401);
});
