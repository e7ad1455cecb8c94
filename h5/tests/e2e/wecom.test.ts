import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_CORP, SandboxClient } from '@wedraw/sandbox';
import { launch, phone, ROOT_DOCS, screenshot } from './browser';

/**
 * The employees' WeCom H5: log in through the sandbox's WeCom login page (a member picked as if
 * scanned), the 工作台, the directory searched and a member opened; a mall visitor is refused.
 */
const api = `${inject('cmsUrl')}/api`;
const sandbox = inject('sandboxUrl');
let browser: Browser;
let employee: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  employee = await phone(browser, inject('h5Url'));
  page = await employee.newPage();
});
afterAll(async () => {
  await employee?.close();
  await browser?.close();
});

const cookie = async (context: BrowserContext, name: string) => (await context.cookies()).find((c) => c.name === name)?.value;

/** A demo member other than the one logged in, with a position and a mobile, in one department. */
async function anotherMember(not: string) {
  const { members } = await new SandboxClient(sandbox).wecomMembers(DEMO_CORP.corpId, { limit: 200 });
  return members.find((m) => m.userid !== not && m.status === 1 && m.position && m.mobile && m.department.length === 1)!;
}

test('/wecom sends the employee through WeCom login and back to the 工作台, in a session of its own', async () => {
  await page.goto('/wecom');
  await page.waitForURL(`${sandbox}/wwlogin/sso/login?**`);
  await expect.poll(() => page.locator('h1').innerText()).toContain('企业微信扫码登录');
  await screenshot(page, 'wecom-h5-login', ROOT_DOCS);
  const first = page.locator('a.m').first();
  const name = await first.innerText();
  await first.click();
  await page.waitForURL('**/wecom');
  await expect.poll(() => page.getByTestId('wecom-me-name').innerText()).toBe(name);
  await expect.poll(() => page.getByTestId('wecom-me-department').innerText()).not.toBe('');
  expect(await page.locator('body').innerText()).toContain('WeDraw 演示企业');
  // The employee's JWT is kept apart from the mall visitor's.
  expect(await cookie(employee, 'wedraw_wecom_token')).toMatch(/^ey/);
  expect(await cookie(employee, 'wedraw_token')).toBeUndefined();
  await screenshot(page, 'wecom-h5-home', ROOT_DOCS);
});

test('通讯录: search a demo member by name, open the card with department, position and the mobile masked', async () => {
  const me = await (await fetch(`${api}/wecom/employee/me`, { headers: { Authorization: `Bearer ${await cookie(employee, 'wedraw_wecom_token')}` } })).json();
  const member = await anotherMember(me.data.userid);
  await page.getByTestId('wecom-entry-directory').click();
  await page.waitForURL('**/wecom/directory');
  await expect.poll(() => page.getByTestId('directory-total').innerText()).toBe('共 200 人');

  await page.getByTestId('directory-search').locator('input').fill('研发部');
  await page.getByTestId('directory-submit').click();
  await page.waitForURL('**/wecom/directory?q=*');
  await expect.poll(() => page.getByTestId('directory-member').first().innerText()).toMatch(/研发部|前端组|后端组|测试组/);
  await screenshot(page, 'wecom-h5-directory', ROOT_DOCS);

  await page.getByTestId('directory-search').locator('input').fill(member.name);
  await page.getByTestId('directory-submit').click();
  const row = page.locator(`[data-userid="${member.userid}"]`);
  await expect.poll(() => row.innerText()).toContain(member.position);
  await row.click();
  await page.waitForURL(`**/wecom/directory/${member.userid}`);
  await expect.poll(() => page.getByTestId('member-name').innerText()).toBe(member.name);
  await expect.poll(() => page.getByTestId('member-position').innerText()).toContain(member.position);
  await expect.poll(() => page.getByTestId('member-departments').innerText()).not.toContain('未分配部门');
  const mobile = await page.getByTestId('member-mobile').innerText();
  expect(mobile).toContain(`${member.mobile.slice(0, 3)}****${member.mobile.slice(-4)}`);
  expect(await page.locator('body').innerText()).not.toContain(member.mobile);
  await screenshot(page, 'wecom-h5-member', ROOT_DOCS);
});

