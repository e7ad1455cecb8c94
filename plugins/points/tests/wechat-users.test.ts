import request from 'supertest';
import { bootStack, OA, stopStack, type Stack } from '../../wechat/tests/helpers';
import { adminToken, auth, setRule } from './helpers';

/** The WeChat side over HTTP: the sandbox's OAuth consent, the CMS's login route, the points admin. */
let stack: Stack;
let admin: string;
beforeAll(async () => {
  stack = await bootStack();
  admin = await adminToken(stack.cms.strapi, stack.cms.url);
}, 120_000);
afterAll(() => stopStack(stack));

const api = () => request(stack.cms.url);
let offset = 10;
/** A sandbox fan not used by another test of this file. */
const nextFan = async () => (await stack.admin.fans(OA.appId, { limit: 1, offset: offset++ })).fans[0]!;
async function login(openid: string): Promise<{ jwt: string; user: { id: number; username: string; nickname: string | null } }> {
  const { code } = await stack.admin.oauthCode(OA.appId, openid, 'snsapi_userinfo');
  return (await api().post('/api/wechat/oauth/login').send({ code, appId: OA.appId }).expect(200)).body;
}
const lines = async (jwt: string) =>
  (await api().get('/api/points/me/transactions?pageSize=100').set(auth(jwt)).expect(200)).body.data as Array<{
    source: string;
    delta: number;
    type: string;
    remark: string | null;
  }>;
const users = (query: string) => api().get(`/points/users${query}`).set(auth(admin));

describe('新人积分: the first WeChat login of a new user', () => {
  test('is awarded once: a second login gives nothing more', async () => {
    const fan = await nextFan();
    const first = await login(fan.openid);
    const bonus = (await lines(first.jwt)).filter((l) => l.source === 'first_login');
    expect(bonus).toEqual([expect.objectContaining({ type: 'earn', delta: 100, remark: '新人积分' })]);
    const balance = (await api().get('/api/points/me').set(auth(first.jwt)).expect(200)).body.data.balance;
    expect(balance).toBeGreaterThanOrEqual(100);

    const second = await login(fan.openid);
    expect(second.user.id).toBe(first.user.id);
    expect((await lines(second.jwt)).filter((l) => l.source === 'first_login')).toHaveLength(1);
    expect((await api().get('/api/points/me').set(auth(second.jwt)).expect(200)).body.data.balance).toBe(balance);
  });

  test('is enough for the cheapest demo good on day one', async () => {
    const fan = await nextFan();
    const { jwt } = await login(fan.openid);
    const good = await stack.cms.strapi.db.query('api::good.good').create({ data: { title: '新人试兑', onShelf: true, exchangeLimitPerUser: 1 } });
    const sku = await stack.cms.strapi.db.query('api::sku.sku').create({ data: { good: good.id, pointsPrice: 100, stock: 5, sales: 0, specs: {} } });
    const order = await api().post('/api/points/exchanges').set(auth(jwt)).send({ sku: sku.documentId, quantity: 1 }).expect(201);
    expect(order.body.data.totalPoints).toBe(100);
  });

  test('a disabled rule awards nothing and the login still works', async () => {
    await setRule(stack.cms.strapi, 'first_login', { enabled: false });
    try {
      const { jwt } = await login((await nextFan()).openid);
      expect((await lines(jwt)).filter((l) => l.source === 'first_login')).toEqual([]);
    } finally {
      await setRule(stack.cms.strapi, 'first_login', { enabled: true });
    }
  });
});

describe('积分管理 → 用户积分: find users', () => {
  test('by WeChat nickname, openid, phone, username or id, with nickname and avatar', async () => {
    const fan = await nextFan();
    const { jwt, user } = await login(fan.openid);
    const phone = `139${String(user.id).padStart(8, '0')}`;
    await api()
      .post('/api/addresses')
      .set(auth(jwt))
      .send({ receiver: '张三', phone, province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' })
      .expect(201);

    const expected = expect.objectContaining({
      id: user.id,
      username: user.username,
      nickname: fan.nickname,
      avatar: expect.stringMatching(/^http/),
      phone,
      openids: [fan.openid],
      balance: expect.any(Number),
    });
    for (const q of [fan.nickname, fan.openid, phone, phone.slice(3) /* part of a phone */, user.username, String(user.id)]) {
      const res = await users(`?q=${encodeURIComponent(q)}`).expect(200);
      expect([q, res.body.data.find((u: { id: number }) => u.id === user.id)]).toEqual([q, expected]);
    }
    const exact = await users(`?q=${user.id}`).expect(200);
    expect(exact.body.data[0].id).toBe(user.id); // the exact id leads
    const none = await users(`?q=${encodeURIComponent('没有这个人')}`).expect(200);
    expect(none.body).toEqual({ data: [], meta: { pagination: { page: 1, pageSize: 20, pageCount: 0, total: 0 } } });
    const tooLong = await users(`?q=${'x'.repeat(101)}`).expect(400);
    expect(tooLong.body.error.details.errors[0].field).toBe('q');
  });

  test('without a search: every user, highest balance first, paged; an adjustment shows in the list', async () => {
    const all = await users('?pageSize=100').expect(200);
    const balances = all.body.data.map((u: { balance: number }) => u.balance);
    expect(balances.length).toBeGreaterThan(2);
    expect(balances).toEqual([...balances].sort((a: number, b: number) => b - a));
    expect(all.body.meta.pagination.total).toBe(all.body.data.length);

    const last = all.body.data[all.body.data.length - 1];
    const adjusted = await api()
      .post('/points/adjustments')
      .set(auth(admin))
      .send({ user: last.id, delta: balances[0] + 1000, reason: '测试排序', idempotencyKey: `sort-${last.id}` })
      .expect(201);
    const page1 = await users('?pageSize=2').expect(200);
    expect(page1.body.data[0]).toMatchObject({ id: last.id, balance: adjusted.body.data.balanceAfter });
    expect(page1.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: Math.ceil(all.body.data.length / 2), total: all.body.data.length });
    const page2 = await users('?pageSize=2&page=2').expect(200);
    expect(page2.body.data.map((u: { id: number }) => u.id)).toEqual(
      all.body.data
        .filter((u: { id: number }) => u.id !== last.id)
        .slice(1, 3)
        .map((u: { id: number }) => u.id),
    );
  });
});
