import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { Aes, Formatter, Rsa, Wechatpay } from 'wechatpay-axios-plugin';
import { payUnavailable } from '../lib/errors';

/**
 * Which keys verify WeChat Pay's answers and callbacks: the public key (公钥, new merchants), the
 * platform certificates (平台证书, older merchants), or both during the switch (切换中), when callbacks
 * come signed by either and the `Wechatpay-Serial` header names which.
 */
export type VerificationMode = 'publicKey' | 'platformCertificate' | 'switching';

/** A platform certificate as downloaded from `/v3/certificates` and decrypted with the APIv3 key. */
export interface PlatformCertificate {
  serialNo: string;
  pem: string;
  effectiveTime: string;
  expireTime: string;
}

/** A merchant account with its keys decrypted: what a client and the notification checks need. */
export interface MerchantKeys {
  mchId: string;
  appId: string;
  serialNo: string;
  privateKey: string;
  apiV3Key: string;
  verificationMode?: VerificationMode | null;
  wechatpayPublicKeyId?: string | null;
  wechatpayPublicKey?: string | null;
  platformCertificates?: PlatformCertificate[] | null;
  apiBase?: string | null;
}

const usableCertificates = (keys: MerchantKeys, nowMs = Date.now()) =>
  (keys.platformCertificates ?? []).filter((c) => Date.parse(c.expireTime) > nowMs && Date.parse(c.effectiveTime) <= nowMs + 86_400_000);

/** serial → key of every key the account's mode trusts (what wechatpay-axios-plugin's `certs` takes). */
export function trustedKeys(keys: MerchantKeys): Record<string, string> {
  const mode = keys.verificationMode ?? 'publicKey';
  const map: Record<string, string> = {};
  if (mode !== 'platformCertificate' && keys.wechatpayPublicKeyId && keys.wechatpayPublicKey) map[keys.wechatpayPublicKeyId] = keys.wechatpayPublicKey;
  if (mode !== 'publicKey') for (const c of usableCertificates(keys)) map[c.serialNo] = c.pem;
  return map;
}

/** The `Wechatpay-Serial` our requests name: the public key id, or in certificate mode the newest certificate. */
export function requestSerial(keys: MerchantKeys): string | undefined {
  if ((keys.verificationMode ?? 'publicKey') !== 'platformCertificate') return keys.wechatpayPublicKeyId ?? undefined;
  return [...usableCertificates(keys)].sort((a, b) => b.expireTime.localeCompare(a.expireTime))[0]?.serialNo;
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
 * A WeChat Pay v3 client on `wechatpay-axios-plugin`: requests are signed with the merchant key, and every
 * 2xx answer's signature is verified with the key its `Wechatpay-Serial` names among `certs` (serial → key:
 * the public key, the platform certificates, or both while switching); the library refuses any other serial.
 */
