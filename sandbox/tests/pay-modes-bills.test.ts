import { createHash, X509Certificate } from 'node:crypto';
import { aesGcmDecrypt, buildAuthorization, DEMO_APPS, responseMessage, rsaVerify } from '../src';
import { receiver, sleep, useSandbox, type Json } from './helpers';

const ctx = useSandbox({ pay: { notifyMsPerSecond: 2, refundDelayMs: 20 } }, { resetEach: true });

interface Merchant {
  mchId: string;
  serialNo: string;
  privateKeyPem: string;
  apiV3Key: string;
  wechatpayPublicKeyId: string;
  wechatpayPublicKeyPem: string;
  platformSerialNo: string;
}

const merchant = async (): Promise<Merchant> => (await (await fetch(`${ctx.sb.url}/_sandbox/pay/merchant`)).json()) as Merchant;
const setMode = (mode: string, extra: Record<string, unknown> = {}) =>
  fetch(`${ctx.sb.url}/_sandbox/pay/merchant/mode`, { method: 'POST', body: JSON.stringify({ mode, ...extra }) });

async function v3(m: Merchant, method: 'GET' | 'POST', path: string, body?: unknown, serial?: string) {
  const text = body === undefined ? '' : JSON.stringify(body);
  const auth = buildAuthorization(m.mchId, m.serialNo, m.privateKeyPem, method, path, text, Math.floor(Date.now() / 1000));
  const res = await fetch(`${ctx.sb.url}${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json', ...(serial ? { 'wechatpay-serial': serial } : {}) },
    ...(body ? { body: text } : {}),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, raw: bytes.toString('utf8'), bytes, headers: res.headers };
}

/** The platform certificate from `/v3/certificates`, decrypted with the APIv3 key. */
async function certificate(m: Merchant): Promise<{ serial: string; pem: string }> {
  const res = await v3(m, 'GET', '/v3/certificates');
  expect(res.status).toBe(200);
  const entry = (JSON.parse(res.raw) as Json).data[0];
  const enc = entry.encrypt_certificate;
  expect(enc).toMatchObject({ algorithm: 'AEAD_AES_256_GCM', associated_data: 'certificate' });
  const pem = aesGcmDecrypt(m.apiV3Key, enc.nonce, enc.associated_data, enc.ciphertext);
  expect(new X509Certificate(pem).serialNumber).toBe(entry.serial_no);
  return { serial: entry.serial_no as string, pem };
}

const verifies = (pem: string, h: Headers, raw: string) =>
  rsaVerify(pem, responseMessage(h.get('wechatpay-timestamp') ?? '', h.get('wechatpay-nonce') ?? '', raw), h.get('wechatpay-signature') ?? '');

describe('WeChat Pay verification modes', () => {
  it('platform-certificate mode signs answers with the certificate key, and /v3/certificates gives it encrypted', async () => {
    const m = await merchant();
    expect((await setMode('platformCertificate')).status).toBe(200);
    const cert = await certificate(m);
    expect(cert.serial).toBe(m.platformSerialNo);
    const q = await v3(m, 'GET', `/v3/pay/transactions/out-trade-no/NOPE000001?mchid=${m.mchId}`);
    expect(q.status).toBe(404);
    expect(q.headers.get('wechatpay-serial')).toBe(cert.serial);
    expect(verifies(cert.pem, q.headers, q.raw)).toBe(true);
    expect((await v3(m, 'GET', '/v3/certificates', undefined, m.wechatpayPublicKeyId)).status).toBe(400);
    expect((await setMode('nope')).status).toBe(400);
  });

  it('switching: answers follow the request serial, callbacks use the key the share picks', async () => {
    const m = await merchant();
    const cert = await certificate(m);
    await setMode('switching', { switchingPublicKeyShare: 0 });
    const a = await v3(m, 'GET', '/v3/certificates', undefined, m.wechatpayPublicKeyId);
    expect([a.headers.get('wechatpay-serial'), verifies(m.wechatpayPublicKeyPem, a.headers, a.raw)]).toEqual([m.wechatpayPublicKeyId, true]);
    const b = await v3(m, 'GET', '/v3/certificates', undefined, cert.serial);
    expect([b.headers.get('wechatpay-serial'), verifies(cert.pem, b.headers, b.raw)]).toEqual([cert.serial, true]);

    const serials: string[] = [];
    const hook = await receiver((req, res) => {
      const h = new Headers(req.headers as Record<string, string>);
      const key = h.get('wechatpay-serial') === cert.serial ? cert.pem : m.wechatpayPublicKeyPem;
      serials.push(`${h.get('wechatpay-serial')}:${verifies(key, h, req.body)}`);
      res.statusCode = 204;
      res.end();
    });
    try {
      const order = {
        appid: DEMO_APPS.official.appId,
        mchid: m.mchId,
        description: '切换期',
        out_trade_no: 'SW2026000001',
        notify_url: hook.url,
        amount: { total: 100 },
        payer: { openid: 'oP1' },
      };
      expect((await v3(m, 'POST', '/v3/pay/transactions/jsapi', order)).status).toBe(200);
      await fetch(`${ctx.sb.url}/_sandbox/pay/pay`, { method: 'POST', body: JSON.stringify({ outTradeNo: 'SW2026000001' }) });
      for (let i = 0; i < 100 && serials.length < 1; i++) await sleep(20);
      await setMode('switching', { switchingPublicKeyShare: 1 });
      await fetch(`${ctx.sb.url}/_sandbox/pay/notify/replay`, { method: 'POST', body: JSON.stringify({ outTradeNo: 'SW2026000001' }) });
      for (let i = 0; i < 100 && serials.length < 2; i++) await sleep(20);
      expect(serials).toEqual([`${cert.serial}:true`, `${m.wechatpayPublicKeyId}:true`]);
    } finally {
      await hook.close();
    }
  });
});

describe('trade bills', () => {
  it("gives the day's bill with its SHA1, downloadable once signed, in the official CSV shape", async () => {
    const m = await merchant();
    const hook = await receiver((_req, res) => {
      res.statusCode = 204;
      res.end();
    });
    try {
      for (const [no, total] of [
        ['BILL20260001', 1234],
        ['BILL20260002', 500],
      ] as const) {
        const order = {
          appid: DEMO_APPS.official.appId,
          mchid: m.mchId,
          description: '账单',
          out_trade_no: no,
          notify_url: hook.url,
          amount: { total },
          payer: { openid: 'oP2' },
        };
        await v3(m, 'POST', '/v3/pay/transactions/jsapi', order);
        await fetch(`${ctx.sb.url}/_sandbox/pay/pay`, { method: 'POST', body: JSON.stringify({ outTradeNo: no, notify: false }) });
      }
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      const bill = await v3(m, 'GET', `/v3/bill/tradebill?bill_date=${today}&bill_type=ALL`);
      expect(bill.status).toBe(200);
      const { download_url, hash_type, hash_value } = JSON.parse(bill.raw) as Json;
      expect(hash_type).toBe('SHA1');
      const url = new URL(download_url as string);
      const unsigned = await fetch(url);
      expect(unsigned.status).toBe(401);
      const file = await v3(m, 'GET', `${url.pathname}${url.search}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('wechatpay-signature')).toBeNull();
      expect(createHash('sha1').update(file.bytes).digest('hex')).toBe(hash_value);
      expect(file.raw.startsWith('\uFEFF')).toBe(true);
      const lines = file.raw.slice(1).trim().split('\r\n');
      expect(lines[0]).toMatch(/^交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,.*费率备注$/);
      expect(lines).toHaveLength(5);
      expect(lines[1]).toContain('`BILL20260001');
      expect(lines[1]).toContain('`12.34');
      expect(lines[3]).toMatch(/^总交易单数,/);
      expect(lines[4]).toMatch(/^`2,`17\.34,/);
      const empty = await v3(m, 'GET', '/v3/bill/tradebill?bill_date=2020-01-01');
      expect([empty.status, (JSON.parse(empty.raw) as Json).code]).toEqual([400, 'NO_STATEMENT_EXIST']);
    } finally {
      await hook.close();
    }
  });
});
