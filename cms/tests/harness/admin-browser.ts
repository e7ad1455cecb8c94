import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ensureAdminBuild } from './admin-build';
import { startCms, type TestCms } from './strapi';

/**
 * The admin panel in a real browser: the panel as built by `strapi build` (built first when stale),
 * served by a test CMS, driven with the system's Chromium (CHROME_PATH, else Debian's).
 */
export interface AdminBrowser {
  cms: TestCms;
  browser: Browser;
  /** A fresh browser context on the test CMS, in Chinese, at a desktop size. */
  context(headers?: Record<string, string>): Promise<BrowserContext>;
  /** A new admin holding one role (the super admin's when none is given), logged in through the login form, in a context of its own. */
  loggedIn(roleId?: number): Promise<Page>;
  close(): Promise<void>;
}

const PASSWORD = 'Operat0rPass';
let seq = 0;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export async function startAdminBrowser(env: Record<string, string | undefined> = {}): Promise<AdminBrowser> {
  ensureAdminBuild();
  const cms = await startCms(env, undefined, { serveAdminPanel: true });
  const browser = await launchChromium();
  const context = async (headers?: Record<string, string>): Promise<BrowserContext> => {
    const created = await browser.newContext({ baseURL: cms.url, locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    if (headers) await created.setExtraHTTPHeaders(headers);
    return created;
  };
  return {
    cms,
    browser,
    context,
    async loggedIn(roleId?: number): Promise<Page> {
      const role = roleId ?? (await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } })).id;
      const email = `operator${++seq}_${Date.now()}@example.com`;
      await cms.strapi
        .service('admin::user')
        .create({ email, firstname: '运营', lastname: '乙', password: PASSWORD, isActive: true, registrationToken: null, roles: [role] });
      const page = await (await context()).newPage();
      await page.goto('/admin/auth/login');
      await page.locator('input[name=email]').fill(email);
      await page.locator('input[name=password]').fill(PASSWORD);
      await page.locator('button[type=submit]').click();
      await page.waitForURL((url: URL) => !url.pathname.includes('/auth/'));
      return page;
    },
    async close() {
      await browser.close();
      await cms.stop();
    },
  };
}
