import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, phone, screenshot } from './browser';

/**
 * The pay page a payment code opens: log in, pay the code's fixed 10 yuan. Chromium has no
 * WeixinJSBridge, so a stand-in hands the prepay_id to the sandbox's payer (as the WeChat app
 * would), whose notification makes the order paid; the page shows the points earned.
 */
const sandbox = inject('sandboxUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await phone(browser, inject('h5Url'));
  page = await context.newPage();
  await page.exposeFunction('__payInSandbox', async (prepayId: string) => {
    const res = await fetch(`${sandbox}/_sandbox/pay/pay`, { method: 'POST', body: JSON.stringify({ prepayId }) });
    return res.ok;
  });
  await page.addInitScript(() => {
    const w = window as unknown as { WeixinJSBridge: unknown; __payInSandbox(id: string): Promise<boolean> };
    w.WeixinJSBridge = {
      invoke(_name: string, params: { package: string }, done: (r: { err_msg: string }) => void) {
        void w
          .__payInSandbox(params.package.replace('prepay_id=', ''))
          .then((ok) => done({ err_msg: ok ? 'get_brand_wcpay_request:ok' : 'get_brand_wcpay_request:fail' }));
      },
    };
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

test('a payment code opens the pay page; paying the fixed amount earns its points', { timeout: 120_000 }, async () => {
  await page.goto('/pay/DEMO01?code=DEMO01-10');
  await page.waitForURL(`${sandbox}/connect/oauth2/authorize?**`);
  await page.getByText('以此身份授权').first().click();
  await page.waitForURL('**/pay/DEMO01?code=DEMO01-10');
  await page
    .getByTestId('pay-merchant')
    .waitFor({ timeout: 20_000 })
    .catch(async (err) => {
      console.log(page.url(), await page.locator('body').innerText());
      throw err;
    });
  expect(await page.getByTestId('pay-merchant').innerText()).toBe('演示咖啡店');
  await expect.poll(() => page.getByTestId('pay-amount').innerText()).toBe('¥10.00');
  await screenshot(page, 'pay-page');
  await page.getByTestId('pay-button').click();
  await expect.poll(() => page.getByTestId('pay-points').innerText(), { timeout: 20_000 }).toBe('获得 10 积分');
  await screenshot(page, 'pay-result');
});

test('a closed merchant says so and offers no payment', async () => {
  await page.goto('/pay/DEMO02');
  await expect.poll(() => page.getByTestId('pay-closed').innerText()).toBe('该商户暂停收款');
  expect(await page.getByTestId('pay-button').count()).toBe(0);
});
