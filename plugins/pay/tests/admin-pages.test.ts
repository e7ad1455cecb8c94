import path from 'path';
import request from 'supertest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_APPS, DEMO_MERCHANT, type RunningSandbox } from '@wedraw/sandbox';
import { startAdminBrowser, type AdminBrowser } from '../../../cms/tests/harness/admin-browser';
import { orderOf, payer, payInWechat, placeOrder, startPaySandbox, until, withSandboxAccount, type PayStack } from './helpers';

/**
 * The 支付 page in a real browser (the admin panel as built by `strapi build`, Chromium) over data made
 * through the product's own paths: the sandbox's merchant account, the demo merchants and codes (the seed),
 * orders paid in WeChat (sandbox) with their notifications, a partial refund, a risk rule and its hit, and a
 * payment whose notification was lost. `UPDATE_SCREENSHOTS=1` saves each tab to docs/admin-pay-*.png.
 */
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve(__dirname, '..', '..', '..', 'docs') : null;
jest.setTimeout(300_000);
let admin: AdminBrowser;
let sandbox: RunningSandbox;
let stack: PayStack;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const data = {} as { paid: string; pending: string; lost: string; refundNo: string; blockedUserId: number; transactionId: string };

beforeAll(async () => {
  sandbox = await startPaySandbox();
  // No reconciliation sweep during the test: the lost payment is for 对账 to find.
  admin = await startAdminBrowser({ PAY_RECONCILE_AFTER_S: '3600' });
  stack = await withSandboxAccount(admin.cms, sandbox);
  await admin.cms.strapi.plugin('pay').service('demo').seed(sandbox.url);
  const api = () => ({ Authorization: `Bearer ${stack.adminJwt}` });

  // A coffee paid with the fixed-amount code (scanned first, as the pay page does), then partly refunded.
  const alice = await payer(stack);
  await request(admin.cms.url).get('/api/pay/merchants/DEMO01').query({ payCode: 'DEMO01-10' }).expect(200);
  const order = (await placeOrder(stack, alice.jwt, 'DEMO01', 1000, { payCode: 'DEMO01-10' }).expect(201)).body.data;
  await payInWechat(stack, order.orderNo, { openid: alice.openid });
  const paid = await until(
    () => orderOf(stack, alice.jwt, order.orderNo),
    (o) => o.status === 'paid',
  );
  expect(paid.points.awarded).toBe(10);
  const refund = await request(admin.cms.url)
    .post('/pay/refunds')
    .set(api())
    .send({ orderNo: order.orderNo, amount: 300, reason: '少做一杯', idempotencyKey: `${order.orderNo}-r1` })
    .expect(201);
  const refunded = await until(
    () => orderOf(stack, alice.jwt, order.orderNo),
    (o) => o.status === 'partially_refunded' && o.points.clawedBack === 3,
  );
  expect(refunded.status).toBe('partially_refunded');

  // An order left unpaid, one paid whose notification never arrives, and one refused by a risk rule.
  const bob = await payer(stack);
  const pending = (await placeOrder(stack, bob.jwt, 'DEMO01', 2580).expect(201)).body.data;
  const lost = (await placeOrder(stack, bob.jwt, 'DEMO01', 4200).expect(201)).body.data;
  await payInWechat(stack, lost.orderNo, { openid: bob.openid, notify: false });
  await request(admin.cms.url)
    .post('/pay/risk/rules')
    .set(api())
    .send({ name: '单笔超过 500 元', kind: 'amount', amount: 50000, count: 0, minutes: 0, userIds: [], action: 'block' })
    .expect(201);
  const blocked = await placeOrder(stack, bob.jwt, 'DEMO01', 60000);
  expect([blocked.status, blocked.body.error?.name]).toEqual([409, 'RiskBlocked']);

  Object.assign(data, {
    paid: order.orderNo,
    pending: pending.orderNo,
    lost: lost.orderNo,
    refundNo: refund.body.data.refundNo,
    blockedUserId: bob.id,
    transactionId: paid.transactionId ?? '',
  });
}, 900_000);
afterAll(async () => {
  try {
    await admin?.close();
  } finally {
    await sandbox?.close();
  }
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `admin-pay-${name}.png`), fullPage: true });
}
const row = (panel: Locator, text: string) => panel.locator('tr', { hasText: text });
async function rowText(panel: Locator, text: string): Promise<string> {
  await row(panel, text).first().waitFor();
  return row(panel, text).first().innerText();
}

