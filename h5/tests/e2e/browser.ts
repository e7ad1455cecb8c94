import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** What WeChat's in-app browser on an iPhone says it is. */
export const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x18003237) NetType/WIFI Language/zh_CN';

/**
 * Where the e2e run saves its page screenshots: a scratch folder, so a test run leaves the work tree
 * clean; `UPDATE_SCREENSHOTS=1 npm test -w h5` refreshes the ones in docs/ that the README shows.
 */
export const SCREENSHOTS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  ...(process.env.UPDATE_SCREENSHOTS === '1' ? ['..', 'docs', 'screenshots'] : ['.tmp', 'screenshots']),
);

/** Debian's Chromium (never a downloaded one), headless. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A phone: 375×667 viewport, touch, zh-CN, WeChat's user agent. */
export function phone(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    userAgent: WECHAT_UA,
  });
}

/** The repository's docs/ folder under `UPDATE_SCREENSHOTS=1` (the WeCom H5's pictures), the scratch folder otherwise. */
export const ROOT_DOCS = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve(SCREENSHOTS, '..', '..', '..', 'docs') : SCREENSHOTS;

export async function screenshot(page: Page, name: string, folder = SCREENSHOTS): Promise<void> {
  mkdirSync(folder, { recursive: true });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // Toasts fade after 2 s: the picture shows the page, not the toast.
  await page
    .locator('.van-toast')
    .first()
    .waitFor({ state: 'hidden', timeout: 4000 })
    .catch(() => undefined);
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
}

/** Reads JSON from the CMS as a test would check what the page shows. */
export async function cmsJson<T>(url: string, jwt?: string): Promise<T> {
  const res = await fetch(url, { headers: jwt ? { Authorization: `Bearer ${jwt}` } : {} });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}
