import { randomInt } from 'node:crypto';
import { MsgCrypt } from '../../crypto/msg-crypt';
import { parseXml, toXml, type XmlObject } from '../../wx/xml';

export interface WecomCryptConfig {
  corpId: string;
  token: string;
  encodingAESKey: string;
}

/** WeCom's envelope: the §2.4 algorithm with receiveid = CorpID. */
export function wecomCrypt(c: WecomCryptConfig): MsgCrypt {
  return new MsgCrypt(c.token, c.encodingAESKey, c.corpId);
}

const nonce = () => String(randomInt(100_000_000, 2_000_000_000));

/**
 * What WeCom POSTs (reference §4.8): `?msg_signature&timestamp&nonce` and
 * `<xml><ToUserName>corpid</ToUserName><AgentID>..</AgentID><Encrypt>..</Encrypt></xml>`.
 */
export function sealWecomMessage(c: WecomCryptConfig, message: XmlObject, nowSeconds: number, agentId?: number) {
  const crypt = wecomCrypt(c);
  const encrypt = crypt.encrypt(toXml(message));
  const timestamp = String(nowSeconds);
  const n = nonce();
  const query = { msg_signature: crypt.signature(timestamp, n, encrypt), timestamp, nonce: n };
  const body = toXml({ ToUserName: c.corpId, ...(agentId ? { AgentID: String(agentId) } : {}), Encrypt: encrypt });
  return { query, body };
}

/** The URL-verification GET: `?msg_signature&timestamp&nonce&echostr` with echostr encrypted. */
export function sealEchostr(c: WecomCryptConfig, plain: string, nowSeconds: number) {
  const crypt = wecomCrypt(c);
  const echostr = crypt.encrypt(plain);
  const timestamp = String(nowSeconds);
  const n = nonce();
  return { msg_signature: crypt.signature(timestamp, n, echostr), timestamp, nonce: n, echostr };
}

/** What a receiver does with a push: check msg_signature, decrypt, check the CorpID. Throws when bad. */
export function openWecomMessage(c: WecomCryptConfig, query: URLSearchParams, body: string): Record<string, unknown> {
  const crypt = wecomCrypt(c);
  const encrypt = String(parseXml(body).Encrypt ?? '');
  if (crypt.signature(query.get('timestamp') ?? '', query.get('nonce') ?? '', encrypt) !== query.get('msg_signature')) throw new Error('invalid msg_signature');
  const opened = crypt.decrypt(encrypt);
  if (opened.receiveId !== c.corpId) throw new Error(`receiveid ${opened.receiveId} is not the CorpID`);
  return parseXml(opened.message);
}
