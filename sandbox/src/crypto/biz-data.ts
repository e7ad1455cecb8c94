import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Mini program encrypted user data (reference §3.2): AES-128-CBC with PKCS#7, key =
 * base64(session_key), IV = 16 random bytes; the JSON carries watermark.appid.
 */
export function encryptBizData(sessionKey: string, data: object, iv: Buffer = randomBytes(16)) {
  const cipher = createCipheriv('aes-128-cbc', Buffer.from(sessionKey, 'base64'), iv);
  const json = JSON.stringify(data);
  const encryptedData = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]).toString('base64');
  return { encryptedData, iv: iv.toString('base64') };
}

export function decryptBizData(sessionKey: string, encryptedData: string, iv: string): unknown {
  const decipher = createDecipheriv('aes-128-cbc', Buffer.from(sessionKey, 'base64'), Buffer.from(iv, 'base64'));
  const json = Buffer.concat([decipher.update(Buffer.from(encryptedData, 'base64')), decipher.final()]).toString('utf8');
  return JSON.parse(json);
}
