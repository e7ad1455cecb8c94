import { randomInt } from 'crypto';
import { buildXml, isFresh, MsgCrypto, parseWechatXml, signatureMatches, type XmlFields } from '@wedraw/wechat-protocol';

export type PushQuery = Record<string, string | undefined>;

/** Why a push was refused; the controller maps it to a status. */
export class PushRejected extends Error {
  constructor(
    readonly status: 400 | 401,
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}

export interface AppSecrets {
  appId: string;
  token: string;
  encodingAESKey: string;
  messageMode: 'plain' | 'compatible' | 'safe';
}

/** Plain signature (every GET and POST carries it) and a timestamp no older than 5 minutes. */
export function checkSignature(app: AppSecrets, query: PushQuery, nowSeconds: number): void {
  const timestamp = query.timestamp ?? '';
  const nonce = query.nonce ?? '';
  if (!signatureMatches(app.token, timestamp, nonce, query.signature)) throw new PushRejected(401, 'InvalidSignature', '签名无效');
  if (!isFresh(timestamp, nowSeconds)) throw new PushRejected(401, 'StaleTimestamp', '时间戳已过期');
}

/** Checks both signatures and decrypts a push (reference §2.4): the message and whether it was encrypted. */
export function openPush(app: AppSecrets, query: PushQuery, body: string, nowSeconds: number): { message: XmlFields; crypto: MsgCrypto | null } {
  checkSignature(app, query, nowSeconds);
  let outer: XmlFields;
  try {
    outer = parseWechatXml(body);
  } catch (err) {
    throw new PushRejected(400, 'InvalidXml', (err as Error).message);
  }
  if (query.encrypt_type === 'aes') {
    if (!app.encodingAESKey) throw new PushRejected(401, 'InvalidSignature', '应用未配置 EncodingAESKey');
    const crypto = new MsgCrypto(app.token, app.encodingAESKey, app.appId);
    const encrypted = outer.Encrypt ?? '';
    if (!encrypted || !query.msg_signature || crypto.signature(query.timestamp ?? '', query.nonce ?? '', encrypted) !== query.msg_signature) {
      throw new PushRejected(401, 'InvalidSignature', '消息签名无效');
    }
    let inner: string;
    try {
      inner = crypto.decrypt(encrypted);
    } catch {
      throw new PushRejected(400, 'DecryptFailed', '消息解密失败');
    }
    try {
      return { message: parseWechatXml(inner), crypto };
    } catch (err) {
      throw new PushRejected(400, 'InvalidXml', (err as Error).message);
    }
  }
  if (app.messageMode === 'safe') throw new PushRejected(401, 'EncryptionRequired', '安全模式下只接受加密消息');
  return { message: outer, crypto: null };
}

/** The reply body: as is in plain mode, wrapped and signed in safe mode. */
export function sealReply(replyXml: string, crypto: MsgCrypto | null, nowSeconds: number): string {
  if (!crypto) return replyXml;
  const encrypted = crypto.encrypt(replyXml);
  const timestamp = String(nowSeconds);
  const nonce = String(randomInt(100_000_000, 2_000_000_000));
  return buildXml({ Encrypt: encrypted, MsgSignature: crypto.signature(timestamp, nonce, encrypted), TimeStamp: nowSeconds, Nonce: nonce });
}

/** WeChat's de-duplication key: MsgId, or FromUserName + CreateTime for events (reference §2.3). */
export function dedupeKey(appId: string, msg: XmlFields): string {
  if (msg.MsgID) return `seen:${appId}:evt:${msg.Event ?? ''}:${msg.MsgID}`; // TEMPLATESENDJOBFINISH: one per message, several a second per fan
  return msg.MsgId ? `seen:${appId}:msg:${msg.MsgId}` : `seen:${appId}:evt:${msg.FromUserName}:${msg.CreateTime}:${msg.Event ?? ''}`;
}
