import request from 'supertest';
import { balanceOf, bootPay, createMerchant, orderOf, payer, payInWechat, placeOrder, stopPay, until, type PayStack } from './helpers';

let stack: PayStack;
beforeAll(async () => {
  stack = await bootPay();
  await createMerchant(stack, 'R01');
  await createMerchant(stack, 'R02');
  await createMerchant(stack, 'R03', { status: 'closed' });
}, 180_000);
afterAll(() => stopPay(stack));

const admin = (req: request.Test) => req.set('Authorization', `Bearer ${stack.adminJwt}`);

async function paidOrderWith(user: { jwt: string; openid: string }, merchant: string, amount: number, payCode: string) {
  const order = (await placeOrder(stack, user.jwt, merchant, amount, { payCode }).expect(201)).body.data;
  await payInWechat(stack, order.orderNo, { openid: user.openid });
  return until(
    () => orderOf(stack, user.jwt, order.orderNo),
    (o) => o.status === 'paid',
  );
}

async function paidOrder(jwt: string, openid: string, merchant: string, amount: number) {
  const order = (await placeOrder(stack, jwt, merchant, amount).expect(201)).body.data;
  await payInWechat(stack, order.orderNo, { openid });
  return until(
    () => orderOf(stack, jwt, order.orderNo),
    (o) => o.status === 'paid',
  );
}

test('partial then full refund: points clawed back in proportion, never below zero, the shortfall recorded', async () => {
  const user = await payer(stack);
  const order = await paidOrder(user.jwt, user.openid, 'R01', 1000);
  expect(order.points.awarded).toBe(10);
  // The user spends 8 of the 10 points before the refunds.
  await stack.cms.strapi
    .plugin('points')
    .service('ledger')
    .spend(user.id, 8, { idempotencyKey: `spent-${order.orderNo}` });

  const tooMuch = await admin(request(stack.cms.url).post('/pay/refunds')).send({
    orderNo: order.orderNo,
    amount: 1001,
    reason: '测试',
    idempotencyKey: `${order.orderNo}-x`,
  });
  expect([tooMuch.status, tooMuch.body.error.name]).toEqual([409, 'RefundExceedsPaid']);

  const first = await admin(request(stack.cms.url).post('/pay/refunds'))
    .send({ orderNo: order.orderNo, amount: 500, reason: '部分退款', idempotencyKey: `${order.orderNo}-1` })
    .expect(201);
  expect(first.body.data).toMatchObject({ amount: 500, status: 'processing' });
  const half = await until(
    () => orderOf(stack, user.jwt, order.orderNo),
    (o) => o.status === 'partially_refunded',
  );
  expect(half).toMatchObject({ status: 'partially_refunded', refundedAmount: 500, points: { clawedBack: 2 } });
  expect(await balanceOf(stack, user.id)).toBe(0);
  const r1 = await stack.cms.strapi.db.query('plugin::pay.refund').findOne({ where: { idempotencyKey: `${order.orderNo}-1` } });
  expect(r1).toMatchObject({ status: 'success', pointsClawedBack: 2, shortfall: 3 });

  await admin(request(stack.cms.url).post('/pay/refunds'))
    .send({ orderNo: order.orderNo, amount: 500, reason: '全部退款', idempotencyKey: `${order.orderNo}-2` })
    .expect(201);
  const all = await until(
    () => orderOf(stack, user.jwt, order.orderNo),
    (o) => o.status === 'refunded',
  );
  expect(all).toMatchObject({ status: 'refunded', refundedAmount: 1000, points: { clawedBack: 2 } });
  const r2 = await stack.cms.strapi.db.query('plugin::pay.refund').findOne({ where: { idempotencyKey: `${order.orderNo}-2` } });
  expect(r2).toMatchObject({ status: 'success', pointsClawedBack: 0, shortfall: 5 });
  const again = await admin(request(stack.cms.url).post('/pay/refunds')).send({ orderNo: order.orderNo, amount: 1, idempotencyKey: `${order.orderNo}-3` });
  expect([again.status, again.body.error.name]).toEqual([409, 'NotPaid']);
  const notPaid = (await placeOrder(stack, user.jwt, 'R01', 100).expect(201)).body.data;
  const refused = await admin(request(stack.cms.url).post('/pay/refunds')).send({
    orderNo: notPaid.orderNo,
    amount: 1,
    idempotencyKey: `${notPaid.orderNo}-1`,
  });
  expect([refused.status, refused.body.error.name]).toEqual([409, 'NotPaid']);
});

test('risk: the 11th payment within a minute is refused and recorded; a closed merchant is refused', async () => {
  const user = await payer(stack);
  for (let i = 0; i < 10; i++) await placeOrder(stack, user.jwt, 'R02', 100 + i).expect(201);
  const blocked = await placeOrder(stack, user.jwt, 'R02', 111).expect(409);
  expect(blocked.body.error).toMatchObject({ name: 'RiskBlocked', details: { rule: '1 分钟内支付超过 10 次' } });
  const hits = await admin(request(stack.cms.url).get('/pay/risk/hits')).expect(200);
  expect(hits.body.data[0]).toMatchObject({ userId: user.id, action: 'block', merchantCode: 'R02' });
  const closed = await placeOrder(stack, (await payer(stack)).jwt, 'R03', 100).expect(409);
  expect(closed.body.error.name).toBe('MerchantClosed');
});

