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
