import path from 'path';
import type { Page } from 'playwright-core';
import { SandboxClient, startSandbox, type RunningSandbox } from '@wedraw/sandbox';
import { startAdminBrowser, type AdminBrowser } from '../../../cms/tests/harness/admin-browser';
import { CORP_ID, eventually } from './helpers';

/**
 * The 企业微信 page in a real browser (the admin panel as built by `strapi build`, Chromium): the
 * customers, groups, welcome messages and robots a WeCom corp produced through the sandbox, each on
 * its tab; a role holding one action sees the menu link and that tab alone.
 * `UPDATE_SCREENSHOTS=1` saves each tab to docs/ (the README shows them).
 */
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve(__dirname, '..', '..', '..', 'docs') : null;
let sb: RunningSandbox;
let admin: AdminBrowser;
let owner: string;

async function sandbox(method: string, url: string, body?: unknown): Promise<any> {
  const res = await fetch(`${sb.url}${url}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
  return res.json();
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, push: { timeoutMs: 3000, retryDelayMs: 50 } });
  admin = await startAdminBrowser();
  await admin.cms.strapi.plugin('wecom').service('demo').seed(sb.url);
  const client = new SandboxClient(sb.url);
  await client.wecomSetCallback(CORP_ID, `${admin.cms.url}/api/wecom/callback/${CORP_ID}`);
  const members = (await client.wecomMembers(CORP_ID, { limit: 3 })).members.map((m) => m.userid);
  const added = await sandbox('POST', `/_sandbox/wecom/${CORP_ID}/client/add-customer`, { userid: members[0], name: '林小鹿', state: 'shop-01' });
  // The group is made a day ago (sandbox clock), so that WeCom's statistics (yesterday at the latest) count it.
  await sandbox('POST', '/_sandbox/clock', { advanceSeconds: -86_400 });
  await sandbox('POST', `/_sandbox/wecom/${CORP_ID}/client/groups`, {
    owner: members[0],
    name: '会员福利群',
    members: [members[1], added.customer.external_userid],
  });
  await sandbox('POST', '/_sandbox/clock', { advanceSeconds: 86_400 });
  // Its push carried yesterday's timestamp, which the callback refuses as stale: a full pull mirrors it.
  await admin.cms.strapi.plugin('wecom').service('groupsSync').run(CORP_ID);
  // The pushes reach the CMS, which mirrors the customer and sends the welcome.
  await eventually(async () => (await admin.cms.strapi.db.query('plugin::wecom.customer').count({ where: { name: '林小鹿' } })) > 0, 15_000, 100);
  await eventually(async () => (await admin.cms.strapi.db.query('plugin::wecom.customer-group').count({ where: { name: '会员福利群' } })) > 0, 15_000, 100);
  await admin.cms.strapi.plugin('wecom').service('groupStats').pull(CORP_ID);
  owner = members[0] as string;
  await admin.cms.strapi
    .plugin('wecom')
    .service('groupWelcome')
    .create(
      CORP_ID,
      {
        name: '新人入群',
        text: '欢迎 %NICKNAME% 加入会员福利群，置顶公告里有新人礼包',
        attachment: { msgtype: 'link', link: { title: '新人礼包', url: 'https://wedraw.test/gift' } },
      },
      'admin::1',
    );
}, 900_000);
afterAll(async () => {
  await admin?.close();
  await sb?.close();
});

const wecomLink = (page: Page) => page.locator('nav a[href$="/plugins/wecom"]');

async function openTab(page: Page, name: string, shows: string, shot: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tabpanel').getByText(shows, { exact: false }).first().waitFor({ timeout: 15_000 });
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `admin-wecom-${shot}.png`) });
}

test('客户, 客户群, 群统计, 欢迎语, 入群欢迎语, 群机器人: what the corp produced, each on its tab', async () => {
  const page = await admin.loggedIn();
  await wecomLink(page).click();
  await page.getByRole('tab', { name: '客户', exact: true }).waitFor();
  expect(await page.getByRole('tab').allInnerTexts()).toEqual([
    '企业与应用',
    '发送账号',
    '通讯录',
    '同步',
    '客户',
    '客户群',
    '群统计',
    '欢迎语',
    '入群欢迎语',
    '群机器人',
    '应用群聊',
  ]);
  // Each sending account shows the message-center tenant it belongs to, as a select of the tenants.
  await openTab(page, '发送账号', '管理后台（admin）', 'accounts');
  await openTab(page, '客户', '林小鹿', 'customers');
  await openTab(page, '客户群', '会员福利群', 'groups');
  // No official API removes a member or names an admin: the page says so instead of offering it.
  expect(await page.getByRole('tabpanel').getByText('企业微信没有开放移除群成员或设置群管理员的接口', { exact: false }).count()).toBe(1);
  await openTab(page, '群统计', owner, 'group-stats');
  expect(await page.getByTestId('group-stats-chart').locator('canvas').count()).toBe(1);
  await openTab(page, '欢迎语', '默认欢迎语', 'welcome');
  await openTab(page, '入群欢迎语', '新人入群', 'group-welcome');
  await openTab(page, '群机器人', '运营通知群机器人', 'robots');
  await page.context().close();
}, 120_000);

test('a role holding only robots.read sees the 企业微信 link and the 群机器人 tab alone', async () => {
  const role = await admin.cms.strapi.service('admin::role').create({ name: `机器人查看${Date.now()}`, description: '只看群机器人' });
  await admin.cms.strapi
    .service('admin::role')
    .assignPermissions(role.id, [{ action: 'plugin::wecom.robots.read', subject: null, properties: {}, conditions: [] }]);
  const page = await admin.loggedIn(role.id);
  await wecomLink(page).waitFor();
  await wecomLink(page).click();
  await page.getByRole('tab', { name: '群机器人' }).waitFor();
  expect(await page.getByRole('tab').allInnerTexts()).toEqual(['群机器人']);
  await page.getByText('运营通知群机器人').first().waitFor();
  await page.context().close();
}, 120_000);