test('merchant staff see only their store; others are refused', async () => {
  const staff = await payer(stack);
  const buyer = await payer(stack);
  const merchants = (await admin(request(stack.cms.url).get('/pay/merchants')).expect(200)).body.data as { id: number; code: string }[];
  const r01 = merchants.find((m) => m.code === 'R01') as { id: number };
  await admin(request(stack.cms.url).put(`/pay/merchants/${r01.id}`))
    .send({ staffUserIds: [staff.id] })
    .expect(200);
  const own = await paidOrder(buyer.jwt, buyer.openid, 'R01', 700);
  await paidOrder(buyer.jwt, buyer.openid, 'R02', 900);
  const list = await request(stack.cms.url).get('/api/pay/merchant/orders').set('Authorization', `Bearer ${staff.jwt}`).expect(200);
  expect(list.body.data.every((o: { merchant: { code: string } }) => o.merchant.code === 'R01')).toBe(true);
  expect(list.body.data.map((o: { orderNo: string }) => o.orderNo)).toContain(own.orderNo);
  const summary = await request(stack.cms.url).get('/api/pay/merchant/summary').set('Authorization', `Bearer ${staff.jwt}`).expect(200);
  expect(summary.body.data).toMatchObject({ merchant: { code: 'R01' } });
  expect(summary.body.data.amount).toBeGreaterThanOrEqual(700);
  await request(stack.cms.url).get('/api/pay/merchant/orders').set('Authorization', `Bearer ${buyer.jwt}`).expect(403);
});

test('the demo seed configures the sandbox merchant, DEMO01 open and DEMO02 closed with codes, once', async () => {
  const demo = stack.cms.strapi.plugin('pay').service('demo');
  const first = await demo.seed(stack.sandbox.url);
  expect(first).toMatchObject({ merchants: 2, codes: 3 });
  expect(await demo.seed(stack.sandbox.url)).toMatchObject({ merchants: 0, codes: 0 });
  const page = await request(stack.cms.url).get('/api/pay/merchants/DEMO01?payCode=DEMO01-10').expect(200);
  expect(page.body.data).toMatchObject({ code: 'DEMO01', status: 'open', payCode: { code: 'DEMO01-10', amount: 1000 } });
  expect((await request(stack.cms.url).get('/api/pay/merchants/DEMO02').expect(200)).body.data.status).toBe('closed');
  const user = await payer(stack);
  const wrongAmount = await placeOrder(stack, user.jwt, 'DEMO01', 999, { payCode: 'DEMO01-10' }).expect(400);
  expect(JSON.stringify(wrongAmount.body.error.details)).toContain('amount');
  const paid = await paidOrderWith(user, 'DEMO01', 1000, 'DEMO01-10');
  expect(paid.points.awarded).toBe(10);
  const demo01 = (
    (await admin(request(stack.cms.url).get('/pay/merchants')).expect(200)).body.data as {
      code: string;
      codes: { code: string; scans: number; paidCount: number }[];
    }[]
  ).find((m) => m.code === 'DEMO01');
  expect(demo01?.codes.find((c) => c.code === 'DEMO01-10')).toMatchObject({ scans: 1, paidCount: 1 });
});

test('a review rule lets the payment through and holds its points until an operator releases them', async () => {
  const rule = await admin(request(stack.cms.url).post('/pay/risk/rules'))
    .send({ name: '单笔超过 50 元需复核', kind: 'amount', amount: 5000, action: 'review' })
    .expect(201);
  try {
    const user = await payer(stack);
    const held = await paidOrder(user.jwt, user.openid, 'R01', 6000);
    expect(held).toMatchObject({ status: 'paid', review: 'held', points: { awarded: 0 } });
    expect(await balanceOf(stack, user.id)).toBe(0);
    const released = await admin(request(stack.cms.url).post(`/pay/orders/${held.orderNo}/release`)).expect(200);
    expect(released.body.data).toMatchObject({ review: 'released', points: { awarded: 60 } });
    expect(await balanceOf(stack, user.id)).toBe(60);
    await admin(request(stack.cms.url).post(`/pay/orders/${held.orderNo}/release`)).expect(200);
    expect(await balanceOf(stack, user.id)).toBe(60);
    const hits = await admin(request(stack.cms.url).get('/pay/risk/hits')).expect(200);
    expect(hits.body.data[0]).toMatchObject({ ruleName: '单笔超过 50 元需复核', action: 'review', orderNo: held.orderNo });
  } finally {
    await admin(request(stack.cms.url).put(`/pay/risk/rules/${rule.body.data.id}`))
      .send({ enabled: false })
      .expect(200);
  }
});
