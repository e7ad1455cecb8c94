import { createHash, randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { isFresh, MsgCrypto, parseWechatXml, sortedSha1, type XmlFields } from '@wedraw/wechat-protocol';
import { services } from '../lib/services';
import type { WecomCorp } from './corps';

const SEEN_TTL_MS = 10 * 60_000;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The `<BatchJob>` element of a batch_job_result push (the XML reader gives nested elements as JSON). */
function batchJobOf(text: string | undefined): { JobId?: string; ErrCode?: number | string; ErrMsg?: string } {
  try {
    return JSON.parse(text ?? '{}') as { JobId?: string };
  } catch {
    return {};
  }
}

export type PushQuery = Record<string, string | undefined>;

/** Why a push was refused; the controller maps it to a status. */
export class PushRejected extends Error {
  constructor(
    readonly status: 400 | 401 | 404,
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * WeCom's callback (API.md "WeCom's callbacks"): always safe mode, receiveid = CorpID. A push is
 * refused with 401 (nothing stored) when its msg_signature does not match, its timestamp is over
 * 5 minutes old, or its exact request was seen before (a replay: WeCom re-seals each retry with a
 * new nonce). A retried push of the same message is handled once (its plaintext hash is kept 10 min).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const s = services(strapi);

  async function corpOf(corpId: string): Promise<{ corp: WecomCorp; crypto: MsgCrypto }> {
    const corp = await s.corps.get(corpId);
    if (!corp) throw new PushRejected(404, 'NotFound', '没有这个企业');
    if (!corp.callbackToken || !corp.encodingAESKey) throw new PushRejected(401, 'InvalidSignature', '企业未配置回调 Token 与 EncodingAESKey');
    return { corp, crypto: new MsgCrypto(corp.callbackToken, corp.encodingAESKey, corp.corpId) };
  }

  function open(crypto: MsgCrypto, query: PushQuery, encrypted: string): string {
    const timestamp = query.timestamp ?? '';
    if (!encrypted || !query.msg_signature || crypto.signature(timestamp, query.nonce ?? '', encrypted) !== query.msg_signature) {
      throw new PushRejected(401, 'InvalidSignature', '消息签名无效');
    }
    if (!isFresh(timestamp, nowSeconds())) throw new PushRejected(401, 'StaleTimestamp', '时间戳已过期');
    try {
      return crypto.decrypt(encrypted);
    } catch {
      throw new PushRejected(401, 'InvalidSignature', '消息解密失败');
    }
  }

  async function dispatch(corp: WecomCorp, msg: XmlFields): Promise<void> {
    if (msg.Event === 'change_contact') await s.contactsPush.apply(corp, msg);
    if (msg.Event === 'change_external_contact') await s.customersPush.apply(corp, msg);
    if (msg.Event === 'change_external_chat') await s.groupsStore.apply(corp, msg);
    if (msg.Event === 'batch_job_result') await s.contactsImport.onJobResult(corp, batchJobOf(msg.BatchJob));
  }

  return {
    /** GET: URL verification, the decrypted echostr. */
    async verify(corpId: string, query: PushQuery): Promise<string> {
      const { corp, crypto } = await corpOf(corpId);
      const plain = open(crypto, query, query.echostr ?? '');
      if (!corp.callbackVerifiedAt) await s.corps.markCallbackVerified(corp.corpId);
      return plain;
    },

    /** POST: one push, handled once. */
    async handle(corpId: string, query: PushQuery, body: string): Promise<string> {
      const { corp, crypto } = await corpOf(corpId);
      let outer: XmlFields;
      try {
        outer = parseWechatXml(body);
      } catch {
        throw new PushRejected(400, 'InvalidXml', '消息格式错误');
      }
      const inner = open(crypto, query, outer.Encrypt ?? '');
      const kv = s.sharedState.kv();
      const requestKey = `replay:${corp.corpId}:${sortedSha1(query.msg_signature ?? '', query.nonce ?? '')}`;
      if (!(await kv.setIfAbsent(requestKey, '1', SEEN_TTL_MS))) throw new PushRejected(401, 'ReplayedRequest', '重复的请求');
      let message: XmlFields;
      try {
        message = parseWechatXml(inner);
      } catch {
        throw new PushRejected(400, 'InvalidXml', '消息格式错误');
      }
      const seenKey = `seen:${corp.corpId}:${createHash('sha1').update(inner).digest('hex')}`;
      const owner = randomBytes(6).toString('hex');
      if (!(await kv.setIfAbsent(seenKey, owner, SEEN_TTL_MS))) return 'success';
      try {
        await dispatch(corp, message);
      } catch (err) {
        await kv.deleteIfEquals(seenKey, owner); // WeCom's retry handles it again
        throw err;
      }
      return 'success';
    },
  };
};
