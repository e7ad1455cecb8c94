import type { Page } from 'playwright-core';
import { startAdminBrowser, type AdminBrowser } from '../../../cms/tests/harness/admin-browser';
import { AUDIT_ENV, createAdmin, PASSWORD } from './helpers';

/**
 * The captcha on Strapi's own login page and the 安全审计 pages, in a real browser: the admin panel
 * as built by `strapi build`, served by a test CMS, driven with the system's Chromium.
 */
let admin: AdminBrowser;

beforeAll(async () => {
  admin = await startAdminBrowser(AUDIT_ENV);
}, 900_000);
afterAll(async () => {
  await admin?.close();
});

let seq = 0;
/** A login page "from" an IP of its own (the test instance trusts X-Forwarded-For). */
async function loginPage(): Promise<Page> {
  const context = await admin.context({ 'X-Forwarded-For': `10.66.${++seq}.1` });
  const page = await context.newPage();
  await page.goto('/admin/auth/login');
  await page.locator('input[name=email]').waitFor();
  return page;
}

async function submit(page: Page, email: string, password: string): Promise<void> {
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  const answered = page.waitForResponse((res) => res.url().endsWith('/admin/login') && res.request().method() === 'POST');
  await page.locator('button[type=submit]').click();
  await answered;
}

/** The answer of the captcha the page shows, read where the server keeps it. */
async function answerShown(page: Page, issued: Promise<{ id: string }>): Promise<string> {
  const { id } = await issued;
  await page.locator('#wedraw-login-captcha img[src^="data:image/svg+xml"]').waitFor();
  const answer = await admin.cms.strapi.plugin('audit').service('counters').get(`captcha:${id}`);
  expect(answer).toEqual(expect.any(String));
  return answer as string;
}
const nextCaptcha = (page: Page) =>
  page.waitForResponse((res) => res.url().endsWith('/audit/captcha')).then(async (res) => ((await res.json()) as { data: { id: string } }).data);

test('after 3 failed logins the login page shows a captcha; a wrong answer is refused in Chinese, the right one logs in', async () => {
  const email = await createAdmin(admin.cms.strapi);
  const page = await loginPage();
  await submit(page, email, 'wrong-Passw0rd');
  await submit(page, email, 'wrong-Passw0rd');
  expect(await page.locator('#wedraw-login-captcha').count()).toBe(0);

  let issued = nextCaptcha(page);
  await submit(page, email, 'wrong-Passw0rd');
  await answerShown(page, issued);
  await page.getByText('图形验证码').waitFor();

  issued = nextCaptcha(page);
  await page.locator('#wedraw-captcha-input').fill('zzzz');
  await submit(page, email, PASSWORD);
  await page
    .getByText(/验证码/)
    .filter({ hasNotText: '图形验证码' })
    .first()
    .waitFor();
  expect(page.url()).toContain('/auth/login');

  const answer = await answerShown(page, issued);
  await page.locator('#wedraw-captcha-input').fill(answer);
  await submit(page, email, PASSWORD);
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  await page.context().close();
});

test('安全审计: the login log lists the attempts in Chinese, the operation log a write, 在线管理员 the session', async () => {
  const email = await createAdmin(admin.cms.strapi);
  const page = await loginPage();
  await submit(page, email, 'wrong-Passw0rd');
  await submit(page, email, PASSWORD);
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));

  await page.locator('nav a[href$="/plugins/audit"]').click();
  const tabs = page.getByRole('tab');
  await tabs.first().waitFor();
  expect(await tabs.allInnerTexts()).toEqual(['登录日志', '操作日志', '在线管理员', '安全设置']);

  // A write the operation log records: the security settings saved on their tab.
  await page.getByRole('tab', { name: '安全设置' }).click();
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('已保存').waitFor();

  await page.getByRole('tab', { name: '登录日志' }).click();
  const mine = page.getByRole('row').filter({ hasText: email });
  await mine.filter({ hasText: '失败' }).first().waitFor();
  await mine.filter({ hasText: '成功' }).first().waitFor();

  await page.getByRole('tab', { name: '操作日志' }).click();
  await page
    .getByRole('row')
    .filter({ hasText: email.split('@')[0]! })
    .filter({ hasText: '安全审计' })
    .first()
    .waitFor({ timeout: 15_000 });

  await page.getByRole('tab', { name: '在线管理员' }).click();
  await page.getByText(/当前在线 \d+ 个会话/).waitFor();
  await page.getByRole('row').filter({ hasText: email }).getByRole('button', { name: '强制下线' }).waitFor();
  await page.context().close();
});
