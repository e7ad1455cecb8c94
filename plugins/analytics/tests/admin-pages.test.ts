import path from 'path';
import type { Page } from 'playwright-core';
import { startAdminBrowser, type AdminBrowser } from '../../../cms/tests/harness/admin-browser';

/**
 * The WeDraw home (Strapi's homepage, through its widget API) and the 数据分析 page's tabs in a
 * real browser, with a month of counted activity. `UPDATE_SCREENSHOTS=1` saves each to docs/.
 */
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve(__dirname, '..', '..', '..', 'docs') : null;
jest.setTimeout(300_000);
let admin: AdminBrowser;
let seq = 0;

/** Source rows over the last 30 days as the plugins write them (fans, orders, ledger, messages, WeCom, banner clicks, zone views). */
async function activity(): Promise<void> {
  const strapi = admin.cms.strapi;
  const create = (uid: string, data: Record<string, unknown>) => strapi.db.query(uid as any).create({ data: { updatedAt: new Date(), ...data } });
  const banners = await Promise.all(
    ['春季上新', '积分兑换'].map(async (title) => (await create('api::banner.banner', { title, linkType: 'goods-list', enabled: true })).documentId as string),
  );
  const zones = [
    ['hot', '热门兑换'],
    ['sale', '限时折扣'],
    ['new', '新品专区'],
  ];
  for (const [code, name] of zones) await create('api::zone.zone', { code, name, strategy: 'manual', enabled: true });
  for (let d = 29; d >= 0; d--) {
    const at = new Date(Date.now() - d * 86_400_000 - 3600_000);
    const day = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    for (let i = 0; i < 3 + ((d * 7) % 5); i++) {
      const n = ++seq;
      await create('plugin::wechat.fan', {
        appId: n % 3 ? 'wx-demo' : 'wx-shop',
        openid: `o${n}`,
        key: `wx:o${n}`,
        subscribed: n % 4 !== 0,
        subscribeTime: at,
        unsubscribeTime: n % 4 ? null : at,
        createdAt: at,
      });
      await create('plugin::messaging.message', {
        tenantId: 1 + (n % 2),
        channel: n % 3 ? 'wechat-template' : 'email',
        recipient: `r${n}`,
        status: n % 5 ? 'delivered' : 'failed',
        idempotencyKey: `m${n}`,
        sentAt: n % 5 ? new Date(at.getTime() + 800) : null,
        finishedAt: new Date(at.getTime() + 1000),
        createdAt: at,
      });
      await create('plugin::points.transaction', {
        userId: 1,
        type: 'earn',
        delta: 10,
        balanceAfter: 0,
        source: n % 2 ? 'checkin' : 'subscribe',
        idempotencyKey: `k${n}`,
        day,
        createdAt: at,
      });
    }
    const n = ++seq;
    await create('plugin::points.exchange-order', {
      orderNo: `E${n}`,
      userId: 1,
      goodId: 1 + (n % 3),
      skuId: 1,
      quantity: 1,
      totalPoints: 100,
      status: d < 2 ? 'to_ship' : 'completed',
      createdAt: at,
    });
    await create('plugin::points.transaction', {
      userId: 1,
      type: 'spend',
      delta: -100,
      balanceAfter: 0,
      source: 'exchange',
      idempotencyKey: `s${n}`,
      day,
      createdAt: at,
    });
    // Banner clicks and zone views through the services the H5's requests call, on that day.
    for (let i = 0; i < 4 + (d % 4); i++) {
      await strapi.service('api::banner.banner').recordClick(banners[i % 2], `anon:v${i % 3}`, at);
      await strapi.service('api::zone.zone').recordView(zones[i % 3][0], `anon:v${i}`, at);
      if (i % 2) await strapi.service('api::zone.zone').recordView('hot', `user:${i}`, at);
    }
    await create('plugin::wecom.customer-follow', {
      corpId: 'ww-demo',
      externalUserid: `wm${n}`,
      userid: 'zhangsan',
      key: `ww:wm${n}`,
      addedAt: at,
      createdAt: at,
    });
  }
  await strapi.plugin('analytics').service('aggregates').catchUp();
}

beforeAll(async () => {
  admin = await startAdminBrowser({ ANALYTICS_CATCH_UP_EVERY_MS: '0' });
  await activity();
}, 900_000);
afterAll(async () => admin?.close());

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `admin-analytics-${name}.png`), fullPage: true });
}

test('the home opens on the WeDraw figures; each domain tab draws its charts, with a table and CSV', async () => {
  const page = await admin.loggedIn();
  await page.goto('/admin');
  await page.getByText('今日运营概况').first().waitFor({ timeout: 30_000 });
  await page.getByText('较昨日').first().waitFor();
  await page.getByText('专区浏览').first().waitFor();
  await page.getByText('轮播图点击').first().waitFor();
  await page.getByText('待发货订单：2').first().waitFor();
  await page.locator('[data-chart="近 30 天趋势"] canvas').first().waitFor();
  await shot(page, 'home');

  await page.locator('nav a[href$="/plugins/analytics"]').click();
  for (const [tab, chart, name] of [
    ['粉丝', '粉丝增长', 'fans'],
    ['订单与积分', '各专区浏览次数（前 10）', 'orders'],
    ['消息', '发送成功率', 'messages'],
    ['企业微信', '新增客户', 'wecom'],
  ]) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const panel = page.getByRole('tabpanel');
    await panel.locator(`[data-chart="${chart}"] canvas`).waitFor({ timeout: 15_000 });
    // The page scrolls inside Strapi's layout: bring the chart named here into the screenshot.
    await panel.locator(`[data-chart="${chart}"]`).scrollIntoViewIfNeeded();
    await shot(page, name);
  }
  // The table view of a chart, and its CSV.
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: '表格' }).first().click();
  await panel.locator('table th').filter({ hasText: '新增客户' }).first().waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '导出 CSV' }).first().click()]);
  expect(file.suggestedFilename()).toMatch(/^企业微信-新增客户-.*\.csv$/);
});
