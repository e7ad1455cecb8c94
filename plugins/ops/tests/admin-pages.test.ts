import path from 'path';
import type { Page } from 'playwright-core';
import { startAdminBrowser, type AdminBrowser } from '../../../cms/tests/harness/admin-browser';

/**
 * The 运维监控 page in a real browser (the admin panel as built by `strapi build`, Chromium): the
 * overview with a firing alert, the headline figures and the 24 h charts; the other tabs list the
 * built-in rules and the alert history. `UPDATE_SCREENSHOTS=1` saves the overview, the rule form, the targets and a report to docs/.
 */
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve(__dirname, '..', '..', '..', 'docs') : null;
let admin: AdminBrowser;

beforeAll(async () => {
  admin = await startAdminBrowser({ OPS_EVALUATE_EVERY_MS: '3600000' });
  const strapi = admin.cms.strapi;
  // A WeCom account offline (as the heartbeat leaves it) and a rule that fires at once.
  await strapi.db
    .query('plugin::wecom.account')
    .create({ data: { code: 'store-app', name: '门店应用', kind: 'wecom-app', corpId: 'ww-demo', agentId: 1000009, status: 'offline', failures: 3 } });
  const rule = await strapi.db.query('plugin::ops.alert-rule').findOne({ where: { code: 'account-offline' } });
  await strapi.db.query('plugin::ops.alert-rule').update({ where: { id: rule.id }, data: { forSeconds: 0 } });
  await strapi.plugin('ops').service('evaluator').run(new Date(), { force: true });
  // A stored target and a report of today, for the 通知对象 and 运维报表 tabs.
  await strapi
    .plugin('ops')
    .service('targets')
    .create({ name: '值班邮箱', channel: 'email', to: 'oncall@wedraw.test', levels: ['critical', 'warning'], reports: true });
  await strapi.plugin('ops').service('targets').create({ name: '告警平台', channel: 'webhook', to: 'https://hooks.example.test/wedraw' });
  await strapi
    .plugin('ops')
    .service('targets')
    .create({ name: '钉钉值班群', channel: 'dingtalk-robot', to: 'ops-dingtalk-token-1', signSecret: 'SECabcdef0123456789', enabled: false });
  await strapi
    .plugin('ops')
    .service('reports')
    .generate({ kind: 'daily', day: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10) }, 'admin');
}, 900_000);
afterAll(async () => {
  await admin?.close();
});

const opsLink = (page: Page) => page.locator('nav a[href$="/plugins/ops"]');

test('概览, 告警规则, 告警历史, 静默, 通知对象, 运维报表: the firing alert, figures and charts, the rule form, targets, a report', async () => {
  const page = await admin.loggedIn();
  await opsLink(page).click();
  await page.getByRole('tab', { name: '概览', exact: true }).waitFor();
  expect(await page.getByRole('tab').allInnerTexts()).toEqual(['概览', '告警规则', '告警历史', '静默', '通知对象', '运维报表']);
  const panel = page.getByRole('tabpanel');
  await panel.getByText('企微账号离线超过 5 分钟').first().waitFor({ timeout: 15_000 });
  await panel.getByText('企微账号在线率').first().waitFor();
  expect(await panel.locator('canvas').count()).toBeGreaterThanOrEqual(4);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'admin-ops-overview.png'), fullPage: true });
  await page.getByRole('tab', { name: '告警规则', exact: true }).click();
  await panel.getByText('队列积压超过 1000 条').waitFor();
  // The rule form: a built-in rule is edited (no 删除 for it), the metric picked from the registry.
  await panel.getByRole('button', { name: '新建规则' }).click();
  const channels = panel.getByText('通知渠道（都不选则按级别发往通知对象）');
  await channels.waitFor();
  await channels.scrollIntoViewIfNeeded();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'admin-ops-rules.png') });
  await page.getByRole('tab', { name: '通知对象', exact: true }).click();
  await panel.getByText('值班邮箱').waitFor();
  await panel.getByText('已设置（不显示）').first().waitFor();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'admin-ops-targets.png'), fullPage: true });
  // A DingTalk robot with 加签: the secret shows as set, never its value; editing offers the write-only field.
  const dingtalk = panel.getByRole('row').filter({ hasText: '钉钉值班群' });
  await dingtalk.getByText('已设置（不显示），已设置加签').waitFor();
  await dingtalk.getByRole('button', { name: '编辑' }).click();
  await panel.getByText('加签密钥', { exact: true }).waitFor();
  await panel.getByText('只写：已设置，留空则保持原值').waitFor();
  expect(await page.content()).not.toContain('SECabcdef0123456789');
  await panel.getByRole('button', { name: '取消' }).click();
  await page.getByRole('tab', { name: '运维报表', exact: true }).click();
  await panel.getByRole('button', { name: '查看' }).first().click();
  await panel.getByText('关键指标与环比', { exact: false }).waitFor();
  // Laid out, not raw markdown: the title is a heading and no markdown marks show.
  await panel.getByRole('heading', { name: /WeDraw 运维日报/ }).waitFor();
  expect(await panel.innerText()).not.toMatch(/\*\*|^## |^> /m);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'admin-ops-reports.png'), fullPage: true });
  await page.getByRole('tab', { name: '告警历史', exact: true }).click();
  await panel.getByText('告警中').first().waitFor();
  await page.context().close();
}, 120_000);

test('a role holding only alerts.read sees the 运维监控 link and the 告警历史 tab alone', async () => {
  const role = await admin.cms.strapi.service('admin::role').create({ name: `告警查看${Date.now()}`, description: '只看告警历史' });
  await admin.cms.strapi
    .service('admin::role')
    .assignPermissions(role.id, [{ action: 'plugin::ops.alerts.read', subject: null, properties: {}, conditions: [] }]);
  const page = await admin.loggedIn(role.id);
  await opsLink(page).click();
  await page.getByRole('tab', { name: '告警历史' }).waitFor();
  expect(await page.getByRole('tab').allInnerTexts()).toEqual(['告警历史']);
  await page.context().close();
}, 120_000);
