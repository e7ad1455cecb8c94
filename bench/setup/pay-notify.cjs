/**
 * Setup for bench/pay-notify.ts inside the production build: the sandbox demo merchant account
 * (BENCH_PAY_MERCHANT, JSON of its credentials), one merchant, BENCH_USERS users and BENCH_ORDERS
 * pending pay orders spread over them (written directly: the bench measures notifications, not prepay).
 * Prints one JSON line: {"orders": [{"orderNo", "amount", "appId"}], "mchId"}.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..', 'cms');
const USERS = Number(process.env.BENCH_USERS || 500);
const ORDERS = Number(process.env.BENCH_ORDERS || 5000);

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const creds = JSON.parse(process.env.BENCH_PAY_MERCHANT);
  const pay = strapi.plugin('pay');
  const account = await pay.service('accounts').create({
    name: '压测商户号',
    mchId: creds.mchId,
    appId: creds.appId,
    serialNo: creds.serialNo,
    privateKey: creds.privateKeyPem,
    apiV3Key: creds.apiV3Key,
    wechatpayPublicKeyId: creds.wechatpayPublicKeyId,
    wechatpayPublicKey: creds.wechatpayPublicKeyPem,
    apiBase: 'http://127.0.0.1:9/',
    enabled: true,
  });
  const merchant = await pay
    .service('merchants')
    .create({ code: 'BENCH', name: '压测门店', status: 'open', accountId: account.id, staffUserIds: [], dailyCap: 0 });
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const users = [];
  for (let i = 0; i < USERS; i++) {
    const user = await strapi.db.query('plugin::users-permissions.user').create({
      data: { username: `payer${i}`, email: `payer${i}@example.com`, provider: 'local', confirmed: true, blocked: false, role: role.id },
    });
    users.push(user.id);
  }
  const orders = [];
  const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const rows = [];
  for (let i = 0; i < ORDERS; i++) {
    const orderNo = `W${day.replace(/-/g, '')}000000${String(i).padStart(9, '0')}`;
    const amount = 100 + (i % 50) * 37;
    rows.push({
      order_no: orderNo,
      user_id: users[i % USERS],
      idempotency_key: `bench:${i}`,
      merchant_id: merchant.id,
      merchant_code: 'BENCH',
      merchant_name: '压测门店',
      account_id: account.id,
      mch_id: creds.mchId,
      app_id: creds.appId,
      channel: 'jsapi',
      amount,
      refunded_amount: 0,
      status: 'pending',
      day,
      expires_at: new Date(Date.now() + 86_400_000),
      review: 'none',
      points_awarded: 0,
      points_clawed_back: 0,
      created_at: new Date(),
      updated_at: new Date(),
      document_id: `benchpayorder${String(i).padStart(11, '0')}`,
    });
    orders.push({ orderNo, amount, appId: creds.appId });
  }
  for (let i = 0; i < rows.length; i += 500) await strapi.db.connection('pay_orders').insert(rows.slice(i, i + 500));
  process.stdout.write(`${JSON.stringify({ orders, mchId: creds.mchId })}\n`);
  await strapi.destroy();
  process.exit(0);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
