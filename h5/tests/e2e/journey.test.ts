import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ExchangeOrder, GoodCard, Paginated, PointsSummary } from '@wedraw/contract';
import { cmsJson, launch, phone, screenshot } from './browser';

/**
 * A visitor's day, in order: log in through the sandbox's consent page, check in, exchange the
 * 5-point good (double tap), see the order and the points, fail on a good too dear (409 message),
 * cancel and get the points back.
 */
const api = `${inject('cmsUrl')}/api`;
const sandbox = inject('sandboxUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let jwt = '';

beforeAll(async () => {
  browser = await launch();
  context = await phone(browser, inject('h5Url'));
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const me = async () => (await cmsJson<{ data: PointsSummary }>(`${api}/points/me`, jwt)).data;
const orders = async () => cmsJson<Paginated<ExchangeOrder>>(`${api}/points/exchanges`, jwt);
const goodNamed = async (q: string) => (await cmsJson<Paginated<GoodCard>>(`${api}/goods?q=${encodeURIComponent(q)}`)).data[0]!;

/** From the good's detail through the SKU picker (its only SKU) to the confirm page. */
async function confirmExchangeOf(title: string) {
  const good = await goodNamed(title);
  await page.goto(`/goods/${good.documentId}`);
  await page.getByTestId('exchange-now').click();
  await page.getByTestId('sku-confirm').click();
  await page.waitForURL('**/exchange/confirm?**');
}

test('a personal page sends the visitor through the consent page and back, logged in', async () => {
  await page.goto('/checkin');
  await page.waitForURL(`${sandbox}/connect/oauth2/authorize?**`);
  await expect.poll(() => page.locator('body').innerText()).toContain('申请获取你的昵称、头像');
  await screenshot(page, 'login-consent');
  await page.getByText('以此身份授权').first().click();
  await page.waitForURL('**/checkin');
  const token = (await context.cookies()).find((c) => c.name === 'wedraw_token');
  expect(token?.value).toMatch(/^ey/);
  jwt = token!.value;
  await expect.poll(() => page.getByTestId('checkin-button').innerText()).toBe('立即签到');
  expect(await me()).toMatchObject({ balance: 100 }); // 新人积分: the first login of a new user
});

test('check-in adds the points and starts the streak; a second tap is refused', async () => {
  await page.getByTestId('checkin-button').click();
  await page.getByTestId('checkin-earned').waitFor();
  await expect.poll(() => page.getByTestId('checkin-balance').innerText()).toBe('105');
  await expect.poll(() => page.getByTestId('checkin-streak').innerText()).toBe('1');
  await expect.poll(() => page.getByTestId('checkin-button').isDisabled()).toBe(true);
  expect(await me()).toMatchObject({ balance: 105, streak: 1, checkedInToday: true });
  await screenshot(page, 'checkin');
});

test('exchange: add an address on the confirm page, double-tap 立即兑换, one order', async () => {
  await confirmExchangeOf('H5 测试体验装');
  await expect.poll(() => page.getByTestId('confirm-total').innerText()).toContain('5 积分');
  await expect.poll(() => page.getByTestId('confirm-after').innerText()).toContain('100 积分');

  await page.getByTestId('confirm-address').click();
  await page.getByRole('button', { name: '新增地址' }).click();
  const editor = page.getByTestId('address-editor');
  await editor.locator('input[name=receiver]').fill('张小绘');
  await editor.locator('input[name=phone]').fill('13800138000');
  await editor.locator('input[name=province]').fill('广东省');
  await editor.locator('input[name=city]').fill('深圳市');
  await editor.locator('input[name=district]').fill('南山区');
  await editor.locator('textarea[name=detail]').fill('科技园 1 号');
  await page.getByTestId('address-save').click();
  await expect.poll(() => page.getByTestId('confirm-address').innerText()).toContain('张小绘');
  await page.locator('.van-popup').filter({ hasText: '选择收货地址' }).waitFor({ state: 'hidden' });
  await screenshot(page, 'exchange-confirm');

  await page.getByTestId('submit-exchange').dblclick();
  await page.waitForURL('**/exchange/result?**');
  await expect.poll(() => page.getByTestId('result-title').innerText()).toBe('兑换成功');
  await screenshot(page, 'exchange-result');
  const list = await orders();
  expect(list.meta.pagination.total).toBe(1);
  expect(list.data[0]).toMatchObject({ status: 'pending_review', totalPoints: 5, address: { receiver: '张小绘' } });
  expect(await me()).toMatchObject({ balance: 100 });
});

test('the order and the points change are visible; a good too dear shows the API message', async () => {
  await page.getByTestId('result-view-order').click();
  await page.waitForURL('**/me/orders/P*');
  await expect.poll(() => page.getByTestId('order-status').innerText()).toBe('待审核');
  await screenshot(page, 'order-detail');

  await page.goto('/me/points');
  await expect.poll(() => page.getByTestId('points-balance').innerText()).toBe('100');
  await expect.poll(() => page.getByTestId('ledger-line').count()).toBe(3);
  await screenshot(page, 'points');

  await confirmExchangeOf('中性笔');
  await expect.poll(() => page.getByTestId('confirm-address').innerText()).toContain('张小绘');
  await page.getByTestId('submit-exchange').click();
  await expect.poll(() => page.getByTestId('exchange-error').innerText()).toBe('积分不足');
  await expect.poll(() => page.locator('.van-dialog').innerText()).toContain('积分不足');
  expect((await orders()).meta.pagination.total).toBe(1);
});

test('cancelling the order refunds the points', async () => {
  const [order] = (await orders()).data;
  await page.goto(`/me/orders/${order!.orderNo}`);
  await page.getByTestId('cancel-order').click();
  await page.locator('.van-dialog').getByRole('button', { name: '确认' }).click();
  await expect.poll(() => page.getByTestId('order-status').innerText()).toBe('已取消');
  expect(await me()).toMatchObject({ balance: 105 });

  await page.goto('/me/orders?status=cancelled');
  await expect.poll(() => page.getByTestId('order-card').count()).toBe(1);
  await screenshot(page, 'orders');
  await page.goto('/me');
  await expect.poll(() => page.getByTestId('me-balance').innerText()).toBe('105');
  await screenshot(page, 'me');
});