test('我的客户群: the groups the employee owns, members counted; a group opened with its members', async () => {
  const jwt = await cookie(employee, 'wedraw_wecom_token');
  const me = (await (await fetch(`${api}/wecom/employee/me`, { headers: { Authorization: `Bearer ${jwt}` } })).json()).data;
  const sb = new SandboxClient(sandbox);
  const corpId = DEMO_CORP.corpId;
  await sb.wecomSetCallback(corpId, `${api}/wecom/callback/${corpId}`);
  const client = async (path: string, body: unknown) => {
    const res = await fetch(`${sandbox}/_sandbox/wecom/${corpId}/client${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBeLessThan(300);
    return res.json();
  };
  const customers: string[] = [];
  for (const name of ['林小鹿', '陈阿青'])
    customers.push((await client('/add-customer', { userid: me.userid, name, welcomeCode: false })).customer.external_userid);
  const group = await client('/groups', { owner: me.userid, name: '门店会员福利群', members: customers });

  await page.goto('/wecom');
  await page.getByTestId('wecom-entry-groups').click();
  await page.waitForURL('**/wecom/groups');
  const row = page.locator(`[data-chat-id="${group.group.chat_id}"]`);
  await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('门店会员福利群');
  expect(await row.innerText()).toContain('3 人');
  await screenshot(page, 'wecom-h5-groups', ROOT_DOCS);
  await row.click();
  await expect.poll(() => page.getByTestId('group-count').innerText()).toContain('3 人（客户 2 人）');
  await expect.poll(() => page.getByTestId('group-member').count()).toBe(3);
  expect(await page.locator('body').innerText()).toContain('林小鹿');
});

test('群统计: my daily figures as owner from WeCom’s per-day statistics, a group made yesterday counted', async () => {
  const jwt = await cookie(employee, 'wedraw_wecom_token');
  const me = (await (await fetch(`${api}/wecom/employee/me`, { headers: { Authorization: `Bearer ${jwt}` } })).json()).data;
  const corpId = DEMO_CORP.corpId;
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${sandbox}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBeLessThan(300);
    return res.json();
  };
  const customer = (await post(`/_sandbox/wecom/${corpId}/client/add-customer`, { userid: me.userid, name: '赵小禾', welcomeCode: false })).customer
    .external_userid;
  // WeCom counts yesterday and before: the group is made on the sandbox's yesterday.
  await post('/_sandbox/clock', { advanceSeconds: -86_400 });
  try {
    await post(`/_sandbox/wecom/${corpId}/client/groups`, { owner: me.userid, name: '昨日新品群', members: [customer] });
  } finally {
    await post('/_sandbox/clock', { advanceSeconds: 86_400 });
  }
  const yesterday = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);

  await page.goto('/wecom/groups');
  await page.getByTestId('groups-stats').click();
  await page.waitForURL('**/wecom/groups/stats');
  await expect.poll(() => page.getByTestId('stats-bar').count()).toBe(30);
  expect(await page.getByTestId('stats-range').innerText()).toContain(yesterday);
  await expect.poll(() => page.getByTestId('stats-new-chats').innerText().then(Number)).toBeGreaterThanOrEqual(1);
  const row = page.locator(`[data-testid=stats-day][data-day="${yesterday}"]`);
  await expect.poll(() => row.innerText()).toContain('新增群 1 · 新成员 2');
  expect(await page.locator(`[data-testid=stats-bar][data-day="${yesterday}"]`).getAttribute('data-value')).toBe('2');
  await page.getByTestId('stats-metric').getByText('新增群').click();
  await expect.poll(() => page.locator(`[data-testid=stats-bar][data-day="${yesterday}"]`).getAttribute('data-value')).toBe('1');
  await page.getByTestId('stats-metric').getByText('新增成员').click();
  await screenshot(page, 'wecom-h5-group-stats', ROOT_DOCS);
});

test('群机器人: the robots the admin allows; a text sent reaches WeCom through the queue', async () => {
  await page.goto('/wecom');
  await page.getByTestId('wecom-entry-robots').click();
  await page.waitForURL('**/wecom/robots');
  await page.locator('[data-code="demo-wecom-robot"]').click();
  await page.getByTestId('robot-content').locator('textarea').fill('今晚 20:00 直播间上新，记得提醒客户');
  await screenshot(page, 'wecom-h5-robots', ROOT_DOCS);
  await page.getByTestId('robot-send').click();
  await expect.poll(() => page.locator('.van-toast').innerText()).toContain('已提交');
  const sb = new SandboxClient(sandbox);
  await expect
    .poll(async () => JSON.stringify(await sb.wecomMessages({ corpId: DEMO_CORP.corpId, kind: 'robot' })), { timeout: 15_000 })
    .toContain('今晚 20:00 直播间上新');
});

test('群机器人配置: a member the admin allows changes name, remark and message types; the webhook never shown', async () => {
  const robots = (await (await fetch(`${sandbox}/_sandbox/wecom/robots`)).json()) as { key: string }[];
  expect(robots.length).toBeGreaterThan(0);
  await page.goto('/wecom/robots');
  const row = page.locator('[data-code="demo-wecom-robot"]');
  await row.getByTestId('robot-configure').click();
  const popup = page.getByTestId('robot-settings');
  await expect.poll(() => popup.getByTestId('robot-settings-name').locator('input').inputValue()).toBe('运营通知群机器人');
  for (const { key } of robots) expect(await page.content()).not.toContain(key);
  await popup.getByTestId('robot-settings-name').locator('input').fill('运营通知（门店）');
  await popup.getByTestId('robot-settings-remark').locator('textarea').fill('只发门店活动，晚上 9 点后不发');
  await popup.locator('[data-type="file"]').click();
  await screenshot(page, 'wecom-h5-robot-settings', ROOT_DOCS);
  await popup.getByTestId('robot-settings-save').click();
  await expect.poll(() => page.locator('.van-toast').innerText()).toContain('已保存');
  await expect.poll(() => row.innerText()).toContain('只发门店活动');
  expect(await row.innerText()).toContain('运营通知（门店）');

  const jwt = await cookie(employee, 'wedraw_wecom_token');
  const listed = (await (await fetch(`${api}/wecom/employee/robots`, { headers: { Authorization: `Bearer ${jwt}` } })).json()).data;
  const demo = listed.find((r: { code: string }) => r.code === 'demo-wecom-robot');
  expect(demo).toMatchObject({ name: '运营通知（门店）', remark: '只发门店活动，晚上 9 点后不发', canConfigure: true });
  expect(demo.allowedTypes).not.toContain('file');
  expect(demo.allowedTypes).toContain('text');
  for (const { key } of robots) expect(JSON.stringify(listed)).not.toContain(key);
  // Only the settings an employee may change: the webhook stays the admin's.
  const res = await fetch(`${api}/wecom/employee/robots/demo-wecom-robot`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
    body: JSON.stringify({ webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcdefgh12345678' }),
  });
  expect(res.status).toBe(400);
});

test('a mall visitor (not an employee) is refused the directory', async () => {
  const visitor = await phone(browser, inject('h5Url'));
  try {
    const mall = await visitor.newPage();
    await mall.goto('/login?to=/me');
    await mall.waitForURL(`${sandbox}/connect/oauth2/authorize?**`);
    // Another fan than the journey's (the first): its points stay the journey's to count.
    await mall.getByText('以此身份授权').last().click();
    await mall.waitForURL('**/me');
    const jwt = (await cookie(visitor, 'wedraw_token'))!;
    expect(jwt).toMatch(/^ey/);

    const res = await fetch(`${api}/wecom/employee/members?q=a`, { headers: { Authorization: `Bearer ${jwt}` } });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({ name: 'NotAnEmployee' });

    // Even with the mall JWT where the employee's goes, the pages show the refusal, not the directory.
    await visitor.addCookies([{ name: 'wedraw_wecom_token', value: jwt, url: inject('h5Url') }]);
    await mall.goto('/wecom/directory');
    await expect.poll(() => mall.locator('.van-list__error-text').innerText()).toContain('仅企业微信成员可以使用');
    expect(await mall.getByTestId('directory-member').count()).toBe(0);
    await mall.goto('/wecom');
    await expect.poll(() => mall.locator('[data-state=error]').innerText()).toContain('仅企业微信成员可以使用');
  } finally {
    await visitor.close();
  }
});
