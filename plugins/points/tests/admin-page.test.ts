import type { Page } from 'playwright-core';
import { startAdminBrowser, type AdminBrowser } from '../../../cms/tests/harness/admin-browser';
import { adminRole, createUser, grantPoints } from './helpers';

/**
 * 积分管理 in a real browser: the admin panel as built by `strapi build` (built first when stale),
 * served by a test CMS, driven with the system's Chromium.
 */
let admin: AdminBrowser;

beforeAll(async () => {
  admin = await startAdminBrowser();
}, 900_000);
afterAll(async () => {
  await admin?.close();
});

/** Retry a read of the page until it gives the expected value (10 s). */
async function poll<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const end = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (Object.is(value, expected) || Date.now() > end) return expect(value).toEqual(expected);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const pointsLink = (page: Page) => page.locator('nav a[href$="/plugins/points"]');

test('a role without the points actions sees no 积分管理 link, and the page refuses it', async () => {
  const page = await admin.loggedIn(await adminRole(admin.cms.strapi, '无积分权限', ['plugin::upload.read']));
  await page.locator('nav').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(await pointsLink(page).count()).toBe(0);
  await page.goto('/admin/plugins/points');
  await page.waitForLoadState('networkidle');
  expect(await page.getByRole('tab').count()).toBe(0);
  expect(await page.getByText('查找用户').count()).toBe(0);
  await page.context().close();
});

test('a role with orders.read only sees the link and the 兑换订单 tab alone', async () => {
  const page = await admin.loggedIn(await adminRole(admin.cms.strapi, '订单查看', ['plugin::points.orders.read']));
  await pointsLink(page).waitFor();
  await pointsLink(page).click();
  await page.getByRole('tab', { name: '兑换订单' }).waitFor();
  expect(await page.getByRole('tab').allInnerTexts()).toEqual(['兑换订单']);
  await page.context().close();
});

test('用户积分: users by balance, a nickname search with the hint shown, an adjustment refreshes the row', async () => {
  const [rich, poor] = [await createUser(admin.cms.strapi, 'rich'), await createUser(admin.cms.strapi, 'poor')];
  await grantPoints(admin.cms.strapi, rich.id, 900_000);
  await grantPoints(admin.cms.strapi, poor.id, 10);
  await admin.cms.strapi.db.query('plugin::wechat.identity').create({
    data: {
      key: `wx-test:openid-${poor.id}`,
      appId: 'wx-test',
      kind: 'official',
      openid: `openid-${poor.id}`,
      nickname: '张小绘',
      avatar: 'https://example.com/a.png',
      user: poor.id,
      lastLoginAt: new Date(),
    },
  });
  const page = await admin.loggedIn(await adminRole(admin.cms.strapi, '积分运营', ['plugin::points.users.read', 'plugin::points.users.adjust']));
  await pointsLink(page).click();
  await page.getByText('微信昵称、手机号、openid、用户名、邮箱或用户 ID').waitFor(); // the field hint is shown
  const rows = page.locator('tbody tr');
  await rows.first().waitFor();
  expect(await rows.first().locator('td').first().innerText()).toBe(String(rich.id)); // highest balance first

  await page.locator('input[name=q]').fill('张小绘');
  await page.getByRole('button', { name: '查询' }).click();
  await poll(() => rows.count(), 1);
  const row = rows.first();
  await poll(async () => (await row.innerText()).includes('张小绘'), true);
  expect(await row.innerText()).toContain(`openid-${poor.id}`);
  await row.getByRole('button', { name: '查看流水' }).click();

  await page.locator('input[name=delta]').fill('25');
  await page.locator('input[name=reason]').fill('活动补发');
  await page.getByRole('button', { name: '确认调整' }).click();
  await page.getByText('调整后余额 35').waitFor();
  await poll(() => row.locator('td').nth(5).innerText(), '35'); // the list row refreshed
  expect(await page.getByText('人工调整').count()).toBeGreaterThan(0); // the ledger source in Chinese
  await page.context().close();
});
