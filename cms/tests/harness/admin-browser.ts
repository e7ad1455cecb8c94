import { chromium, type Browser, type BrowserContext } from 'playwright-core';
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
  close(): Promise<void>;
}

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
  return {
    cms,
    browser,
    async context(headers) {
      const context = await browser.newContext({ baseURL: cms.url, locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
      if (headers) await context.setExtraHTTPHeaders(headers);
      return context;
    },
    async close() {
      await browser.close();
      await cms.stop();
    },
  };
}
