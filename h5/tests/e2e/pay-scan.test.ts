import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';

/**
 * The whole loop on the sandbox page: the phone scans the payment code, the H5 pay page opens in the
 * phone frame, the visitor authorizes and pays; with no WeixinJSBridge in the frame the payer confirms
 * in the sandbox's pay sheet, and the H5 shows the points earned.
 */
const sandbox = inject('sandboxUrl');
const h5 = inject('h5Url');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

test('扫一扫 on the sandbox phone opens the pay page and pays it', { timeout: 120_000 }, async () => {
  const url = `${h5}/pay/DEMO01?code=DEMO01-10`;
  await fetch(`${sandbox}/_sandbox/pay/scan-codes`, { method: 'POST', body: JSON.stringify({ codes: [{ name: '演示咖啡店 · 美式咖啡（10 元）', url }] }) });
  await page.goto(sandbox);
  await page.getByTestId('scan').click();
  await page.locator(`[data-scan="${url}"]`).click();
  const frame = page.frameLocator('[data-testid="pay-frame"]');
  await frame.getByText('以此身份授权').first().click({ timeout: 30_000 });
  await expect.poll(() => frame.getByTestId('pay-amount').innerText(), { timeout: 30_000 }).toBe('¥10.00');
  await frame.getByTestId('pay-button').click();
  await page.getByTestId('pay-sheet').waitFor({ state: 'visible', timeout: 20_000 });
  expect(await page.locator('#pay-sheet-amount').innerText()).toBe('¥10.00');
  await page.locator('#pay-sheet-pay').click();
  await expect.poll(() => frame.getByTestId('pay-points').innerText(), { timeout: 30_000 }).toBe('获得 10 积分');
});
