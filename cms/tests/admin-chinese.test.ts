/**
 * The admin in a real browser (Debian's Chromium driven by playwright-core): an operator logs in and
 * visits every screen of the daily work — home, the content manager's lists and edit forms, the
 * media library, settings, roles, API tokens, the profile, the points and WeChat pages — and every
 * visible word is Chinese, apart from product names and the operator's own data. The enumerations
 * an operator picks show their Chinese labels, goods tags are a tag picker, the goods list has price,
 * stock and on-shelf columns, and the marketplace, the content-type builder and the technical types
 * are not in the menus.
 *
 * Needs the admin build (cms/dist/build): `strapi build` runs first when it is missing or older than
 * the admin's sources.
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { ensureAdminBuild } from './harness/admin-build';
import { launchChromium } from './harness/admin-browser';
import { APP_DIR } from './harness/env';
import { startCms, type TestCms } from './harness/strapi';

jest.setTimeout(300_000);

/** What the operator saw on each screen (text and a screenshot), for a person reading a failure. */
const SCREENSHOTS = path.join(__dirname, '..', '.tmp', 'admin-screens');

const ADMIN = { email: 'operator@wedraw.test', password: 'WeDraw-Test-2026' };

/** Names that stay in Latin letters in a Chinese interface (the names WeChat's and WeCom's own consoles print). */
const ALLOWED = new Set(
  'WeDraw WeChat Strapi Community API Token URL SKU H5 ID JSON Markdown AppID AppSecret openid unionid mediaId documentId Webhook SMTP Email OAuth AES EncodingAESKey KEY CLICK VIEW GraphQL logo KB EXIF CorpID AgentId Secret IP userid'
    .split(' ')
    .map((w) => w.toLowerCase()),
);

let cms: TestCms;
let browser: Browser;
let page: Page;
/**
 * Words of the operator's own data (file names, codes) and the identifiers of the APIs, plugins and
 * content types that Strapi's permission editors print as they are (role and API-token pages), and
 * the message center's channel names.
 */
let dataWords = new Set<string>();
const seen: Record<string, string[]> = {};

async function createOperator(strapi: Core.Strapi): Promise<void> {
  const superAdmin = await (strapi.service('admin::role') as any).getSuperAdmin();
  await (strapi.service('admin::user') as any).create({
    ...ADMIN,
    firstname: '运营',
    lastname: '小王',
    isActive: true,
    registrationToken: null,
    preferedLanguage: 'zh-Hans',
    roles: [superAdmin.id],
  });
}

async function collectDataWords(strapi: Core.Strapi): Promise<Set<string>> {
  const words = new Set<string>();
  const add = (value: unknown) => {
    for (const w of String(value ?? '').match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) words.add(w.toLowerCase());
  };
  for (const f of await strapi.db.query('plugin::upload.file').findMany({ select: ['name', 'ext', 'alternativeText'] })) {
    add(f.name);
    add(f.ext);
    add(f.alternativeText);
  }
  for (const s of await strapi.db.query('api::sku.sku').findMany({ select: ['code'] })) add(s.code);
  // Titles an operator wrote ("10000mAh 移动电源", "保温杯 500ml") carry units and brand words.
  for (const g of await strapi.db.query('api::good.good').findMany({ select: ['title', 'subtitle'] })) add(`${g.title} ${g.subtitle ?? ''}`);
  for (const b of await strapi.db.query('api::banner.banner').findMany({ select: ['title', 'linkValue'] })) add(`${b.title} ${b.linkValue ?? ''}`);
  for (const z of await strapi.db.query('api::zone.zone').findMany({ select: ['code'] })) add(z.code);
  for (const r of await strapi.db.query('plugin::points.rule').findMany({ select: ['code'] })) add(r.code);
  for (const name of [...Object.keys(strapi.apis), ...Object.keys(strapi.plugins)]) add(name);
  for (const ct of Object.values(strapi.contentTypes) as Array<{ info: { singularName: string } }>) add(ct.info.singularName);
  // The message center's channel identifiers (`oa-custom`, `mp-subscribe`…), shown beside their Chinese labels: integrators send them.
  for (const name of (strapi.plugin('messaging')?.service('channels').names() as string[] | undefined) ?? []) add(name);
  return words;
}

