import { DEMO_MERCHANT_KEYS } from './demo-keys';

/** A WeChat Pay merchant as the sandbox knows it: what it signs with and what signs for it. */
export interface Merchant {
  mchId: string;
  /** The merchant API certificate serial the merchant names in `Authorization`. */
  serialNo: string;
  privateKeyPem: string;
  publicKeyPem: string;
  apiV3Key: string;
  /** WeChat Pay public key mode (the only one new merchants get): the key id and its key pair. */
  wechatpayPublicKeyId: string;
  wechatpayPublicKeyPem: string;
  wechatpayPrivateKeyPem: string;
}

/** The demo merchant; fixed so that a seeded WeDraw keeps working across restarts. */
export const DEMO_MERCHANT: Merchant = {
  mchId: '1900009001',
  serialNo: '5A0D7E3C1B9F00015A0D7E3C1B9F00015A0D7E3C',
  privateKeyPem: DEMO_MERCHANT_KEYS.merchantPrivateKeyPem,
  publicKeyPem: DEMO_MERCHANT_KEYS.merchantPublicKeyPem,
  apiV3Key: 'WeDrawSandboxApiV3Key00000000001',
  wechatpayPublicKeyId: 'PUB_KEY_ID_0119000090012026120300110000000001',
  wechatpayPublicKeyPem: DEMO_MERCHANT_KEYS.wechatpayPublicKeyPem,
  wechatpayPrivateKeyPem: DEMO_MERCHANT_KEYS.wechatpayPrivateKeyPem,
};

/** What `GET /_sandbox/pay/merchant` shows (never WeChat Pay's private key). */
export function merchantCredentials(m: Merchant) {
  return {
    mchId: m.mchId,
    serialNo: m.serialNo,
    privateKeyPem: m.privateKeyPem,
    publicKeyPem: m.publicKeyPem,
    apiV3Key: m.apiV3Key,
    wechatpayPublicKeyId: m.wechatpayPublicKeyId,
    wechatpayPublicKeyPem: m.wechatpayPublicKeyPem,
  };
}
