import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { GoodCard, GoodDetail, MallHome, Paginated } from '@wedraw/contract';
import { cmsJson, launch, phone, screenshot } from './browser';

const h5 = inject('h5Url');
const api = `${inject('cmsUrl')}/api`;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await phone(browser, h5);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('server-rendered mall pages (no JavaScript needed to see the goods)', () => {
  test('home, list and detail come back from the server with the CMS data in the HTML', async () => {
    const home = (await cmsJson<{ data: MallHome }>(`${api}/mall/home`)).data;
    const zone = home.zones[0]!;
    const good = zone.goods[0]!;
    const homeHtml = await (await fetch(`${h5}/`)).text();
    expect(homeHtml).toContain(zone.name);
    expect(homeHtml).toContain(good.title);
    const listHtml = await (await fetch(`${h5}/goods?zone=${zone.code}`)).text();
    expect(listHtml).toContain(good.title);
    const detail = await fetch(`${h5}/goods/${good.documentId}`);
    expect(detail.status).toBe(200);
    const detailHtml = await detail.text();
    expect(detailHtml).toContain(good.title);
    expect(detailHtml).toMatch(/data-testid="good-description"[^>]*><h2>/);
  });

  test('the first paint needs nothing but the HTML: CSS inline, compressed, largest image first', async () => {
    const home = (await cmsJson<{ data: MallHome }>(`${api}/mall/home`)).data;
    const res = await fetch(`${h5}/`, { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    const html = await res.text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(head).toMatch(/<style>[^<]*\.van-swipe\{/);
    expect(head).toMatch(/url\(\/_nuxt\/vant-icon\.[\w-]+\.woff2\)/);
    expect(html).not.toContain('data:font/woff2');
    const firstBanner = home.banners[0]!.image!.split('/').pop()!;
    expect(html).toMatch(new RegExp(`<img src="[^"]*${firstBanner}"[^>]*fetchpriority="high"`));
    // Announced at the top of the head, before any script.
    const preload = head.search(new RegExp(`<link rel="preload" as="image" href="[^"]*${firstBanner}" fetchpriority="high">`));
    expect(preload).toBeGreaterThan(0);
    expect(preload).toBeLessThan(head.search(/<link rel="modulepreload"/));
    // The app's JS in a few chunks (not one request per component), fetched after what the first screen shows.
    const scripts = [...head.matchAll(/<(?:link rel="modulepreload"|script type="module")[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts.map((tag) => /(?:href|src)="([^"]+)"/.exec(tag)![1])).size).toBeLessThanOrEqual(3);
    for (const tag of scripts) expect(tag).toContain('fetchpriority="low"');
    // A client-rendered page needs its JS to show anything: default priority there.
    const shell = await (await fetch(`${h5}/me`)).text();
    expect(shell).toMatch(/<script type="module"/);
    expect(shell).not.toContain('fetchpriority="low"');
    const gzip = await fetch(`${h5}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toContain(home.zones[0]!.name);
  });
});

describe('browsing in a phone', () => {
  test('home → zone list → detail → SKU picker', async () => {
    const home = (await cmsJson<{ data: MallHome }>(`${api}/mall/home`)).data;
    await page.goto('/');
    for (const zone of home.zones) await expect.poll(() => page.getByTestId(`zone-${zone.code}`).innerText()).toContain(zone.name);
    await expect.poll(() => page.locator('.home__banners [data-testid=carousel-item]').count()).toBe(home.banners.length);
    await screenshot(page, 'home');

    const zone = home.zones[0]!;
    // Opening the zone's page reports a view (POST /api/zones/:code/view → 204).
    const viewed = page.waitForResponse((r) => r.url().endsWith(`/api/zones/${zone.code}/view`) && r.request().method() === 'POST');
    await page.getByTestId(`zone-${zone.code}`).getByText('查看更多').click();
    await page.waitForURL(`**/goods?zone=${zone.code}`);
    expect((await viewed).status()).toBe(204);
    const zoneGoods = await cmsJson<Paginated<GoodCard>>(`${api}/zones/${zone.code}/goods?pageSize=10`);
    await expect.poll(() => page.getByTestId('good-card').first().innerText()).toContain(zoneGoods.data[0]!.title);
    await expect.poll(() => page.locator('.van-nav-bar__title').innerText()).toBe(zone.name);
    await screenshot(page, 'goods-list');

    await page.getByTestId('good-card').first().click();
    await page.waitForURL(`**/goods/${zoneGoods.data[0]!.documentId}`);
    await expect.poll(() => page.getByTestId('good-title').innerText()).toBe(zoneGoods.data[0]!.title);
    // The Markdown description is rendered: its heading is a heading, its list a list, no "##" or "- " left.
    const good = (await cmsJson<{ data: GoodDetail }>(`${api}/goods/${zoneGoods.data[0]!.documentId}`)).data;
    const heading = /^##\s+(.+)$/m.exec(good.description)![1]!;
    const items = [...good.description.matchAll(/^- (.+)$/gm)].map((m) => m[1]);
    expect(items.length).toBeGreaterThan(0);
    const description = page.getByTestId('good-description');
    await expect.poll(() => description.locator('h2').innerText()).toBe(heading);
    expect(await description.locator('li').allInnerTexts()).toEqual(items);
    expect(await description.innerText()).not.toMatch(/##|^- /m);
    await screenshot(page, 'goods-detail');
    await page.getByTestId('exchange-now').click();
    await page.getByTestId('sku-confirm').waitFor();
    await screenshot(page, 'sku-picker');
  });

  test('sorting by points, and infinite scroll to the last good', async () => {
    const all = await cmsJson<Paginated<GoodCard>>(`${api}/goods?sort=pointsPrice:asc&pageSize=100`);
    expect(all.meta.pagination.total).toBeGreaterThan(20);
    await page.goto('/goods');
    await page.getByRole('tab', { name: '积分从低到高' }).click();
    await page.waitForURL(/sort=pointsPrice%3Aasc|sort=pointsPrice:asc/);
    await expect.poll(() => page.getByTestId('good-card').first().innerText()).toContain(all.data[0]!.title);
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 4000);
        return page.getByTestId('good-card').count();
      })
      .toBe(all.data.length);
    expect(await page.getByTestId('good-card').last().innerText()).toContain(all.data.at(-1)!.title);
    await expect.poll(() => page.getByText('没有更多了').isVisible()).toBe(true);
  });

  test('category tree and search', async () => {
    await page.goto('/categories');
    const tree = (await cmsJson<{ data: Array<{ name: string; children?: Array<{ name: string }> }> }>(`${api}/categories/tree`)).data;
    await expect.poll(() => page.locator('.van-sidebar').innerText()).toContain(tree[1]!.name);
    await expect.poll(() => page.locator('.categories__main').innerText()).toContain(tree[0]!.children![0]!.name);
    await screenshot(page, 'categories');

    await page.goto('/search');
    await page.getByTestId('search-input').locator('input').fill('耳机');
    await page.getByTestId('search-submit').click();
    await page.waitForURL(/q=/);
    const found = await cmsJson<Paginated<GoodCard>>(`${api}/goods?q=${encodeURIComponent('耳机')}`);
    expect(found.data.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('good-card').count()).toBe(found.data.length);
    await screenshot(page, 'search');

    await page.getByTestId('search-input').locator('input').fill('不存在的商品');
    await page.getByTestId('search-submit').click();
    await page.getByText('没有找到').waitFor();
  });

  test('refusing on the consent page comes back to a page that says so, not into a loop', async () => {
    await page.goto('/me');
    await page.waitForURL(`${inject('sandboxUrl')}/connect/oauth2/authorize?**`);
    await page.getByText('拒绝').click();
    await page.waitForURL('**/login?**');
    await page.getByText('您已取消微信授权').waitFor();
    expect((await context.cookies()).some((c) => c.name === 'wedraw_token')).toBe(false);
  });

  test('inside WeChat a goods page calls wx.config with a signature the sandbox accepts, and shares the good', async () => {
    const good = (await cmsJson<{ data: MallHome }>(`${api}/mall/home`)).data.zones[0]!.goods[0]!;
    await page.goto(`/goods/${good.documentId}`);
    type Wx = {
      config?: { appId: string; timestamp: number; nonceStr: string; signature: string; jsApiList: string[] };
      share?: { title: string; link: string };
    };
    await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { __wx?: Wx }).__wx?.share))).toBe(true);
    const wx = await page.evaluate(() => (window as unknown as { __wx: Wx }).__wx);
    expect(wx.share).toMatchObject({ title: good.title, link: page.url() });
    expect(wx.config!.jsApiList).toContain('updateAppMessageShareData');
    const res = await fetch(`${inject('sandboxUrl')}/_sandbox/jssdk/verify`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...wx.config, url: page.url() }),
    });
    expect(await res.json()).toMatchObject({ valid: true });
  });

  test('an unknown good shows the empty state, not an error page', async () => {
    await page.goto('/goods/no-such-good');
    await page.getByText('商品不存在或已下架').waitFor();
  });
});
