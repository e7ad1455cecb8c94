import { aesGcmDecrypt, buildAuthorization, DEMO_APPS, responseMessage, rsaVerify } from '../src';
import { receiver, sleep, useSandbox, type Json } from './helpers';

const ctx = useSandbox({ pay: { notifyMsPerSecond: 2, refundDelayMs: 50 } }, { resetEach: true });

interface Merchant {
  mchId: string;
  serialNo: string;
  privateKeyPem: string;
  apiV3Key: string;
  wechatpayPublicKeyId: string;
  wechatpayPublicKeyPem: string;
}

async function merchant(): Promise<Merchant> {
  return (await (await fetch(`${ctx.sb.url}/_sandbox/pay/merchant`)).json()) as Merchant;
}

/** A signed v3 call as a merchant makes it; checks the answer's signature with the public key. */
async function v3(
  m: Merchant,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  tamper = false,
): Promise<{ status: number; body: Json; verified: boolean; headers: Headers }> {
  const text = body === undefined ? '' : JSON.stringify(body);
  let auth = buildAuthorization(m.mchId, m.serialNo, m.privateKeyPem, method, path, text, Math.floor(Date.now() / 1000));
  // A different first character, whatever it was (an 'A' replaced by 'A' would leave it valid).
  if (tamper) auth = auth.replace(/signature="(.)/, (_, first: string) => `signature="${first === 'A' ? 'B' : 'A'}`);
  const res = await fetch(`${ctx.sb.url}${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json', accept: 'application/json' },
    ...(body ? { body: text } : {}),
  });
  const raw = await res.text();
  const h = res.headers;
  const verified =
    h.get('wechatpay-serial') === m.wechatpayPublicKeyId &&
    rsaVerify(
      m.wechatpayPublicKeyPem,
      responseMessage(h.get('wechatpay-timestamp') ?? '', h.get('wechatpay-nonce') ?? '', raw),
      h.get('wechatpay-signature') ?? '',
    );
  return { status: res.status, body: raw ? (JSON.parse(raw) as Json) : {}, verified, headers: h };
}

const order = (m: Merchant, outTradeNo: string, notifyUrl: string, total = 1234) => ({
  appid: DEMO_APPS.official.appId,
  mchid: m.mchId,
  description: '演示门店-扫码付款',
  out_trade_no: outTradeNo,
  notify_url: notifyUrl,
  amount: { total, currency: 'CNY' },
  payer: { openid: 'oPayer0001' },
});

