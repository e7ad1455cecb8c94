import request from 'supertest';
import { DEMO_MERCHANT } from '@wedraw/sandbox';
import { bootPay, createMerchant, handMadeNotify, OA_APP, orderOf, payer, payInWechat, placeOrder, stopPay, until, type PayStack } from './helpers';

let stack: PayStack;
beforeAll(async () => {
  // A long order life: the expiry job must not find the lost payment before the bill does.
  stack = await bootPay({ PAY_ORDER_TTL_SECONDS: '900' });
  await createMerchant(stack, 'C01');
}, 180_000);
afterAll(() => stopPay(stack));

const admin = () => ({ Authorization: `Bearer ${stack.adminJwt}` });
const sandboxMode = (mode: string, switchingPublicKeyShare?: number) =>
  fetch(`${stack.sandbox.url}/_sandbox/pay/merchant/mode`, { method: 'POST', body: JSON.stringify({ mode, switchingPublicKeyShare }) }).then((r) => r.json());
const accountMode = (verificationMode: string) =>
  request(stack.cms.url).put(`/pay/accounts/${stack.accountId}`).set(admin()).send({ verificationMode }).expect(200);

/** An order paid in WeChat (sandbox), its notification verified and applied: the serial that signed it. */
async function payAndSettle(): Promise<{ orderNo: string; serial: string }> {
  const user = await payer(stack);
  const order = (await placeOrder(stack, user.jwt, 'C01', 200).expect(201)).body.data;
  await payInWechat(stack, order.orderNo, { openid: user.openid });
  const paid = await until(
    () => orderOf(stack, user.jwt, order.orderNo),
    (o) => o.status === 'paid',
  );
  expect(paid.status).toBe('paid');
  const log = await stack.cms.strapi.db.query('plugin::pay.notify-log').findOne({ where: { orderNo: order.orderNo, outcome: 'paid' } });
  return { orderNo: order.orderNo as string, serial: log.serial as string };
}

test('a notification is accepted in each mode: public key, platform certificate, switching (either key)', async () => {
  expect((await payAndSettle()).serial).toBe(DEMO_MERCHANT.wechatpayPublicKeyId);

  const sandbox = (await sandboxMode('platformCertificate')) as { platformSerialNo: string };
  const certMode = await accountMode('platformCertificate');
  expect(certMode.body.data).toMatchObject({ verificationMode: 'platformCertificate', certificatesError: null });
  expect(certMode.body.data.platformCertificates.map((c: { serialNo: string }) => c.serialNo)).toEqual([sandbox.platformSerialNo]);
  expect(JSON.stringify(certMode.body.data)).not.toContain('BEGIN CERTIFICATE');
  // Prepay answers (signed by the certificate) verify, and so does the notification.
  expect((await payAndSettle()).serial).toBe(sandbox.platformSerialNo);

  await accountMode('switching');
  await sandboxMode('switching', 0);
  expect((await payAndSettle()).serial).toBe(sandbox.platformSerialNo);
  await sandboxMode('switching', 1);
  expect((await payAndSettle()).serial).toBe(DEMO_MERCHANT.wechatpayPublicKeyId);

  // Refreshing by hand downloads them again.
  const refreshed = await request(stack.cms.url).post(`/pay/accounts/${stack.accountId}/certificates`).set(admin()).expect(200);
  expect(refreshed.body.data.certificatesFetchedAt).toBeTruthy();
}, 90_000);

test('a notification signed by an unknown serial is 401 and changes nothing', async () => {
  const user = await payer(stack);
  const order = (await placeOrder(stack, user.jwt, 'C01', 300).expect(201)).body.data;
  const resource = {
    appid: OA_APP,
    mchid: DEMO_MERCHANT.mchId,
    out_trade_no: order.orderNo,
    transaction_id: '4200000000009',
    trade_state: 'SUCCESS',
    amount: { total: 300 },
    payer: { openid: user.openid },
  };
  const forged = handMadeNotify(resource, { serial: '7B77A1B2C3D4E5F60718293A4B5C6D7E8F901234' });
  const res = await request(stack.cms.url).post(`/api/pay/notify/${DEMO_MERCHANT.mchId}`).set(forged.headers).send(forged.body);
  expect([res.status, res.body.error?.name]).toEqual([401, 'InvalidSignature']);
  expect(await orderOf(stack, user.jwt, order.orderNo)).toMatchObject({ status: 'pending', points: { awarded: 0 } });
  const log = await stack.cms.strapi.db.query('plugin::pay.notify-log').findOne({ where: { serial: '7B77A1B2C3D4E5F60718293A4B5C6D7E8F901234' } });
  expect(log).toMatchObject({ verified: false, status: 401 });
});

test("the day's trade bill shows a payment whose notification was lost as a difference", async () => {
  await sandboxMode('publicKey');
  await accountMode('publicKey');
  const settled = await payAndSettle();
  const user = await payer(stack);
  const lost = (await placeOrder(stack, user.jwt, 'C01', 880).expect(201)).body.data;
  await payInWechat(stack, lost.orderNo, { notify: false });
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const res = await request(stack.cms.url).get('/pay/bills').query({ accountId: stack.accountId, date: today }).set(admin()).expect(200);
  const cmp = res.body.data;
  expect(cmp.bill.sha1).toMatch(/^[0-9a-f]{40}$/);
  expect(cmp.bill.payments).toBe(cmp.ours.payments + 1);
  expect(cmp.differences).toEqual([
    { kind: 'not-paid-here', orderNo: lost.orderNo, transactionId: expect.stringMatching(/^42/), billAmount: 880, ourAmount: 880, ourStatus: 'pending' },
  ]);
  expect(cmp.differences.map((d: { orderNo: string }) => d.orderNo)).not.toContain(settled.orderNo);

  // A day without transactions has no bill; a bad date names the field.
  const empty = await request(stack.cms.url).get('/pay/bills').query({ accountId: stack.accountId, date: '2020-01-01' }).set(admin()).expect(200);
  expect(empty.body.data).toMatchObject({ bill: null, differences: [] });
  const bad = await request(stack.cms.url).get('/pay/bills').query({ accountId: stack.accountId, date: '2020-1-1' }).set(admin()).expect(400);
  expect(JSON.stringify(bad.body.error.details)).toContain('date');
}, 60_000);