test('商户号, 商户与收款码, 支付订单 (filters, detail with the notify log), 退款, 风控, 对账 show the real data', async () => {
  const page = await admin.loggedIn();
  await page.locator('nav a[href$="/plugins/pay"]').click();
  await page.getByRole('tab', { name: '商户号', exact: true }).waitFor({ timeout: 30_000 });
  expect(await page.getByRole('tab').allInnerTexts()).toEqual(['商户号', '商户与收款码', '支付订单', '退款', '风控', '对账']);
  const panel = page.getByRole('tabpanel');

  // 商户号: the sandbox account, its mode and key id; the secrets only as set / not set.
  const account = await rowText(panel, DEMO_MERCHANT.mchId);
  expect(account).toContain('沙箱商户号');
  expect(account).toContain(`小程序 ${DEMO_APPS.miniprogram.appId}`);
  expect(account).toContain('公钥');
  expect(account).toContain(`公钥 ${DEMO_MERCHANT.wechatpayPublicKeyId}`);
  expect(account).toContain('私钥已设置，APIv3 密钥已设置');
  expect(account).toContain('启用');
  await panel.getByText('新增商户号').waitFor();
  await shot(page, 'accounts');

  // In certificate modes the row has a third action (下载平台证书): every action stays on screen.
  const accountId = (
    await request(admin.cms.url)
      .get('/pay/accounts')
      .set({ Authorization: `Bearer ${stack.adminJwt}` })
      .expect(200)
  ).body.data.find((a: { mchId: string }) => a.mchId === DEMO_MERCHANT.mchId).id;
  const setMode = (verificationMode: string) =>
    request(admin.cms.url)
      .put(`/pay/accounts/${accountId}`)
      .set({ Authorization: `Bearer ${stack.adminJwt}` })
      .send({ verificationMode })
      .expect(200);
  await setMode('switching');
  await page.getByRole('tab', { name: '商户与收款码', exact: true }).click();
  await page.getByRole('tab', { name: '商户号', exact: true }).click();
  const download = row(panel, DEMO_MERCHANT.mchId).getByRole('button', { name: '下载平台证书' });
  await download.waitFor();
  const width = page.viewportSize()!.width;
  for (const button of await row(panel, DEMO_MERCHANT.mchId).getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  }
  await setMode('publicKey');

  // 商户与收款码: the seeded merchants, their codes with a QR image and the scan / paid counts.
  await page.getByRole('tab', { name: '商户与收款码', exact: true }).click();
  await panel.getByText('演示咖啡店（DEMO01）').waitFor();
  await panel.getByText('演示书店（暂停收款）（DEMO02）').waitFor();
  const coffee = await rowText(panel, 'DEMO01-10');
  expect(coffee).toContain('美式咖啡（10 元）');
  expect(coffee).toContain('¥10.00');
  expect(coffee).toContain('1 / 1');
  expect(coffee).toContain('/pay/DEMO01?code=DEMO01-10');
  expect(await rowText(panel, 'DEMO01-ANY')).toContain('任意金额');
  const qr = panel.getByRole('img', { name: '收款码 DEMO01-10' });
  await qr.waitFor();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await shot(page, 'merchants');

  // 支付订单: the list, the status and order-number filters, one order's detail with its notify log.
  await page.getByRole('tab', { name: '支付订单', exact: true }).click();
  const paidRow = await rowText(panel, data.paid);
  expect(paidRow).toContain('演示咖啡店');
  expect(paidRow).toContain('¥10.00（退 ¥3.00）');
  expect(paidRow).toContain('部分退款');
  expect(paidRow).toContain('+10 / -3');
  expect(await rowText(panel, data.pending)).toContain('待支付');
  await shot(page, 'orders');
  await panel.getByRole('combobox').first().click();
  await page.getByRole('option', { name: '待支付', exact: true }).click();
  await row(panel, data.paid).waitFor({ state: 'detached' });
  expect(await rowText(panel, data.pending)).toContain('¥25.80');
  expect(await rowText(panel, data.lost)).toContain('¥42.00');
  await panel.getByRole('combobox').first().click();
  await page.getByRole('option', { name: '全部状态', exact: true }).click();
  await panel.getByPlaceholder('订单号').fill(data.paid);
  await row(panel, data.pending).waitFor({ state: 'detached' });
  await row(panel, data.paid).getByRole('button', { name: '详情' }).click();
  await panel.getByText(`订单 ${data.paid}`).waitFor();
  await panel.getByText(`微信支付单号 ${data.transactionId}`).waitFor();
  await panel.getByText(`退款：${data.refundNo} ¥3.00 退款成功，扣回 3 积分`).waitFor();
  const payNotify = await rowText(panel, '支付通知');
  expect(payNotify).toContain('通过');
  expect(payNotify).toContain('204');
  expect(payNotify).toContain('已入账并发积分');
  expect(payNotify).toContain(DEMO_MERCHANT.wechatpayPublicKeyId);
  expect(await rowText(panel, '退款通知')).toContain('退款已完成');
  await shot(page, 'order-detail');

  // 退款: the partial refund, succeeded, with the points taken back.
  await page.getByRole('tab', { name: '退款', exact: true }).click();
  const refundRow = await rowText(panel, data.refundNo);
  expect(refundRow).toContain(data.paid);
  expect(refundRow).toContain('¥3.00');
  expect(refundRow).toContain('退款成功');
  expect(refundRow).toContain('少做一杯');
  await panel.getByText('退款成功后按退款比例扣回该订单发放的积分', { exact: false }).waitFor();
  await shot(page, 'refunds');

  // 风控: the built-in rules, the operator's rule, and its hit.
  await page.getByRole('tab', { name: '风控', exact: true }).click();
  expect(await rowText(panel, '1 分钟内支付超过 10 次')).toContain('1 分钟内超过 10 次');
  const rule = await rowText(panel, '单笔超过 ¥500.00');
  expect(rule).toContain('单笔金额');
  expect(rule).toContain('拦截');
  await panel.getByText('命中记录', { exact: true }).waitFor();
  const hit = await rowText(panel, '金额 600.00 元超过 500.00 元');
  expect(hit).toContain('单笔超过 500 元');
  expect(hit).toContain(`#${data.blockedUserId}`);
  expect(hit).toContain('DEMO01');
  expect(hit).toContain('¥600.00');
  await shot(page, 'risk');

  // 对账: today's bill (the sandbox serves it at once) has the lost payment; 查询并补单 settles it.
  await page.getByRole('tab', { name: '对账', exact: true }).click();
  await panel.locator('input[type=date]').fill(today());
  await panel.getByRole('button', { name: '下载账单并对账' }).click();
  await panel.getByText(`账单 ${today()}：支付 2 笔 ¥52.00，退款 1 笔 ¥3.00；本系统当日支付 1 笔 ¥10.00，退款 1 笔 ¥3.00。`).waitFor();
  const difference = await rowText(panel, data.lost);
  expect(difference).toContain('账单已支付，本系统未支付（通知丢失？）');
  expect(difference).toContain('¥42.00');
  expect(difference).toContain('待支付');
  await page
    .getByText('已下载账单并对账')
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await shot(page, 'bills');
  await row(panel, data.lost).getByRole('button', { name: '查询并补单' }).click();
  await panel.getByText('没有差异：账单与本系统一致').waitFor();
  await panel.getByText('本系统当日支付 2 笔 ¥52.00').waitFor();
  await page.context().close();
});
