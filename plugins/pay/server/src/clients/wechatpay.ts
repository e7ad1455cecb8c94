import { createPublicKey, type KeyObject } from 'node:crypto';
import { Aes, Formatter, Rsa, Wechatpay } from 'wechatpay-axios-plugin';
import { payUnavailable } from '../lib/errors';

/** A merchant account with its keys decrypted: what a client and the notification checks need. */
export interface MerchantKeys {
  mchId: string;
  appId: string;
  serialNo: string;
  privateKey: string;
  apiV3Key: string;
  wechatpayPublicKeyId: string;
  wechatpayPublicKey: string;
  apiBase?: string | null;
}

export const DEFAULT_API_BASE = 'https://api.mch.weixin.qq.com/';

/** An answer WeChat Pay gave with a status (the library verified its signature when 2xx). */
export class PayApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Told of every call: the API path without ids, the HTTP status (0 = no answer) and the error code (`OK` on 2xx). */
export type CallListener = (endpoint: string, status: number, code: string) => void;

/**
 * A WeChat Pay v3 client on `wechatpay-axios-plugin` in public-key mode: requests are signed with the
 * merchant key, and every 2xx answer's signature is verified with the key its `Wechatpay-Serial` names
 * (the library refuses an answer whose serial is not among `certs`).
 */
export function payClient(keys: MerchantKeys, timeoutMs: number, onCall?: CallListener) {
  const base = keys.apiBase || DEFAULT_API_BASE;
  const wxpay = new Wechatpay({
    mchid: keys.mchId,
    serial: keys.serialNo,
    privateKey: keys.privateKey,
    certs: { [keys.wechatpayPublicKeyId]: keys.wechatpayPublicKey },
    baseURL: base.endsWith('/') ? base : `${base}/`,
    timeout: timeoutMs,
    headers: { 'Wechatpay-Serial': keys.wechatpayPublicKeyId },
  } as never) as any;

  async function call<T>(endpoint: string, run: () => Promise<{ data: T; status: number }>): Promise<{ data: T; status: number }> {
    try {
      const answer = await run();
      onCall?.(endpoint, answer.status, 'OK');
      return answer;
    } catch (err) {
      const res = (err as { response?: { status?: number; data?: { code?: string; message?: string } } }).response;
      onCall?.(endpoint, res?.status ?? 0, res?.data?.code ?? (res?.status ? 'HTTP' : 'NO_ANSWER'));
      if (res?.status && res.status >= 400 && res.status < 500) throw new PayApiError(res.status, res.data?.code ?? 'UNKNOWN', res.data?.message ?? '');
      throw payUnavailable(res?.status ? `HTTP ${res.status}` : (err as Error).message);
    }
  }

  return {
    prepay: (kind: 'jsapi' | 'native', body: Record<string, unknown>) =>
      call<{ prepay_id?: string; code_url?: string }>(`v3/pay/transactions/${kind}`, () => wxpay.v3.pay.transactions[kind].post(body)).then((r) => r.data),
    /** The transaction, or null when WeChat Pay has none (ORDER_NOT_EXIST). */
    async query(outTradeNo: string): Promise<Record<string, any> | null> {
      try {
        const r = await call<Record<string, any>>('v3/pay/transactions/out-trade-no/:id', () =>
          wxpay.v3.pay.transactions.outTradeNo.$out_trade_no$.get({ params: { mchid: keys.mchId }, out_trade_no: outTradeNo }),
        );
        return r.data;
      } catch (err) {
        if (err instanceof PayApiError && err.status === 404) return null;
        throw err;
      }
    },
    close: (outTradeNo: string) =>
      call('v3/pay/transactions/out-trade-no/:id/close', () =>
        wxpay.v3.pay.transactions.outTradeNo.$out_trade_no$.close.post({ mchid: keys.mchId }, { out_trade_no: outTradeNo }),
      ),
    refund: (body: Record<string, unknown>) =>
      call<Record<string, any>>('v3/refund/domestic/refunds', () => wxpay.v3.refund.domestic.refunds.post(body)).then((r) => r.data),
    queryRefund: (outRefundNo: string) =>
      call<Record<string, any>>('v3/refund/domestic/refunds/:id', () =>
        wxpay.v3.refund.domestic.refunds.$out_refund_no$.get({ out_refund_no: outRefundNo }),
      ).then((r) => r.data),
  };
}

export type PayClient = ReturnType<typeof payClient>;

/** JSAPI / mini program `requestPayment` parameters, signed with the merchant key (also in public-key mode). */
export function payParams(keys: MerchantKeys, appId: string, prepayId: string) {
  const timeStamp = String(Formatter.timestamp());
  const nonceStr = Formatter.nonce();
  const pkg = `prepay_id=${prepayId}`;
  return {
    appId,
    timeStamp,
    nonceStr,
    package: pkg,
    signType: 'RSA' as const,
    paySign: Rsa.sign(Formatter.joinedByLineFeed(appId, timeStamp, nonceStr, pkg), keys.privateKey),
  };
}

export interface NotifyHeaders {
  serial?: string;
  timestamp?: string;
  nonce?: string;
  signature?: string;
}

const parsedKeys = new Map<string, KeyObject>();

/** A PEM public key parsed once (parsing costs more than the verification itself); a handful of keys at most. */
export function publicKeyObject(pem: string): KeyObject {
  let key = parsedKeys.get(pem);
  if (!key) {
    if (parsedKeys.size >= 64) parsedKeys.clear();
    parsedKeys.set(pem, (key = createPublicKey(pem)));
  }
  return key;
}

/** Why a notification does not verify, or null when it does (the exact raw body, never a re-serialised one). */
export function notifyProblem(keys: MerchantKeys, headers: NotifyHeaders, rawBody: string, nowS: number, maxSkewS: number): string | null {
  if (!headers.serial || !headers.timestamp || !headers.nonce || !headers.signature) return 'missing Wechatpay-* headers';
  if (headers.serial !== keys.wechatpayPublicKeyId) return `unknown Wechatpay-Serial ${headers.serial}`;
  if (!/^\d+$/.test(headers.timestamp) || Math.abs(nowS - Number(headers.timestamp)) > maxSkewS) return 'stale timestamp';
  const ok = Rsa.verify(Formatter.response(headers.timestamp, headers.nonce, rawBody), headers.signature, publicKeyObject(keys.wechatpayPublicKey) as never);
  return ok ? null : 'bad signature';
}

/** The decrypted `resource` of a notification (AEAD_AES_256_GCM under the APIv3 key). */
export function decryptResource(keys: MerchantKeys, resource: { ciphertext?: string; nonce?: string; associated_data?: string }): Record<string, any> {
  if (!resource.ciphertext || !resource.nonce) throw new Error('resource incomplete');
  return JSON.parse(
    (Aes as unknown as { AesGcm: { decrypt(c: string, k: string, iv: string, aad: string): string } }).AesGcm.decrypt(
      resource.ciphertext,
      keys.apiV3Key,
      resource.nonce,
      resource.associated_data ?? '',
    ),
  ) as Record<string, any>;
}
