import { DEMO_MERCHANT_KEYS } from './demo-keys';

/**
 * Which key WeChat Pay signs with for this merchant: the public key (new merchants), the platform
 * certificate (older merchants), or the switching period (responses follow the request's
 * `Wechatpay-Serial`, callbacks use either key at random).
 */
export type VerificationMode = 'publicKey' | 'platformCertificate' | 'switching';
export const VERIFICATION_MODES: VerificationMode[] = ['publicKey', 'platformCertificate', 'switching'];

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
  /** The platform certificate (40-hex serial), its key and its validity. */
  platformSerialNo: string;
  platformCertificatePem: string;
  platformPrivateKeyPem: string;
  platformEffectiveTime: string;
  platformExpireTime: string;
  mode: VerificationMode;
  /** In `switching` mode, the share of callbacks signed with the public key (0–1). */
  switchingPublicKeyShare: number;
}

/** The key WeChat Pay signs with, by the serial naming it. */
export interface SigningKey {
  serial: string;
  privateKeyPem: string;
}

export const publicKeySigner = (m: Merchant): SigningKey => ({ serial: m.wechatpayPublicKeyId, privateKeyPem: m.wechatpayPrivateKeyPem });
export const certificateSigner = (m: Merchant): SigningKey => ({ serial: m.platformSerialNo, privateKeyPem: m.platformPrivateKeyPem });

/** The serials a request's `Wechatpay-Serial` may name in the merchant's current mode. */
export function acceptedSerials(m: Merchant): string[] {
  if (m.mode === 'publicKey') return [m.wechatpayPublicKeyId];
  if (m.mode === 'platformCertificate') return [m.platformSerialNo];
  return [m.wechatpayPublicKeyId, m.platformSerialNo];
}

/** How a response is signed: by the mode, and in `switching` by the serial the request named (public key when none). */
export function responseSigner(m: Merchant, requestSerial?: string): SigningKey {
  if (m.mode === 'publicKey') return publicKeySigner(m);
  if (m.mode === 'platformCertificate') return certificateSigner(m);
  return requestSerial === m.platformSerialNo ? certificateSigner(m) : publicKeySigner(m);
}

/** How a callback is signed: in `switching` either key, the public key with `switchingPublicKeyShare` probability. */
export function callbackSigner(m: Merchant, random: () => number = Math.random): SigningKey {
  if (m.mode === 'publicKey') return publicKeySigner(m);
  if (m.mode === 'platformCertificate') return certificateSigner(m);
  return random() < m.switchingPublicKeyShare ? publicKeySigner(m) : certificateSigner(m);
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
  platformSerialNo: '3D0C5A7B1E9F40A8C2B6D4E1F7A9038C5B2E6D10',
  platformCertificatePem: DEMO_MERCHANT_KEYS.platformCertificatePem,
  platformPrivateKeyPem: DEMO_MERCHANT_KEYS.platformPrivateKeyPem,
  platformEffectiveTime: '2026-12-03T21:09:57+08:00',
  platformExpireTime: '2031-12-03T21:09:57+08:00',
  mode: 'publicKey',
  switchingPublicKeyShare: 0.5,
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
    mode: m.mode,
    switchingPublicKeyShare: m.switchingPublicKeyShare,
    platformSerialNo: m.platformSerialNo,
  };
}
