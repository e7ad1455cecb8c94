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

/** How many times WeChat Pay (sandbox) was asked for its platform certificates. */
const certificateDownloads = async () =>
  ((await (await fetch(`${stack.sandbox.url}/_sandbox/counters`)).json()) as Record<string, { calls: number }>)['/v3/certificates']?.calls ?? 0;

test('certificate mode: a callback naming a serial we do not hold downloads the certificates again, at most once a minute per account', async () => {
  const sandbox = (await sandboxMode('platformCertificate')) as { platformSerialNo: string };
  await accountMode('platformCertificate');
  const user = await payer(stack);
  const rotated = (await placeOrder(stack, user.jwt, 'C01', 400).expect(201)).body.data;
  // WeChat Pay now signs with a certificate we have not downloaded yet (a rotation between two refreshes).
  await stack.cms.strapi.db.query('plugin::pay.merchant-account').update({ where: { id: stack.accountId }, data: { platformCertificates: [] } });
  const before = await certificateDownloads();
  await payInWechat(stack, rotated.orderNo, { openid: user.openid });
  const paid = await until(
    () => orderOf(stack, user.jwt, rotated.orderNo),
    (o) => o.status === 'paid',
  );
  expect(paid).toMatchObject({ status: 'paid', points: { awarded: 4 } });
  expect(await certificateDownloads()).toBe(before + 1);
  const log = await stack.cms.strapi.db.query('plugin::pay.notify-log').findMany({ where: { orderNo: rotated.orderNo } });
  expect(log.map((l: { serial: string; status: number }) => [l.serial, l.status])).toEqual([[sandbox.platformSerialNo, 204]]);

  // Forged serials within the minute: 401, nothing changed, no download.
  const target = (await placeOrder(stack, user.jwt, 'C01', 500).expect(201)).body.data;
  const resource = {
    appid: OA_APP,
    mchid: DEMO_MERCHANT.mchId,
    out_trade_no: target.orderNo,
    transaction_id: '4200000000077',
    trade_state: 'SUCCESS',
    amount: { total: 500 },
    payer: { openid: user.openid },
  };
  const forge = (i: number) => {
    const n = handMadeNotify(resource, { serial: `5E${String(i).padStart(38, '0')}` });
    return request(stack.cms.url).post(`/api/pay/notify/${DEMO_MERCHANT.mchId}`).set(n.headers).send(n.body);
  };
  const burst = async (from: number) => (await Promise.all([0, 1, 2, 3, 4].map((i) => forge(from + i)))).map((r) => r.status);
  expect(await burst(0)).toEqual([401, 401, 401, 401, 401]);
  for (const i of [10, 11, 12]) expect((await forge(i)).status).toBe(401);
  expect(await certificateDownloads()).toBe(before + 1);

  // A minute later (the window's Redis key expired), a burst of forged serials downloads once, and is still refused.
  const runtime = stack.cms.strapi.service('api::platform.runtime') as unknown as { redis(): { del(key: string): Promise<number> }; keyPrefix(): string };
  expect(await runtime.redis().del(`${runtime.keyPrefix()}pay:cert-refresh:${stack.accountId}`)).toBe(1);
  expect(await burst(20)).toEqual([401, 401, 401, 401, 401]);
  expect(await certificateDownloads()).toBe(before + 2);
  expect(await orderOf(stack, user.jwt, target.orderNo)).toMatchObject({ status: 'pending', points: { awarded: 0 } });
  const refused = await stack.cms.strapi.db.query('plugin::pay.notify-log').count({ where: { serial: { $startsWith: '5E' }, status: 401, verified: false } });
  expect(refused).toBe(13);

  // No certificate held at all (none downloaded yet): the call cannot be verified and fails (502, no order left); the certificates are downloaded for the next.
  await stack.cms.strapi.db.query('plugin::pay.merchant-account').update({ where: { id: stack.accountId }, data: { platformCertificates: [] } });
  await runtime.redis().del(`${runtime.keyPrefix()}pay:cert-refresh:${stack.accountId}`);
  const unverified = await placeOrder(stack, user.jwt, 'C01', 600);
  expect([unverified.status, unverified.body.error?.name]).toEqual([502, 'PayUnavailable']);
  expect(await certificateDownloads()).toBe(before + 3);
  await placeOrder(stack, user.jwt, 'C01', 600).expect(201);

  // In public-key mode an unknown serial never downloads anything.
  await sandboxMode('publicKey');
  await accountMode('publicKey');
  await runtime.redis().del(`${runtime.keyPrefix()}pay:cert-refresh:${stack.accountId}`);
  const inPublicKeyMode = await certificateDownloads();
  expect(await burst(30)).toEqual([401, 401, 401, 401, 401]);
  expect(await certificateDownloads()).toBe(inPublicKeyMode);
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

test("the day's trade bill shows a payment and a refund whose notifications were lost as differences", async () => {
  await sandboxMode('publicKey');
  await accountMode('publicKey');
  const settled = await payAndSettle();
  const user = await payer(stack);
  const lost = (await placeOrder(stack, user.jwt, 'C01', 880).expect(201)).body.data;
  await payInWechat(stack, lost.orderNo, { notify: false });
  // Two partial refunds of the settled order complete at WeChat Pay; the second one's completion is lost here.
  const refund = async (amount: number, key: string) => {
    const r = await request(stack.cms.url).post('/pay/refunds').set(admin()).send({ orderNo: settled.orderNo, amount, idempotencyKey: key }).expect(201);
    return until(
      () => stack.cms.strapi.db.query('plugin::pay.refund').findOne({ where: { refundNo: r.body.data.refundNo } }),
      (row) => row?.status === 'success',
    );
  };
  const matched = await refund(50, `${settled.orderNo}-bill-1`);
  const unfinished = await refund(30, `${settled.orderNo}-bill-2`);
  expect([matched.status, unfinished.status]).toEqual(['success', 'success']);
  await stack.cms.strapi.db.query('plugin::pay.refund').update({ where: { id: unfinished.id }, data: { status: 'processing', finishedAt: null } });

  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const res = await request(stack.cms.url).get('/pay/bills').query({ accountId: stack.accountId, date: today }).set(admin()).expect(200);
  const cmp = res.body.data;
  expect(cmp.bill.sha1).toMatch(/^[0-9a-f]{40}$/);
  expect(cmp.bill.payments).toBe(cmp.ours.payments + 1);
  expect(cmp.bill).toMatchObject({ refunds: 2, refundedTotal: 80 });
  expect(cmp.ours).toMatchObject({ refunds: 1, refundedTotal: 50 });
  expect(cmp.differences).toEqual([
    { kind: 'not-paid-here', orderNo: lost.orderNo, transactionId: expect.stringMatching(/^42/), billAmount: 880, ourAmount: 880, ourStatus: 'pending' },
    {
      kind: 'refund-not-here',
      orderNo: settled.orderNo,
      refundNo: unfinished.refundNo,
      transactionId: expect.stringMatching(/^42/),
      billAmount: 30,
      ourAmount: 30,
      ourStatus: 'processing',
    },
  ]);
  expect(cmp.differences.map((d: { refundNo?: string }) => d.refundNo)).not.toContain(matched.refundNo);

  // A day without transactions has no bill; a bad date names the field.
  const empty = await request(stack.cms.url).get('/pay/bills').query({ accountId: stack.accountId, date: '2020-01-01' }).set(admin()).expect(200);
  expect(empty.body.data).toMatchObject({ bill: null, differences: [] });
  const bad = await request(stack.cms.url).get('/pay/bills').query({ accountId: stack.accountId, date: '2020-1-1' }).set(admin()).expect(400);
  expect(JSON.stringify(bad.body.error.details)).toContain('date');
}, 60_000);