describe('WeChat Pay v3', () => {
  it('verifies Authorization and signs answers with the WeChat Pay public key', async () => {
    const m = await merchant();
    expect(m.wechatpayPublicKeyId).toMatch(/^PUB_KEY_ID_\d+$/);
    const ok = await v3(m, 'POST', '/v3/pay/transactions/jsapi', order(m, 'T2026000001', 'http://127.0.0.1:1/n'));
    expect(ok.status).toBe(200);
    expect(ok.body.prepay_id).toMatch(/^wx/);
    expect(ok.verified).toBe(true);
    const forged = await v3(m, 'POST', '/v3/pay/transactions/jsapi', order(m, 'T2026000002', 'http://127.0.0.1:1/n'), true);
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('SIGN_ERROR');
    const conflict = await v3(m, 'POST', '/v3/pay/transactions/jsapi', order(m, 'T2026000001', 'http://127.0.0.1:1/n', 999));
    expect([conflict.status, conflict.body.code]).toEqual([403, 'OUT_TRADE_NO_USED']);
    const again = await v3(m, 'POST', '/v3/pay/transactions/jsapi', order(m, 'T2026000001', 'http://127.0.0.1:1/n'));
    expect(again.status).toBe(200);
    const native = await v3(m, 'POST', '/v3/pay/transactions/native', { ...order(m, 'N2026000001', 'http://127.0.0.1:1/n'), payer: undefined });
    expect(native.body.code_url).toMatch(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
  });

  it('pays, notifies with an encrypted signed resource, retries until 2xx, closes and refunds', async () => {
    const m = await merchant();
    const seen: { status: number; body: string; headers: Record<string, string | string[] | undefined> }[] = [];
    const hook = await receiver((req, res) => {
      const status = seen.length === 0 ? 500 : 204;
      seen.push({ status, body: req.body, headers: req.headers });
      res.statusCode = status;
      res.end();
    });
    try {
      const prepay = await v3(m, 'POST', '/v3/pay/transactions/jsapi', order(m, 'T2026000010', hook.url));
      const paid = (await (
        await fetch(`${ctx.sb.url}/_sandbox/pay/pay`, { method: 'POST', body: JSON.stringify({ prepayId: prepay.body.prepay_id }) })
      ).json()) as Json;
      expect(paid.transaction.trade_state).toBe('SUCCESS');
      for (let i = 0; i < 100 && seen.length < 2; i++) await sleep(20);
      expect(seen.map((s) => s.status)).toEqual([500, 204]);
      const last = seen[1] as (typeof seen)[number];
      const h = last.headers as Record<string, string>;
      expect(h['wechatpay-serial']).toBe(m.wechatpayPublicKeyId);
      expect(
        rsaVerify(
          m.wechatpayPublicKeyPem,
          responseMessage(h['wechatpay-timestamp'] as string, h['wechatpay-nonce'] as string, last.body),
          h['wechatpay-signature'] as string,
        ),
      ).toBe(true);
      const envelope = JSON.parse(last.body) as Json;
      const resource = JSON.parse(aesGcmDecrypt(m.apiV3Key, envelope.resource.nonce, envelope.resource.associated_data, envelope.resource.ciphertext)) as Json;
      expect(resource).toMatchObject({ out_trade_no: 'T2026000010', trade_state: 'SUCCESS', amount: { total: 1234 }, mchid: m.mchId });
      const notifies = (await (await fetch(`${ctx.sb.url}/_sandbox/pay/notifies?outTradeNo=T2026000010`)).json()) as Json;
      expect(notifies.notifies[0].attempts.map((a: Json) => a.status)).toEqual([500, 204]);

      const query = await v3(m, 'GET', `/v3/pay/transactions/out-trade-no/T2026000010?mchid=${m.mchId}`);
      expect([query.body.trade_state, query.verified]).toEqual(['SUCCESS', true]);
      const tooMuch = await v3(m, 'POST', '/v3/refund/domestic/refunds', {
        out_trade_no: 'T2026000010',
        out_refund_no: 'R1',
        notify_url: hook.url,
        amount: { refund: 2000, total: 1234, currency: 'CNY' },
      });
      expect(tooMuch.body.code).toBe('NOT_ENOUGH');
      const refund = await v3(m, 'POST', '/v3/refund/domestic/refunds', {
        out_trade_no: 'T2026000010',
        out_refund_no: 'R1',
        notify_url: hook.url,
        amount: { refund: 234, total: 1234, currency: 'CNY' },
      });
      expect(refund.body.status).toBe('PROCESSING');
      for (let i = 0; i < 100 && seen.length < 3; i++) await sleep(20);
      const refundEnvelope = JSON.parse((seen[2] as (typeof seen)[number]).body) as Json;
      expect(refundEnvelope.event_type).toBe('REFUND.SUCCESS');
      const refundQuery = await v3(m, 'GET', '/v3/refund/domestic/refunds/R1');
      expect(refundQuery.body.status).toBe('SUCCESS');

      await fetch(`${ctx.sb.url}/_sandbox/pay/notify/replay`, { method: 'POST', body: JSON.stringify({ outTradeNo: 'T2026000010', outRefundNo: undefined }) });
      for (let i = 0; i < 100 && seen.length < 4; i++) await sleep(20);
      expect(seen).toHaveLength(4);

      await v3(m, 'POST', '/v3/pay/transactions/jsapi', order(m, 'T2026000011', hook.url));
      const close = await v3(m, 'POST', '/v3/pay/transactions/out-trade-no/T2026000011/close', { mchid: m.mchId });
      expect(close.status).toBe(204);
      const closed = await v3(m, 'GET', `/v3/pay/transactions/out-trade-no/T2026000011?mchid=${m.mchId}`);
      expect(closed.body.trade_state).toBe('CLOSED');
    } finally {
      await hook.close();
    }
  });
});
