import { randomBytes } from 'crypto';
import request from 'supertest';
import { aesGcmEncrypt, DEMO_APPS, DEMO_MERCHANT, responseMessage, rsaSign, startSandbox, type RunningSandbox } from '@wedraw/sandbox';
import { createUser } from '../../../cms/tests/harness/mall-fixtures';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';

export interface PayStack {
  cms: TestCms;
  sandbox: RunningSandbox;
  adminJwt: string;
  accountId: number;
}

export const OA_APP = DEMO_APPS.official.appId;

/** The sandbox (WeChat Pay) and the CMS with the sandbox's demo merchant account configured through the admin API. */
export async function bootPay(env: Record<string, string> = {}): Promise<PayStack> {
  const sandbox = await startPaySandbox();
  const cms = await startCms({ PAY_ORDER_TTL_SECONDS: '6', ...env });
  return withSandboxAccount(cms, sandbox);
}

/** The sandbox with WeChat Pay's retries and refunds time-compressed for tests. */
export const startPaySandbox = () => startSandbox({ port: 0, pay: { notifyMsPerSecond: 2, refundDelayMs: 100 } });

/** A running CMS given the sandbox's demo merchant account through the admin API (notifications to the CMS's own URL). */
export async function withSandboxAccount(cms: TestCms, sandbox: RunningSandbox): Promise<PayStack> {
  const adminJwt = await adminLogin(cms);
  const creds = (await (await fetch(`${sandbox.url}/_sandbox/pay/merchant`)).json()) as Record<string, string>;
  const res = await request(cms.url)
    .post('/pay/accounts')
    .set('Authorization', `Bearer ${adminJwt}`)
    .send({
      name: '沙箱商户号',
      mchId: creds.mchId,
      appId: OA_APP,
      miniprogramAppId: DEMO_APPS.miniprogram.appId,
      serialNo: creds.serialNo,
      privateKey: creds.privateKeyPem,
      apiV3Key: creds.apiV3Key,
      wechatpayPublicKeyId: creds.wechatpayPublicKeyId,
      wechatpayPublicKey: creds.wechatpayPublicKeyPem,
      apiBase: sandbox.url,
      notifyBase: cms.url,
    })
    .expect(201);
  return { cms, sandbox, adminJwt, accountId: res.body.data.id as number };
}

export async function stopPay(stack: PayStack | undefined): Promise<void> {
  try {
    await stack?.cms.stop();
  } finally {
    await stack?.sandbox.close();
  }
}

let seq = 0;
async function adminLogin(cms: TestCms): Promise<string> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  const email = `pay-op${++seq}-${randomBytes(3).toString('hex')}@wedraw.test`;
  const password = 'Passw0rd!Passw0rd';
  await cms.strapi.service('admin::user').create({ email, firstname: 'Ops', password, isActive: true, registrationToken: null, roles: [role.id] });
  return (await request(cms.url).post('/admin/login').send({ email, password }).expect(200)).body.data.token as string;
}

/** A merchant (and a payment code) through the admin API. */
export async function createMerchant(stack: PayStack, code: string, fields: Record<string, unknown> = {}): Promise<{ id: number; code: string }> {
  const res = await request(stack.cms.url)
    .post('/pay/merchants')
    .set('Authorization', `Bearer ${stack.adminJwt}`)
    .send({ code, name: `门店${code}`, accountId: stack.accountId, ...fields })
    .expect(201);
  return { id: res.body.data.id as number, code };
}

/** A visitor who logged in through the Official Account (so JSAPI has an openid). */
export async function payer(stack: PayStack): Promise<{ id: number; jwt: string; openid: string }> {
  const user = await createUser(stack.cms.strapi, `payer${++seq}${randomBytes(3).toString('hex')}`);
  const openid = `oPay${randomBytes(10).toString('hex')}`;
  await stack.cms.strapi.db
    .query('plugin::wechat.identity')
    .create({ data: { appId: OA_APP, kind: 'official', openid, key: `${OA_APP}:${openid}`, user: user.id } });
  return { ...user, openid };
}

export function placeOrder(stack: PayStack, jwt: string, merchant: string, amount: number, extra: Record<string, unknown> = {}) {
  return request(stack.cms.url)
    .post('/api/pay/orders')
    .set('Authorization', `Bearer ${jwt}`)
    .send({ merchant, amount, channel: 'jsapi', idempotencyKey: randomBytes(8).toString('hex'), ...extra });
}

/** The payer confirms in WeChat (sandbox): the notification goes out unless `notify: false`. */
export async function payInWechat(stack: PayStack, outTradeNo: string, extra: Record<string, unknown> = {}): Promise<void> {
  const res = await fetch(`${stack.sandbox.url}/_sandbox/pay/pay`, { method: 'POST', body: JSON.stringify({ outTradeNo, ...extra }) });
  if (!res.ok) throw new Error(`sandbox pay: ${res.status} ${await res.text()}`);
}

export async function orderOf(stack: PayStack, jwt: string, orderNo: string) {
  return (await request(stack.cms.url).get(`/api/pay/orders/${orderNo}`).set('Authorization', `Bearer ${jwt}`).expect(200)).body.data;
}

export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A notification built by hand, as WeChat Pay would sign it (or not): for forged, stale and mismatched cases. */
export function handMadeNotify(resource: Record<string, unknown>, options: { signWith?: string; timestamp?: number; serial?: string } = {}) {
  const nonce = randomBytes(6).toString('hex');
  const body = JSON.stringify({
    id: randomBytes(8).toString('hex'),
    create_time: new Date().toISOString(),
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: {
      original_type: 'transaction',
      algorithm: 'AEAD_AES_256_GCM',
      ciphertext: aesGcmEncrypt(DEMO_MERCHANT.apiV3Key, nonce, 'transaction', JSON.stringify(resource)),
      associated_data: 'transaction',
      nonce,
    },
  });
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const headerNonce = randomBytes(8).toString('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'wechatpay-serial': options.serial ?? DEMO_MERCHANT.wechatpayPublicKeyId,
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': headerNonce,
      'wechatpay-signature': rsaSign(options.signWith ?? DEMO_MERCHANT.wechatpayPrivateKeyPem, responseMessage(timestamp, headerNonce, body)),
    },
  };
}

export const ledgerLines = (stack: PayStack, userId: number) =>
  stack.cms.strapi.db.query('plugin::points.transaction').findMany({ where: { userId }, orderBy: [{ id: 'asc' }] }) as Promise<
    Array<{ delta: number; type: string; idempotencyKey: string }>
  >;

export const balanceOf = async (stack: PayStack, userId: number) =>
  ((await stack.cms.strapi.plugin('points').service('ledger').balance(userId)) as { balance: number }).balance;
