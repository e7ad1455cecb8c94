import request from 'supertest';
import { balanceOf, bootPay, createMerchant, orderOf, payer, payInWechat, placeOrder, stopPay, until, type PayStack } from './helpers';

let stack: PayStack;
beforeAll(async () => {
  stack = await bootPay();
  await createMerchant(stack, 'A01');
  await createMerchant(stack, 'A02', { dailyCap: 1000 });
}, 180_000);
afterAll(() => stopPay(stack));

const admin = (req: request.Test) => req.set('Authorization', `Bearer ${stack.adminJwt}`);

async function paidOrder(user: { jwt: string; openid: string }, merchant: string, amount: number) {
  const order = (await placeOrder(stack, user.jwt, merchant, amount).expect(201)).body.data;
  await payInWechat(stack, order.orderNo, { openid: user.openid });
  return until(
    () => orderOf(stack, user.jwt, order.orderNo),
    (o) => o.status === 'paid',
  );
}

test('a refund WeChat Pay ends ABNORMAL is marked failed, the amount is free again and no points are taken back', async () => {
  const user = await payer(stack);
  const order = await paidOrder(user, 'A01', 1000);
  expect(order.points.awarded).toBe(10);
  const forced = await fetch(`${stack.sandbox.url}/_sandbox/pay/refund/outcome`, { method: 'POST', body: JSON.stringify({ status: 'ABNORMAL' }) });
  expect(forced.status).toBe(200);

  await admin(request(stack.cms.url).post('/pay/refunds'))
    .send({ orderNo: order.orderNo, amount: 500, reason: '退款异常', idempotencyKey: `${order.orderNo}-ab` })
    .expect(201);
  const refund = await until(
    () => stack.cms.strapi.db.query('plugin::pay.refund').findOne({ where: { idempotencyKey: `${order.orderNo}-ab` } }),
    (r) => r?.status !== 'processing',
  );
  expect(refund).toMatchObject({ status: 'failed', pointsClawedBack: 0, shortfall: 0 });
  const after = await orderOf(stack, user.jwt, order.orderNo);
  expect(after).toMatchObject({ status: 'paid', refundedAmount: 0, points: { awarded: 10, clawedBack: 0 } });
  expect(await balanceOf(stack, user.id)).toBe(10);

  // The sandbox's notification was answered 2xx; the whole amount can still be refunded afterwards.
  const notifies = (await (await fetch(`${stack.sandbox.url}/_sandbox/pay/notifies?outTradeNo=${order.orderNo}`)).json()) as {
    notifies: { eventType?: string; event_type?: string; attempts: { status?: number }[] }[];
  };
  expect(notifies.notifies.some((n) => n.attempts.some((a) => a.status === 204))).toBe(true);
  await admin(request(stack.cms.url).post('/pay/refunds'))
    .send({ orderNo: order.orderNo, amount: 1000, reason: '全部退款', idempotencyKey: `${order.orderNo}-all` })
    .expect(201);
  const refunded = await until(
    () => orderOf(stack, user.jwt, order.orderNo),
    (o) => o.status === 'refunded',
  );
  expect(refunded).toMatchObject({ refundedAmount: 1000, points: { clawedBack: 10 } });
  expect(await balanceOf(stack, user.id)).toBe(0);
});

test('risk: a blocklisted user is refused with RiskBlocked, and the hit is recorded', async () => {
  const user = await payer(stack);
  const other = await payer(stack);
  const rule = await admin(request(stack.cms.url).post('/pay/risk/rules'))
    .send({ name: '黑名单用户', kind: 'blocklist', userIds: [user.id], action: 'block' })
    .expect(201);
  try {
    const blocked = await placeOrder(stack, user.jwt, 'A01', 100).expect(409);
    expect(blocked.body.error).toMatchObject({ name: 'RiskBlocked', details: { rule: '黑名单用户' } });
    expect(await stack.cms.strapi.db.query('plugin::pay.pay-order').count({ where: { userId: user.id } })).toBe(0);
    await placeOrder(stack, other.jwt, 'A01', 100).expect(201);
    const hits = await admin(request(stack.cms.url).get('/pay/risk/hits')).expect(200);
    expect(hits.body.data[0]).toMatchObject({ ruleName: '黑名单用户', action: 'block', userId: user.id, merchantCode: 'A01', amount: 100 });
  } finally {
    await admin(request(stack.cms.url).put(`/pay/risk/rules/${rule.body.data.id}`))
      .send({ enabled: false })
      .expect(200);
  }
});

test("risk: a payment that would take the merchant's day over its cap is refused, and the hit is recorded", async () => {
  const first = await payer(stack);
  await paidOrder(first, 'A02', 600);
  const second = await payer(stack);
  // 600 paid today + 400 = the cap exactly: allowed; + 401 would exceed it.
  const over = await placeOrder(stack, second.jwt, 'A02', 401).expect(409);
  expect(over.body.error).toMatchObject({ name: 'RiskBlocked', details: { rule: '商户当日收款超过日限额' } });
  const hits = await admin(request(stack.cms.url).get('/pay/risk/hits')).expect(200);
  expect(hits.body.data[0]).toMatchObject({ ruleName: '商户当日收款超过日限额', action: 'block', userId: second.id, merchantCode: 'A02', amount: 401 });
  // The hit's detail is for operators: amounts in yuan.
  expect(hits.body.data[0].detail).toBe('商户当日收款 6.00 元，再收 4.01 元将超过日限额 10.00 元');
  await placeOrder(stack, second.jwt, 'A02', 400).expect(201);
});