/** The English words a person reads on the page: visible text, placeholders and button labels. */
async function englishOn(label: string): Promise<string[]> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(500);
  const text = await page.evaluate(() => {
    // Text a person sees: screen-reader-only live regions (1×1 px, clipped) are not read on screen.
    const shown = (el: Element | null) => {
      if (!el || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1;
    };
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && shown(node.parentElement)) parts.push(node.textContent.trim());
    }
    for (const el of Array.from(document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]'))) {
      if (shown(el)) parts.push(el.placeholder);
    }
    return parts.join('\n');
  });
  seen[label] = text.split('\n').filter(Boolean);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${label.replace(/\W+/g, '-')}.png`), fullPage: true });
  fs.writeFileSync(path.join(SCREENSHOTS, `${label.replace(/\W+/g, '-')}.txt`), text);
  const cleaned = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.+-]+@[\w.-]+/g, ' ')
    .replace(/\/[\w/.-]+/g, ' ')
    .replace(/\bv?\d+(\.\d+)+\b|\bv\d+\b/g, ' ');
  const words = cleaned.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
  return [...new Set(words.filter((w) => w.length > 1 && !ALLOWED.has(w.toLowerCase()) && !dataWords.has(w.toLowerCase())))];
}

async function visit(url: string, ready: string): Promise<void> {
  await page.goto(`${cms.url}/admin${url}`);
  await page.getByText(ready, { exact: false }).first().waitFor({ timeout: 60_000 });
}

/** The options of the select labelled `label` on an edit form. */
async function optionsOf(label: string): Promise<string[]> {
  await page.getByRole('combobox', { name: label }).click();
  const options = page.getByRole('option');
  await options.first().waitFor();
  // The first option is the empty choice ("请选择"), hidden when the field is required.
  const texts = (await options.allInnerTexts()).map((t) => t.trim()).filter((t) => t && t !== '请选择');
  await page.keyboard.press('Escape');
  return texts;
}

beforeAll(async () => {
  ensureAdminBuild();
  cms = await startCms({}, undefined, { serveAdminPanel: true });
  const { seedMall } = require(path.join(APP_DIR, 'dist', 'src', 'seed', 'mall-seed.js'));
  await seedMall(cms.strapi, path.resolve(APP_DIR, '..', 'database', 'seed'));
  await cms.strapi.plugin('points').service('demo').seed();
  await createOperator(cms.strapi);
  dataWords = await collectDataWords(cms.strapi);
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

test('an operator logs in to a Chinese admin', async () => {
  await page.goto(`${cms.url}/admin`);
  await page.getByText('欢迎使用 WeDraw').waitFor({ timeout: 60_000 });
  expect(await englishOn('login')).toEqual([]);
  await page.locator('input[name="email"]').fill(ADMIN.email);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.locator('button[type="submit"]').click();
  await page.getByText('您好，运营').waitFor({ timeout: 60_000 });
  expect(await englishOn('home')).toEqual([]);
});

test('the menus hold the operator’s pages, not the marketplace, the schema editor or technical types', async () => {
  const nav = page.locator('nav').first();
  const menu = await nav.innerText();
  for (const item of ['内容管理', '媒体库', '积分管理', '微信', '企业微信', '消息中心', '设置']) expect(menu).toContain(item);
  const links = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(links.filter((href) => /market\.strapi\.io|content-type-builder|list-plugins/.test(href))).toEqual([]);

  await visit('/content-manager', '商品');
  const types = await page.locator('nav').nth(1).innerText();
  for (const visible of ['商品', '商品规格（SKU）', '商品分类', '首页轮播图', '商城专区', '积分规则', '自动回复']) expect(types).toContain(visible);
  for (const hidden of ['兑换订单', '积分流水', '积分账户', '微信身份', '粉丝消息', '模板消息接收人', '模板消息发送']) expect(types).not.toContain(hidden);
});

test('goods: the list shows price, stock and on-shelf; the edit form has a tag picker', async () => {
  await visit('/content-manager/collection-types/api::good.good?page=1&pageSize=50&sort=id:ASC', '新建条目');
  const headers = (await page.locator('thead').innerText()).replace(/\s+/g, ' ');
  for (const column of ['商品名称', '上架', '积分价', '库存']) expect(headers).toContain(column);
  await page.locator('tbody tr').first().waitFor();
  const goodsListEnglish = await englishOn('goods list');
  // Price and stock come from the good's SKUs.
  const good = await cms.strapi.db.query('api::good.good').findOne({ where: { title: '降噪蓝牙耳机' }, populate: ['skus'] });
  const skus = good.skus as Array<{ pointsPrice: number; stock: number }>;
  const row = page.locator('tbody tr', { hasText: '降噪蓝牙耳机' });
  const prices = skus.map((s) => s.pointsPrice);
  const price = Math.min(...prices) === Math.max(...prices) ? `${prices[0]}` : `${Math.min(...prices)}–${Math.max(...prices)}`;
  await row.getByText(price, { exact: true }).waitFor();
  await row.getByText(String(skus.reduce((n, s) => n + s.stock, 0)), { exact: true }).waitFor();
  expect(goodsListEnglish).toEqual([]);

  await visit(`/content-manager/collection-types/api::good.good/${good.documentId}`, '商品名称');
  const tags = page.getByTestId('tags-selected');
  await tags.waitFor();
  expect(await page.getByRole('textbox', { name: '新标签' }).count()).toBe(1);
  await page.getByRole('textbox', { name: '新标签' }).fill('限时');
  await page.keyboard.press('Enter');
  await tags.getByText('限时').waitFor();
  expect(await englishOn('good edit')).toEqual([]);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('已保存').first().waitFor();
  const saved = await cms.strapi.db.query('api::good.good').findOne({ where: { id: good.id } });
  expect(saved.tags).toEqual(expect.arrayContaining([...(good.tags ?? []), '限时']));
});

test('banners and zones: the enumerations read in Chinese', async () => {
  await visit('/content-manager/collection-types/api::banner.banner', '新建条目');
  expect(await englishOn('banner list')).toEqual([]);
  const banner = await cms.strapi.db.query('api::banner.banner').findOne({});
  await visit(`/content-manager/collection-types/api::banner.banner/${banner.documentId}`, '跳转类型');
  expect(await optionsOf('跳转类型')).toEqual(['商品列表', '商品详情', '分类', '活动', '外部链接', '小程序页面']);
  expect(await englishOn('banner edit')).toEqual([]);

  const zone = await cms.strapi.db.query('api::zone.zone').findOne({});
  await visit(`/content-manager/collection-types/api::zone.zone/${zone.documentId}`, '选品方式');
  expect(await optionsOf('选品方式')).toEqual(['手动', '按折扣', '按销量', '按分类', '按标签']);
  expect(await englishOn('zone edit')).toEqual([]);

  await visit('/content-manager/collection-types/api::banner.banner/create', '跳转类型');
  expect(await englishOn('banner create')).toEqual([]);
});

test.each([
  ['media library', '/plugins/upload', '媒体库'],
  ['settings', '/settings/application-infos', '设置'],
  ['admin roles', '/settings/roles', '角色'],
  ['API tokens', '/settings/api-tokens', 'API'],
  ['new API token', '/settings/api-tokens/create', 'API'],
  ['visitor roles', '/settings/users-permissions/roles', '角色'],
  ['media library settings', '/settings/media-library', '媒体库'],
  ['profile', '/me', '个人'],
  ['points', '/plugins/points', '用户积分'],
  ['wechat', '/plugins/wechat', '粉丝与消息'],
  ['wecom', '/plugins/wecom', '企业与应用'],
  ['message center', '/plugins/messaging', '发送记录'],
])('%s speaks Chinese', async (label, url, ready) => {
  await visit(url, ready);
  expect(await englishOn(label)).toEqual([]);
});

test('an admin role’s permissions speak Chinese', async () => {
  const editor = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  await visit(`/settings/roles/${editor.id}`, '权限');
  expect(await englishOn('role edit')).toEqual([]);
  // Each content type by its display name, never its technical singular name.
  await page.getByText('商品规格（SKU）', { exact: true }).first().waitFor();
  for (const technical of ['Good', 'Sku', 'Banner', 'Address']) expect(seen['role edit']).not.toContain(technical);
  // A type's row opens onto its fields, under the labels the content manager shows.
  await page
    .getByRole('button', { name: /商品规格（SKU）/ })
    .first()
    .click();
  await page.getByText('积分价', { exact: true }).first().waitFor();
  expect(await englishOn('role edit fields')).toEqual([]);
});

test('no role holds the marketplace action, not even the super admin', async () => {
  const login = await fetch(`${cms.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
  expect(login.status).toBe(200);
  const { data } = (await login.json()) as { data: { token: string } };
  const auth = { Authorization: `Bearer ${data.token}` };
  const mine = (await (await fetch(`${cms.url}/admin/users/me/permissions`, { headers: auth })).json()) as { data: Array<{ action: string }> };
  const actions = mine.data.map((p) => p.action);
  expect(actions).toContain('plugin::content-manager.explorer.read');
  expect(actions).not.toContain('admin::marketplace.read');
  expect(actions).not.toContain('plugin::content-type-builder.read');
  // The super admin keeps every other action, the plugins' included.
  for (const action of ['plugin::points.users.read', 'plugin::wechat.apps.read', 'plugin::upload.read']) expect(actions).toContain(action);
  expect((await fetch(`${cms.url}/admin/plugins`, { headers: auth })).status).toBe(403);
  expect(await cms.strapi.db.query('admin::permission').count({ where: { action: 'admin::marketplace.read' } })).toBe(0);
});
