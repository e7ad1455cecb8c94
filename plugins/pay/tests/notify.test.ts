import request from 'supertest';
import { DEMO_MERCHANT } from '@wedraw/sandbox';
import {
  balanceOf,
  bootPay,
  createMerchant,
  handMadeNotify,
  ledgerLines,
  OA_APP,
  orderOf,
  payer,
  payInWechat,
  placeOrder,
  stopPay,
  until,
  type PayStack,
} from './helpers';

let stack: PayStack;
beforeAll(async () => {
  stack = await bootPay();
  await createMerchant(stack, 'N01');
}, 180_000);
afterAll(() => stopPay(stack));

const post = (path: string, n: { body: string; headers: Record<string, string> }) => request(stack.cms.url).post(path).set(n.headers).send(n.body);

test('pay → notification → paid with the payment rule points, once, however often it is delivered', async () => {
  const user = await payer(stack);
  const created = await placeOrder(stack, user.jwt, 'N01', 1234).expect(201);
  const order = created.body.data;
  expect(order).toMatchObject({ status: 'pending', amount: 1234, merchant: { code: 'N01' }, channel: 'jsapi' });
  expect(order.payParams).toMatchObject({ appId: OA_APP, signType: 'RSA' });
  expect(order.payParams.package).toMatch(/^prepay_id=wx/);

  await payInWechat(stack, order.orderNo, { openid: user.openid });
  const paid = await until(
    () => orderOf(stack, user.jwt, order.orderNo),
    (o) => o.status === 'paid',
  );
  expect(paid.status).toBe('paid');
  expect(paid.points).toMatchObject({ awarded: 12, clawedBack: 0 });

  // ×5 in parallel, then ×3 one after another: still one award.
  const replay = () => fetch(`${stack.sandbox.url}/_sandbox/pay/notify/replay`, { method: 'POST', body: JSON.stringify({ outTradeNo: order.orderNo }) });
  await Promise.all(Array.from({ length: 5 }, replay));
  for (let i = 0; i < 3; i++) await replay();
  const notifies = await until(
    async () =>
      (
        (await (await fetch(`${stack.sandbox.url}/_sandbox/pay/notifies?outTradeNo=${order.orderNo}`)).json()) as {
          notifies: { outcome: string; attempts: { status?: number }[] }[];
        }
      ).notifies,
    (list) => list.length === 9 && list.every((n) => n.outcome === 'delivered'),
  );
  expect(notifies.map((n) => n.attempts.at(-1)?.status)).toEqual(Array(9).fill(204));
  const awards = (await ledgerLines(stack, user.id)).filter((l) => l.idempotencyKey === `pay:${order.orderNo}`);
  expect(awards).toHaveLength(1);
  expect(await balanceOf(stack, user.id)).toBe(12);
  const logs = await stack.cms.strapi.db.query('plugin::pay.notify-log').findMany({ where: { orderNo: order.orderNo } });
  expect(logs.map((l: { outcome: string }) => l.outcome).sort()).toEqual([...Array(8).fill('duplicate'), 'paid']);

  // The same idempotency key answers the first order (200), and no other user sees it.
  const other = await payer(stack);
  await request(stack.cms.url).get(`/api/pay/orders/${order.orderNo}`).set('Authorization', `Bearer ${other.jwt}`).expect(404);
  const mine = await request(stack.cms.url).get('/api/pay/orders').set('Authorization', `Bearer ${user.jwt}`).expect(200);
  expect(mine.body.data.map((o: { orderNo: string }) => o.orderNo)).toEqual([order.orderNo]);
});

