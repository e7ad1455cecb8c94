import type { MallHome } from '../miniprogram/utils/types';
import { cmsJson, installPhone, type Phone } from './helpers/phone';
import { render, tap } from './helpers/render';

let phone: Phone;
let home: MallHome;

beforeAll(async () => {
  home = (await cmsJson<{ data: MallHome }>('/mall/home')).data;
});
beforeEach(() => {
  jest.resetModules();
  phone = installPhone();
});

test('shows the banners, the level-1 categories and each zone with its goods from the CMS', async () => {
  const page = render('pages/home/index');
  await page.instance.onLoad();
  expect(home.banners.length).toBeGreaterThan(0);
  expect(page.root.querySelectorAll('.banner')).toHaveLength(home.banners.length);
  const text = page.text();
  for (const banner of home.banners) expect(text).toContain(banner.title);
  for (const category of home.categories) expect(text).toContain(category.name);
  for (const zone of home.zones) {
    expect(text).toContain(zone.name);
    for (const good of zone.goods) expect(text).toContain(good.title);
  }
  expect(page.root.querySelectorAll('.card').length).toBe(home.zones.reduce((n, z) => n + z.goods.length, 0));
});

test('tapping a good opens its detail; 更多 opens the zone list', async () => {
  const page = render('pages/home/index');
  await page.instance.onLoad();
  await tap(page.root.querySelector('.card').querySelector('.good-card'));
  await tap(page.root.querySelector('.more'));
  const [zone] = home.zones;
  expect(phone.navigations).toEqual([
    `/pages/detail/index?id=${zone.goods[0].documentId}`,
    `/pages/list/index?zone=${zone.code}&title=${encodeURIComponent(zone.name)}`,
  ]);
});

test('a CMS that cannot be reached shows a readable toast and the retry hint', async () => {
  phone.storage.set('wedraw.apiBase', 'http://127.0.0.1:9');
  const page = render('pages/home/index');
  await page.instance.onLoad();
  expect(phone.toasts).toEqual(['网络异常，请稍后重试']);
  expect(page.text()).toContain('加载失败，下拉重试');
});
