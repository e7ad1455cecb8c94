import { randomBytes, randomUUID } from 'node:crypto';
import type { Ctx, Router } from '../../http/router';
import { Reply } from '../../http/reply';
import type { Runtime } from '../../runtime';
import { parseAuthorization, requestMessage, responseMessage, rsaSign, rsaVerify } from '../crypto';
import { PayError, payErrors } from '../errors';
import { acceptedSerials, responseSigner, type Merchant } from '../state/merchant';

/** What a v3 handler returns: a status and an optional JSON body. */
export interface PayAnswer {
  status: number;
  body?: unknown;
}

export type PayHandler = (ctx: Ctx, merchant: Merchant) => PayAnswer | Promise<PayAnswer>;

const MAX_SKEW_S = 300;

/** Checks `Authorization` like WeChat Pay: known mchid and serial, fresh timestamp, valid signature. */
export function authenticate(rt: Runtime, ctx: Ctx): Merchant {
  const auth = parseAuthorization(ctx.req.headers.authorization);
  if (!auth) throw payErrors.sign('Authorization 缺失或格式错误');
  const merchant = rt.state.pay.merchant(auth.mchid);
  if (!merchant) throw payErrors.sign('商户号不存在');
  if (auth.serial_no !== merchant.serialNo) throw payErrors.sign('商户证书序列号有误');
  if (Math.abs(rt.state.clock.seconds() - Number(auth.timestamp)) > MAX_SKEW_S) throw payErrors.sign('请求时间戳与当前时间相差过大');
  const message = requestMessage(ctx.method, ctx.req.url ?? ctx.path, auth.timestamp, auth.nonce_str, ctx.raw.toString('utf8'));
  if (!rsaVerify(merchant.publicKeyPem, message, auth.signature)) throw payErrors.sign('签名错误');
  const serial = ctx.req.headers['wechatpay-serial'];
  if (typeof serial === 'string' && !acceptedSerials(merchant).includes(serial))
    throw payErrors.invalidRequest(
      merchant.mode === 'publicKey' ? 'Wechatpay-Serial 与商户的微信支付公钥ID不符' : 'Wechatpay-Serial 与商户的平台证书序列号或微信支付公钥ID不符',
    );
  return merchant;
}

/** A response signed with WeChat Pay's key, as the four `Wechatpay-*` headers say. */
export function signedReply(rt: Runtime, merchant: Merchant | undefined, status: number, body?: unknown, requestSerial?: string): Reply {
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers: Record<string, string> = { 'request-id': randomUUID() };
  if (merchant) {
    const timestamp = String(rt.state.clock.seconds());
    const nonce = randomBytes(16).toString('hex');
    const signer = responseSigner(merchant, requestSerial);
    Object.assign(headers, {
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-serial': signer.serial,
      'wechatpay-signature': rsaSign(signer.privateKeyPem, responseMessage(timestamp, nonce, text)),
    });
  }
  return new Reply(status, text, 'application/json; charset=utf-8', headers);
}

const requestSerial = (ctx: Ctx): string | undefined => {
  const serial = ctx.req.headers['wechatpay-serial'];
  return typeof serial === 'string' ? serial : undefined;
};

/** Registers a WeChat Pay v3 endpoint: authenticated, fault-injectable, signed answers. */
export function payApi(router: Router, rt: Runtime, method: 'GET' | 'POST', pattern: string, handler: PayHandler): void {
  router.api(method, pattern, async (ctx) => {
    let merchant: Merchant | undefined;
    try {
      merchant = authenticate(rt, ctx);
      const answer = await handler(ctx, merchant);
      return signedReply(rt, merchant, answer.status, answer.body, requestSerial(ctx));
    } catch (err) {
      if (!(err instanceof PayError)) throw err;
      // A request that did not authenticate is not answered with the merchant's key.
      return signedReply(rt, err.status === 401 ? undefined : merchant, err.status, { code: err.code, message: err.message }, requestSerial(ctx));
    }
  });
}

/** The JSON body of a v3 request; PARAM_ERROR when it is not an object. */
export function payBody(ctx: Ctx): Record<string, any> {
  try {
    const value: unknown = JSON.parse(ctx.raw.toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, any>;
  } catch {
    /* falls through */
  }
  throw payErrors.param('请求体不是合法的JSON');
}
