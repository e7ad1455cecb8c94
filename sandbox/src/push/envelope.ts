import { randomInt } from 'node:crypto';
import { MsgCrypt } from '../crypto/msg-crypt';
import { sortedSha1 } from '../crypto/signature';
import type { AppConfig, MessageMode } from '../state/types';
import { looksLikeXml, parseXml, toXml, type XmlObject } from '../wx/xml';

export function cryptOf(app: AppConfig): MsgCrypt {
  return new MsgCrypt(app.token, app.encodingAESKey, app.appId);
}

const nonce = () => String(randomInt(100_000_000, 2_000_000_000));

/**
 * What WeChat sends for a message (reference §2.1, §2.4): the query (signature, timestamp, nonce,
 * openid; plus encrypt_type=aes and msg_signature when encrypted) and the XML body.
 */
export function sealMessage(app: AppConfig, mode: MessageMode, message: XmlObject, openid: string, nowSeconds: number) {
  const timestamp = String(nowSeconds);
  const n = nonce();
  const query: Record<string, string> = { signature: sortedSha1(app.token, timestamp, n), timestamp, nonce: n, openid };
  if (mode === 'plain') return { query, body: toXml(message) };
  const crypt = cryptOf(app);
  const encrypt = crypt.encrypt(toXml(message));
  query.encrypt_type = 'aes';
  query.msg_signature = crypt.signature(timestamp, n, encrypt);
  const body = mode === 'safe' ? toXml({ ToUserName: app.ghId, Encrypt: encrypt }) : toXml({ ...message, Encrypt: encrypt });
  return { query, body };
}

/** What a developer server does with a push: check the signatures, decrypt. Throws when bad. */
export function openMessage(app: AppConfig, query: URLSearchParams, body: string): { message: Record<string, unknown>; encrypted: boolean } {
  const timestamp = query.get('timestamp') ?? '';
  const n = query.get('nonce') ?? '';
  const outer = parseXml(body);
  if (query.get('encrypt_type') === 'aes' && query.get('msg_signature')) {
    const crypt = cryptOf(app);
    const encrypt = String(outer.Encrypt ?? '');
    if (crypt.signature(timestamp, n, encrypt) !== query.get('msg_signature')) throw new Error('invalid msg_signature');
    return { message: parseXml(crypt.decrypt(encrypt).message), encrypted: true };
  }
  if (sortedSha1(app.token, timestamp, n) !== query.get('signature')) throw new Error('invalid signature');
  return { message: outer, encrypted: false };
}

/** What a developer server answers: the reply XML, wrapped and signed in safe mode. */
export function sealReply(app: AppConfig, replyXml: string, encrypted: boolean, nowSeconds: number): string {
  if (!encrypted) return replyXml;
  const crypt = cryptOf(app);
  const encrypt = crypt.encrypt(replyXml);
  const timestamp = String(nowSeconds);
  const n = nonce();
  return toXml({ Encrypt: encrypt, MsgSignature: crypt.signature(timestamp, n, encrypt), TimeStamp: timestamp, Nonce: n });
}

export type OpenedReply =
  | { kind: 'none' }
  | { kind: 'message'; xml: string; message: Record<string, unknown>; encrypted: boolean }
  | { kind: 'invalid'; error: string };

/**
 * What WeChat does with the answer (reference §2.3): `success` or an empty body means no reply;
 * otherwise XML, encrypted (MsgSignature over its own TimeStamp, Nonce, Encrypt) or plain, and in
 * safe mode it must be encrypted.
 */
export function openReply(app: AppConfig, mode: MessageMode, body: string): OpenedReply {
  const text = body.trim();
  if (text === '' || text === 'success') return { kind: 'none' };
  if (!looksLikeXml(text)) return { kind: 'invalid', error: '回复不是 XML（也不是 success 或空串）' };
  let outer: Record<string, unknown>;
  try {
    outer = parseXml(text);
  } catch {
    return { kind: 'invalid', error: '回复 XML 无法解析' };
  }
  if (outer.Encrypt === undefined) {
    if (mode === 'safe') return { kind: 'invalid', error: '安全模式下回复必须加密' };
    return { kind: 'message', xml: text, message: outer, encrypted: false };
  }
  const crypt = cryptOf(app);
  const encrypt = String(outer.Encrypt);
  if (crypt.signature(String(outer.TimeStamp ?? ''), String(outer.Nonce ?? ''), encrypt) !== outer.MsgSignature) {
    return { kind: 'invalid', error: '回复的 MsgSignature 校验失败' };
  }
  try {
    const opened = crypt.decrypt(encrypt);
    if (opened.receiveId !== app.appId) return { kind: 'invalid', error: `回复加密的 appid 不符：${opened.receiveId}` };
    return { kind: 'message', xml: opened.message, message: parseXml(opened.message), encrypted: true };
  } catch (err) {
    return { kind: 'invalid', error: `回复解密失败：${(err as Error).message}` };
  }
}
