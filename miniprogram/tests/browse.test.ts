import type { Category, GoodCard, Paginated } from '../miniprogram/utils/types';
import { cmsJson, installPhone, type Phone } from './helpers/phone';
import { render, tap } from './helpers/render';

let phone: Phone;

beforeEach(() => {
  jest.resetModules();
  phone = installPhone();
});

test('the categories page shows the level-1 tree and opens the list of a leaf', async () => {
  const tree = (await cmsJson<{ data: Category[] }>('/categories/tree')).data;
  const page = render('pages/categories/index');
  await page.instance.onLoad();
  for (const top of tree) expect(page.text()).toContain(top.name);
  const second = tree[0].children![0];
  for (const leaf of second.children ?? []) expect(page.text()).toContain(leaf.name);
  await tap(page.root.querySelector('.leaf'));
  const leaf = second.children![0];
  expect(phone.navigations).toEqual([`/pages/list/index?category=${leaf.documentId}&title=${encodeURIComponent(leaf.name)}`]);
});

test('the list page shows a category’s goods and re-sorts by points', async () => {
  const [top] = (await cmsJson<{ data: Category[] }>('/categories/tree')).data;
  const expected = await cmsJson<Paginated<GoodCard>>(`/goods?category=${top.documentId}&pageSize=20&sort=pointsPrice:asc`);
  const page = render('pages/list/index');
  await page.instance.onLoad({ category: top.documentId, title: encodeURIComponent(top.name) });
  expect(page.root.querySelectorAll('.card')).toHaveLength(expected.data.length);
  await page.instance.changeSort({ detail: { index: 2 } });
  expect(page.data.goods.map((g: GoodCard) => g.documentId)).toEqual(expected.data.map((g) => g.documentId));
  expect(page.text()).toContain(expected.data[0].title);
});

test('a good card shows title and points and opens the detail', async () => {
  const [good] = (await cmsJson<Paginated<GoodCard>>('/goods?pageSize=1')).data;
  const card = render('components/good-card/index', { good });
  expect(card.text()).toContain(good.title);
  expect(card.text()).toContain(`${good.pointsPrice} 积分`);
  await tap(card.root.querySelector('.good-card'));
  expect(phone.navigations).toEqual([`/pages/detail/index?id=${good.documentId}`]);
});

test('我的 and 积分明细 show the logged-in user’s balance and ledger', async () => {
  const { points } = require('../miniprogram/utils/api');
  const earned = await points.checkin();
  const me = render('pages/me/index');
  await me.instance.onShow();
  expect(me.byId('me-balance').dom.textContent).toBe(String(earned.balance));
  expect(me.text()).toContain('今日已签到');

  const ledger = render('packagePoints/pages/ledger/index');
  await ledger.instance.onLoad();
  expect(ledger.byId('ledger-balance').dom.textContent).toBe(String(earned.balance));
  expect(ledger.root.querySelectorAll('.entry')).toHaveLength(2); // 新人积分 and the check-in
  expect(ledger.text()).toContain(`+${earned.points}`);
});
