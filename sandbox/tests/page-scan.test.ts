import { chromium, type Browser, type Page } from 'playwright-core';
import { buildAuthorization, DEMO_APPS } from '../src';
import { receiver, useSandbox, type Json } from './helpers';

/**
 * The sandbox page's phone scans a payment code: a pay page opens in the phone frame (here a stand-in
 * page; in `npm run dev` WeDraw's H5), the order it creates shows in the pay sheet, and 确认支付 pays it.
 */
const ctx = useSandbox({ pay: { notifyMsPerSecond: 2, refundDelayMs: 20 } }, { resetEach: true });
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}, 60_000);
afterAll(() => browser?.close());
beforeEach(async () => {
  page = await browser.newPage();
});
afterEach(() => page?.close());

async function prepay(kind: 'jsapi' | 'native', outTradeNo: string, notifyUrl: string): Promise<Json> {
  const m = (await (await fetch(`${ctx.sb.url}/_sandbox/pay/merchant`)).json()) as Json;
  const body = JSON.stringify({
    appid: DEMO_APPS.official.appId,
    mchid: m.mchId,
    description: '演示咖啡店-美式咖啡',
    out_trade_no: outTradeNo,
    notify_url: notifyUrl,
    amount: { total: 1000 },
    ...(kind === 'jsapi' ? { payer: { openid: 'oScan0001' } } : {}),
  });
  const path = `/v3/pay/transactions/${kind}`;
  const auth = buildAuthorization(m.mchId, m.serialNo, m.privateKeyPem, 'POST', path, body, Math.floor(Date.now() / 1000));
  return (await (
    await fetch(`${ctx.sb.url}${path}`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body })
  ).json()) as Json;
}

const stateOf = async (outTradeNo: string) =>
  ((await (await fetch(`${ctx.sb.url}/_sandbox/pay/transactions`)).json()) as Json).transactions.find((t: Json) => t.out_trade_no === outTradeNo)?.trade_state;

test('扫一扫 a registered code opens its pay page in the phone; the order it makes is paid in the sheet', async () => {
  const merchantSite = await receiver((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<h1 id="h5">演示咖啡店 支付页</h1>');
  });
  try {
    await fetch(`${ctx.sb.url}/_sandbox/pay/scan-codes`, {
      method: 'POST',
      body: JSON.stringify({ codes: [{ name: '演示咖啡店 · 美式咖啡（10 元）', url: `${merchantSite.url}/pay/DEMO01?code=DEMO01-10` }] }),
    });
    await page.goto(ctx.sb.url);
    await page.getByTestId('scan').click();
    await page.getByText('演示咖啡店 · 美式咖啡（10 元）').click();
    await page.frameLocator('[data-testid="pay-frame"]').locator('#h5').waitFor();
    // The pay page creates the order (JSAPI prepay): WeChat shows its pay sheet.
    await prepay('jsapi', 'SCAN20260001', `${merchantSite.url}/notify`);
    await page.getByTestId('pay-sheet').waitFor({ state: 'visible' });
    expect(await page.locator('#pay-sheet-amount').innerText()).toBe('¥10.00');
    await page.locator('#pay-sheet-pay').click();
    for (let i = 0; i < 50 && (await stateOf('SCAN20260001')) !== 'SUCCESS'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await stateOf('SCAN20260001')).toBe('SUCCESS');
  } finally {
    await merchantSite.close();
  }
}, 60_000);

test('扫一扫 a Native code_url shows its order in the sheet straight away', async () => {
  const hook = await receiver((_req, res) => {
    res.statusCode = 204;
    res.end();
  });
  try {
    const { code_url } = await prepay('native', 'SCAN20260002', hook.url);
    await page.goto(ctx.sb.url);
    await page.getByTestId('scan').click();
    await page.locator('#scan-url').fill(code_url as string);
    await page.locator('#scan-form button').click();
    await page.getByTestId('pay-sheet').waitFor({ state: 'visible' });
    await page.locator('#pay-sheet-pay').click();
    for (let i = 0; i < 50 && (await stateOf('SCAN20260002')) !== 'SUCCESS'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await stateOf('SCAN20260002')).toBe('SUCCESS');
  } finally {
    await hook.close();
  }
}, 60_000);
