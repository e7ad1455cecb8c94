import request from 'supertest';
import { bootPay, createMerchant, orderOf, payer, payInWechat, placeOrder, stopPay, until, type PayStack } from './helpers';

let stack: PayStack;
beforeAll(async () => {
  stack = await bootPay({ OPS_EVALUATE_EVERY_MS: '3600000' });
  await createMerchant(stack, 'M01');
}, 180_000);
afterAll(() => stopPay(stack));

const scrape = async () => (await request(stack.cms.url).get('/metrics').expect(200)).text;
const sample = (text: string, line: RegExp) => {
  const m = text.match(line);
  return m ? Number(m[1]) : null;
};
const readMetrics = async () => {
  const values = await stack.cms.strapi.plugin('ops').service('metrics').read();
  return { ratio: values.get('pay_success_ratio')[0].value as number, delay: values.get('pay_points_award_delay_p99_seconds')[0].value as number };
};

test('pay defines its ops metrics and built-in rules; the success rate and award delay move with real orders', async () => {
  const rules = await stack.cms.strapi.db.query('plugin::ops.alert-rule').findMany({ where: { code: { $in: ['pay-success-rate', 'pay-points-delay'] } } });
  expect(rules.map((r: { code: string; metric: string; builtin: boolean }) => [r.code, r.metric, r.builtin]).sort()).toEqual([
    ['pay-points-delay', 'pay_points_award_delay_p99_seconds', true],
    ['pay-success-rate', 'pay_success_ratio', true],
  ]);

  // 20 orders placed through the sandbox (prepay), 5 of them paid in WeChat with their notification.
  // (One payer each: the risk rules refuse a visitor piling up unpaid orders.)
  const orders: Array<{ orderNo: string; user: Awaited<ReturnType<typeof payer>> }> = [];
  for (let i = 0; i < 20; i++) {
    const user = await payer(stack);
    orders.push({ user, orderNo: (await placeOrder(stack, user.jwt, 'M01', 100 + i).expect(201)).body.data.orderNo });
  }
  expect((await readMetrics()).ratio).toBe(0);
  for (const { orderNo, user } of orders.slice(0, 5)) await payInWechat(stack, orderNo, { openid: user.openid });
  for (const { orderNo, user } of orders.slice(0, 5))
    expect(
      (
        await until(
          () => orderOf(stack, user.jwt, orderNo),
          (o) => o.status === 'paid',
        )
      ).status,
    ).toBe('paid');
  const { ratio, delay } = await readMetrics();
  expect(ratio).toBeCloseTo(5 / 20);
  expect(delay).toBeGreaterThanOrEqual(0);
  expect(delay).toBeLessThan(60);

  const text = await scrape();
  expect(sample(text, /^wedraw_pay_success_ratio (\S+)$/m)).toBeCloseTo(0.25);
  expect(text).toMatch(/^wedraw_pay_points_award_delay_p99_seconds \S+$/m);
  // Every prepay and every query went through the counted client wrapper.
  expect(sample(text, /^wedraw_wechatpay_api_calls_total\{endpoint="v3\/pay\/transactions\/jsapi",status="200",code="OK"\} (\S+)$/m)).toBeGreaterThanOrEqual(
    20,
  );
}, 120_000);

test('a paid order settled late shows in the award delay p99', async () => {
  const user = await payer(stack);
  const orderNo = (await placeOrder(stack, user.jwt, 'M01', 300).expect(201)).body.data.orderNo;
  await payInWechat(stack, orderNo, { openid: user.openid });
  await until(
    () => orderOf(stack, user.jwt, orderNo),
    (o) => o.status === 'paid',
  );
  // Rewrite the recorded WeChat success time 2 min back: the delay is what settledAt − paidAt says.
  const order = await stack.cms.strapi.db.query('plugin::pay.pay-order').findOne({ where: { orderNo } });
  await stack.cms.strapi.db
    .query('plugin::pay.pay-order')
    .update({ where: { id: order.id }, data: { paidAt: new Date(new Date(order.settledAt).getTime() - 120_000) } });
  expect((await readMetrics()).delay).toBeGreaterThanOrEqual(119);
}, 60_000);
