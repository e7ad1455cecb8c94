import type { ExchangeOrder, GoodDetail, Paginated, PointsSummary } from '../miniprogram/utils/types';
import { EXCHANGE_TEMPLATE_IDS, TOKEN_KEY } from '../miniprogram/utils/config';
import { findGood } from './helpers/goods';
import { cmsJson, installPhone, type Phone } from './helpers/phone';
import { render, type Rendered } from './helpers/render';
import { api, jwtOf } from './helpers/session';

/**
 * A visitor's exchange: check in (5 points), add an address on the addresses page, exchange the
 * 5-point SKU with a double tap (one order, one idempotency key, the subscribe prompt), then fail
 * on a good too dear with the CMS's own words.
 */
let phone: Phone;
let openid: string | undefined;
let jwt = '';
let firstKey = '';
let cheap: GoodDetail;
let dear: GoodDetail;

const me = async () => (await cmsJson<{ data: PointsSummary }>('/points/me', jwtOf(phone))).data;
const orders = () => cmsJson<Paginated<ExchangeOrder>>('/points/exchanges', jwtOf(phone));

beforeAll(async () => {
  cheap = await findGood((g) => g.skus.some((s) => s.pointsPrice === 5 && s.stock > 0), 'pointsPrice:asc');
  dear = await findGood((g) => g.skus.some((s) => s.pointsPrice > 100 && s.stock > 0), 'pointsPrice:desc');
});
beforeEach(() => {
  jest.resetModules();
  phone = installPhone();
  phone.openid = openid;
  if (jwt) phone.storage.set(TOKEN_KEY, jwt);
});
afterEach(() => {
  openid = phone.openid;
  jwt = jwtOf(phone);
});

async function openExchange(good: GoodDetail, pointsPrice?: number): Promise<Rendered> {
  const sku = good.skus.find((s) => (pointsPrice === undefined ? s.pointsPrice > 100 : s.pointsPrice === pointsPrice))!;
  const page = render('packageOrders/pages/exchange/index');
  await page.instance.onLoad({ good: good.documentId, sku: sku.documentId, quantity: '1', spec: '' });
  page.instance.onShow();
  return page;
}

test('an address added on the addresses page is listed', async () => {
  await api().points.checkin();
  const page = render('packageAddresses/pages/addresses/index');
  await page.instance.onLoad({});
  expect(page.text()).toContain('还没有收货地址');
  await page.fire('address-add', 'click');
  const form = { receiver: '张小绘', phone: '13800138000', province: '上海市', city: '上海市', district: '徐汇区', detail: '漕溪北路 88 号' };
  for (const [field, value] of Object.entries(form)) await page.fire(`field-${field}`, 'change', value);
  await page.instance.save(); // what 保存 (#address-save) calls
  expect([page.data.editing, phone.toasts]).toEqual([false, []]);
  expect(page.text()).toContain('张小绘 13800138000');
  expect(page.text()).toContain('上海市 上海市 徐汇区 漕溪北路 88 号');
});

test('the confirm page shows the total, the balance, what remains and the default address', async () => {
  const page = await openExchange(cheap, 5);
  expect(page.byId('exchange-title').dom.textContent).toBe(cheap.title);
  expect(page.byId('exchange-total').dom.textContent).toBe('5 积分');
  expect(page.byId('exchange-balance').dom.textContent).toBe('105 积分'); // 新人积分 100 + a check-in
  expect(page.byId('exchange-after').dom.textContent).toBe('100 积分');
  expect(page.text()).toContain('张小绘 13800138000');
});

test('立即兑换 tapped twice makes one order, then asks for the subscribe message and opens the orders', async () => {
  const page = await openExchange(cheap, 5);
  page.byId('exchange-submit').dispatchEvent('submit');
  page.byId('exchange-submit').dispatchEvent('submit');
  await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 100 && page.data.submitting; i++) await new Promise((r) => setTimeout(r, 50));

  const list = await orders();
  expect(list.data).toHaveLength(1);
  const [order] = list.data;
  expect(order).toMatchObject({ totalPoints: 5, status: 'pending_review' });
  const posts = phone.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/points/exchanges'));
  expect(posts).toHaveLength(1);
  expect((posts[0].data as { idempotencyKey: string }).idempotencyKey).toBe(page.data.key);
  firstKey = page.data.key;
  expect(phone.toasts).toEqual(['兑换成功']);
  expect(phone.subscribePrompts).toEqual([EXCHANGE_TEMPLATE_IDS]);
  expect(phone.navigations).toEqual([`/packageOrders/pages/orders/index?highlight=${order.orderNo}`]);
  expect((await me()).balance).toBe(100);
});

test('a retry with the same idempotency key (answer lost) returns the first order and writes nothing', async () => {
  const [first] = (await orders()).data;
  const sku = cheap.skus.find((s) => s.pointsPrice === 5)!;
  const again = await api().orders.create({ sku: sku.documentId, quantity: 1, idempotencyKey: firstKey });
  expect(again.orderNo).toBe(first.orderNo);
  expect((await orders()).meta.pagination.total).toBe(1);
  expect((await me()).balance).toBe(100);
});

test('a good too dear is refused with the CMS message 积分不足 and no order', async () => {
  const before = (await orders()).meta.pagination.total;
  const page = await openExchange(dear);
  await page.instance.submit();
  expect(phone.toasts).toEqual(['积分不足']);
  expect(phone.subscribePrompts).toEqual([]);
  expect(phone.navigations).toEqual([]);
  expect((await orders()).meta.pagination.total).toBe(before);
});

test('the orders page lists the orders; 取消订单 refunds the points', async () => {
  const page = render('packageOrders/pages/orders/index');
  await page.instance.onLoad();
  const list = await orders();
  for (const order of list.data) expect(page.text()).toContain(order.orderNo);
  expect(page.text()).toContain('待审核');
  const before = (await me()).balance;
  await page.instance.doCancel(list.data[0].orderNo);
  expect(page.text()).toContain('已取消');
  expect((await me()).balance).toBe(before + list.data[0].totalPoints);
  expect(phone.toasts).toEqual(['已取消，积分已退回']);
});