export function payClient(keys: MerchantKeys, timeoutMs: number, onCall?: CallListener, onUnknownSerial?: () => Promise<unknown>) {
  const base = keys.apiBase || DEFAULT_API_BASE;
  const serial = requestSerial(keys);
  const certs = trustedKeys(keys);
  // Certificate mode before any certificate was downloaded: nothing WeChat Pay answers could be verified.
  const wxpay = !Object.keys(certs).length
    ? null
    : (new Wechatpay({
        mchid: keys.mchId,
        serial: keys.serialNo,
        privateKey: keys.privateKey,
        certs,
        baseURL: base.endsWith('/') ? base : `${base}/`,
        timeout: timeoutMs,
        headers: serial ? { 'Wechatpay-Serial': serial } : {},
      } as never) as any);

  async function call<T>(endpoint: string, run: () => Promise<{ data: T; status: number }>): Promise<{ data: T; status: number }> {
    if (!wxpay) {
      await onUnknownSerial?.();
      throw payUnavailable('no platform certificate to verify answers with');
    }
    try {
      const answer = await run();
      onCall?.(endpoint, answer.status, 'OK');
      return answer;
    } catch (err) {
      const res = (err as { response?: { status?: number; data?: { code?: string; message?: string } } }).response;
      onCall?.(endpoint, res?.status ?? 0, res?.data?.code ?? (res?.status ? 'HTTP' : 'NO_ANSWER'));
      // A 2xx answer signed by a key we do not hold (the library's check): a new platform certificate, perhaps.
      if ((err as { code?: string }).code === 'EV3_RES_HEADER_PLATFORM_SERIAL') await onUnknownSerial?.();
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
    /**
     * A day's trade bill: the signed `tradebill` answer, then the file (signed request, unsigned answer),
     * its SHA1 checked against `hash_value`. null when WeChat Pay has no bill for that day.
     */
    async tradeBill(billDate: string): Promise<{ rows: Record<string, string>[]; summary: Record<string, string>; sha1: string } | null> {
      let info: { download_url: string; hash_type?: string; hash_value: string };
      try {
        info = (await call<typeof info>('v3/bill/tradebill', () => wxpay.v3.bill.tradebill.get({ params: { bill_date: billDate, bill_type: 'ALL' } }))).data;
      } catch (err) {
        if (err instanceof PayApiError && err.code === 'NO_STATEMENT_EXIST') return null;
        throw err;
      }
      const url = new URL(info.download_url);
      const file = await call<ArrayBuffer>('v3/billdownload/file', () =>
        wxpay.v3.billdownload.file.get({ params: Object.fromEntries(url.searchParams), responseType: 'arraybuffer' }),
      );
      const bytes = Buffer.from(file.data);
      const sha1 = createHash('sha1').update(bytes).digest('hex');
      if (sha1.toLowerCase() !== String(info.hash_value).toLowerCase()) throw payUnavailable('账单文件的 SHA1 与微信支付给出的不一致');
      const parsed = (Formatter as unknown as { castCsvBill(b: Buffer): { rows: Record<string, string>[]; summary: Record<string, string> } }).castCsvBill(
        bytes,
      );
      return { ...parsed, sha1 };
    },
  };
}

/**
 * Downloads the platform certificates (`GET /v3/certificates`) and decrypts them with the APIv3 key.
 * The answer may be signed by a certificate we do not hold yet: it is verified after decrypting, with the
 * key its `Wechatpay-Serial` names among the downloaded certificates and the keys already trusted.
 */
export async function downloadCertificates(keys: MerchantKeys, timeoutMs: number): Promise<PlatformCertificate[]> {
  const base = (keys.apiBase || DEFAULT_API_BASE).replace(/\/+$/, '');
  const path = '/v3/certificates';
  const timestamp = String(Formatter.timestamp());
  const nonce = Formatter.nonce();
  const signature = Rsa.sign(Formatter.request('GET', path, timestamp, nonce, ''), keys.privateKey);
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, {
      headers: { accept: 'application/json', authorization: Formatter.authorization(keys.mchId, nonce, signature, timestamp, keys.serialNo) },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw payUnavailable((err as Error).message);
  }
  const raw = await res.text();
  if (!res.ok) {
    let body: { code?: string; message?: string } = {};
    try {
      body = JSON.parse(raw) as typeof body;
    } catch {
      /* not JSON */
    }
    if (res.status >= 400 && res.status < 500) throw new PayApiError(res.status, body.code ?? 'UNKNOWN', body.message ?? '');
    throw payUnavailable(`HTTP ${res.status}`);
  }
  const data = (JSON.parse(raw) as { data?: Array<Record<string, any>> }).data ?? [];
  const certificates = data.map((c) => ({
    serialNo: String(c.serial_no),
    effectiveTime: String(c.effective_time),
    expireTime: String(c.expire_time),
    pem: (Aes as unknown as { AesGcm: { decrypt(c: string, k: string, iv: string, aad: string): string } }).AesGcm.decrypt(
      c.encrypt_certificate.ciphertext,
      keys.apiV3Key,
      c.encrypt_certificate.nonce,
      c.encrypt_certificate.associated_data ?? '',
    ),
  }));
  const known = { ...trustedKeys({ ...keys, verificationMode: 'switching' }), ...Object.fromEntries(certificates.map((c) => [c.serialNo, c.pem])) };
  const problem = notifyProblemWith(
    known,
    {
      serial: res.headers.get('wechatpay-serial') ?? undefined,
      timestamp: res.headers.get('wechatpay-timestamp') ?? undefined,
      nonce: res.headers.get('wechatpay-nonce') ?? undefined,
      signature: res.headers.get('wechatpay-signature') ?? undefined,
    },
    raw,
    Math.floor(Date.now() / 1000),
    300,
  );
  if (problem) throw payUnavailable(`平台证书下载结果验签失败：${problem}`);
  return certificates;
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
  return notifyProblemWith(trustedKeys(keys), headers, rawBody, nowS, maxSkewS);
}

/** The same check against a serial → key map: the key `Wechatpay-Serial` names, or an unknown serial. */
function notifyProblemWith(known: Record<string, string>, headers: NotifyHeaders, rawBody: string, nowS: number, maxSkewS: number): string | null {
  if (!headers.serial || !headers.timestamp || !headers.nonce || !headers.signature) return 'missing Wechatpay-* headers';
  const key = Object.hasOwn(known, headers.serial) ? known[headers.serial] : undefined;
  if (!key) return `unknown Wechatpay-Serial ${headers.serial}`;
  if (!/^\d+$/.test(headers.timestamp) || Math.abs(nowS - Number(headers.timestamp)) > maxSkewS) return 'stale timestamp';
  const ok = Rsa.verify(Formatter.response(headers.timestamp, headers.nonce, rawBody), headers.signature, publicKeyObject(key) as never);
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