test('a forged or stale notification is 401 and changes nothing; a mismatched amount is flagged without points', async () => {
  const user = await payer(stack);
  const order = (await placeOrder(stack, user.jwt, 'N01', 500).expect(201)).body.data;
  const resource = {
    appid: OA_APP,
    mchid: DEMO_MERCHANT.mchId,
    out_trade_no: order.orderNo,
    transaction_id: '4200000000001',
    trade_state: 'SUCCESS',
    amount: { total: 500 },
    payer: { openid: user.openid },
  };
  const path = `/api/pay/notify/${DEMO_MERCHANT.mchId}`;
  const forged = await post(path, handMadeNotify(resource, { signWith: DEMO_MERCHANT.privateKeyPem }));
  expect([forged.status, forged.body.error?.name]).toEqual([401, 'InvalidSignature']);
  const stale = await post(path, handMadeNotify(resource, { timestamp: Math.floor(Date.now() / 1000) - 600 }));
  expect([stale.status, stale.body.error?.name]).toEqual([401, 'StaleTimestamp']);
  const wrongSerial = await post(path, handMadeNotify(resource, { serial: 'PUB_KEY_ID_0000' }));
  expect(wrongSerial.status).toBe(401);
  // Notifications take the fast route (no body parser in front): an oversized body is refused unread.
  const huge = handMadeNotify(resource);
  const padded = huge.body.replace(/}$/, `,"pad":"${'x'.repeat(70 * 1024)}"}`);
  const tooLarge = await post(path, { headers: huge.headers, body: padded });
  expect([tooLarge.status, tooLarge.body.error?.name]).toEqual([413, 'PayloadTooLarge']);
  expect((await orderOf(stack, user.jwt, order.orderNo)).status).toBe('pending');

  const mismatch = await post(path, handMadeNotify({ ...resource, amount: { total: 1 } }));
  expect(mismatch.status).toBe(204);
  const flagged = await orderOf(stack, user.jwt, order.orderNo);
  expect(flagged).toMatchObject({ status: 'pending', flag: 'mismatch', points: { awarded: 0 } });
  expect(await balanceOf(stack, user.id)).toBe(0);
  const logs = await stack.cms.strapi.db.query('plugin::pay.notify-log').findMany({ where: { mchId: DEMO_MERCHANT.mchId, verified: false } });
  expect(logs.length).toBeGreaterThanOrEqual(3);
});

test('a paid order whose notification was lost is found by reconciliation; an unpaid one is closed when it expires', async () => {
  const user = await payer(stack);
  const lost = (await placeOrder(stack, user.jwt, 'N01', 300).expect(201)).body.data;
  await payInWechat(stack, lost.orderNo, { notify: false });
  expect((await orderOf(stack, user.jwt, lost.orderNo)).status).toBe('pending');
  const res = await request(stack.cms.url).post(`/pay/orders/${lost.orderNo}/reconcile`).set('Authorization', `Bearer ${stack.adminJwt}`).expect(200);
  expect(res.body.data.outcome).toBe('paid');
  expect((await orderOf(stack, user.jwt, lost.orderNo)).points.awarded).toBe(3);

  const unpaid = (await placeOrder(stack, user.jwt, 'N01', 200).expect(201)).body.data;
  const closed = await until(
    () => orderOf(stack, user.jwt, unpaid.orderNo),
    (o) => o.status === 'closed',
    20_000,
  );
  expect(closed.status).toBe('closed');
  const txs = (await (await fetch(`${stack.sandbox.url}/_sandbox/pay/transactions`)).json()) as {
    transactions: { out_trade_no: string; trade_state: string }[];
  };
  expect(txs.transactions.find((t) => t.out_trade_no === unpaid.orderNo)?.trade_state).toBe('CLOSED');
}, 60_000);

test('ten parallel creates with one idempotency key make one order: the UNIQUE key in the database decides', async () => {
  const user = await payer(stack);
  const idempotencyKey = `race-${Date.now()}`;
  const answers = await Promise.all(Array.from({ length: 10 }, () => placeOrder(stack, user.jwt, 'N01', 300, { idempotencyKey })));
  expect(answers.map((a) => a.status).sort()).toEqual([...Array(9).fill(200), 201]);
  expect(new Set(answers.map((a) => a.body.data.orderNo)).size).toBe(1);
  const rows = await stack.cms.strapi.db.query('plugin::pay.pay-order').findMany({ where: { userId: user.id } });
  expect(rows).toHaveLength(1);
});

test('bad input names the field; WeChat Pay down at prepay is 502 with no order left', async () => {
  const user = await payer(stack);
  for (const [body, field] of [
    [{ amount: 0 }, 'amount'],
    [{ amount: 12.5 }, 'amount'],
    [{ merchant: 'NOPE' }, 'merchant'],
  ] as const) {
    const res = await placeOrder(stack, user.jwt, 'N01', 100, body).expect(400);
    expect(JSON.stringify(res.body.error.details)).toContain(field);
  }
  await fetch(`${stack.sandbox.url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify({ path: '/v3/pay/transactions/jsapi', status: 502 }) });
  const down = await placeOrder(stack, user.jwt, 'N01', 100).expect(502);
  expect(down.body.error.name).toBe('PayUnavailable');
  expect((await request(stack.cms.url).get('/api/pay/orders').set('Authorization', `Bearer ${user.jwt}`).expect(200)).body.meta.pagination.total).toBe(0);
});
