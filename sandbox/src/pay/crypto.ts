import { createCipheriv, createDecipheriv, createSign, createVerify, randomBytes } from 'node:crypto';

/** SHA256withRSA over `text`, base64: how WeChat Pay v3 signs and is signed. */
export function rsaSign(privateKeyPem: string, text: string): string {
  return createSign('RSA-SHA256').update(text).sign(privateKeyPem, 'base64');
}

export function rsaVerify(publicKeyPem: string, text: string, signature: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(text).verify(publicKeyPem, signature, 'base64');
  } catch {
    return false;
  }
}

/** The fields of `Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",…`. */
export interface AuthorizationFields {
  mchid: string;
  serial_no: string;
  nonce_str: string;
  timestamp: string;
  signature: string;
}

const SCHEMA = 'WECHATPAY2-SHA256-RSA2048';

export function parseAuthorization(header: string | undefined): AuthorizationFields | undefined {
  if (!header?.startsWith(`${SCHEMA} `)) return undefined;
  const fields: Record<string, string> = {};
  for (const m of header.slice(SCHEMA.length + 1).matchAll(/(\w+)="([^"]*)"/g)) fields[m[1] as string] = m[2] as string;
  const { mchid, serial_no, nonce_str, timestamp, signature } = fields;
  if (!mchid || !serial_no || !nonce_str || !timestamp || !signature) return undefined;
  return { mchid, serial_no, nonce_str, timestamp, signature };
}

/** The string a merchant signs for a request: method, path+query, timestamp, nonce, body. */
export function requestMessage(method: string, pathAndQuery: string, timestamp: string, nonce: string, body: string): string {
  return `${method}\n${pathAndQuery}\n${timestamp}\n${nonce}\n${body}\n`;
}

/** The string WeChat Pay signs for a response or notification: timestamp, nonce, body. */
export function responseMessage(timestamp: string, nonce: string, body: string): string {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

/** A ready `Authorization` header (the sandbox's own client side, for tests and the phone page). */
export function buildAuthorization(
  mchid: string,
  serialNo: string,
  privateKeyPem: string,
  method: string,
  pathAndQuery: string,
  body: string,
  timestamp: number,
): string {
  const nonce = randomBytes(16).toString('hex');
  const signature = rsaSign(privateKeyPem, requestMessage(method, pathAndQuery, String(timestamp), nonce, body));
  return `${SCHEMA} mchid="${mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${serialNo}"`;
}

/** AEAD_AES_256_GCM with the APIv3 key: base64(ciphertext ‖ 16-byte tag). */
export function aesGcmEncrypt(apiV3Key: string, nonce: string, associatedData: string, plaintext: string): string {
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([body, cipher.getAuthTag()]).toString('base64');
}

export function aesGcmDecrypt(apiV3Key: string, nonce: string, associatedData: string, ciphertext: string): string {
  const raw = Buffer.from(ciphertext, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'));
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  return Buffer.concat([decipher.update(raw.subarray(0, raw.length - 16)), decipher.final()]).toString('utf8');
}

/** 12 characters of [0-9A-Za-z], as WeChat Pay's resource nonces are. */
export function gcmNonce(): string {
  return randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
}
