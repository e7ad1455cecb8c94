import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { passiveReplyXml } from './passive-reply';
import { checkSignature, dedupeKey, openPush, PushRejected, sealReply, type PushQuery } from './push-envelope';
import type { ReplyRule } from './reply-rules';
import { services } from '../lib/services';
import type { XmlFields } from '@wedraw/wechat-protocol';
import type { WechatApp } from './apps';

const SEEN_TTL_MS = 10 * 60_000;
const nowSeconds = () => Math.floor(Date.now() / 1000);

export class UnknownApp extends Error {}

/**
 * WeChat's message push (API.md "WeChat's callbacks"): URL verification, signature and freshness
 * checks, safe-mode decryption, one handling per message however often WeChat delivers it, the
 * events, and the passive reply.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const s = services(strapi);

  async function appOf(appId: string): Promise<WechatApp> {
    const app = await s.apps.get(appId);
    if (!app) throw new UnknownApp(appId);
    return app;
  }

  async function dispatch(app: WechatApp, msg: XmlFields): Promise<ReplyRule | null> {
    const at = new Date(Number(msg.CreateTime) * 1000 || Date.now());
    const openid = msg.FromUserName ?? '';
    if (msg.MsgType === 'event') {
      switch (msg.Event) {
        case 'subscribe':
          await s.fans.subscribe(app, openid, at, msg.EventKey);
          return s.replies.forSubscribe(app.appId);
        case 'unsubscribe':
          await s.fans.unsubscribe(app, openid, at);
          return null;
        case 'CLICK': {
          const key = msg.EventKey ?? '';
          const rule = (await s.clickActions.answer(app, openid, key)) ?? (await s.replies.forClick(app.appId, key));
          await s.messages.record(app.appId, msg, at, Boolean(rule));
          return rule;
        }
        case 'TEMPLATESENDJOBFINISH':
          return s.templateDispatch.jobFinished(app.appId, msg.MsgID, msg.Status).then(() => null);
        case 'VIEW':
        case 'SCAN':
          await s.messages.record(app.appId, msg, at, false);
          return null;
        default:
          return null;
      }
    }
    if (msg.MsgType === 'text') {
      const rule = await s.replies.forText(app.appId, msg.Content ?? '');
      await s.messages.record(app.appId, msg, at, Boolean(rule));
      return rule;
    }
    await s.messages.record(app.appId, msg, at, false);
    return null;
  }

  return {
    /** GET: the echostr when the signature matches. */
    async verify(appId: string, query: PushQuery): Promise<string> {
      checkSignature(await appOf(appId), query, nowSeconds());
      return query.echostr ?? '';
    },

    /** POST: the body to answer (reply XML, encrypted in safe mode, or `success`). */
    async handle(appId: string, query: PushQuery, body: string): Promise<string> {
      const app = await appOf(appId);
      const { message, crypto } = openPush(app, query, body, nowSeconds());
      if (!message.FromUserName || !message.MsgType) throw new PushRejected(400, 'InvalidXml', '消息缺少 FromUserName 或 MsgType');

      // A template job's receipt is applied idempotently (templateDispatch.jobFinished): no
      // de-duplication round trip for the one push every template message brings.
      if (message.MsgType === 'event' && message.Event === 'TEMPLATESENDJOBFINISH') {
        await dispatch(app, message);
        return 'success';
      }
      const kv = s.sharedState.kv();
      const key = dedupeKey(app.appId, message);
      const owner = randomBytes(6).toString('hex');
      if (!(await kv.setIfAbsent(key, owner, SEEN_TTL_MS))) return 'success';
      let rule: ReplyRule | null;
      try {
        rule = await dispatch(app, message);
      } catch (err) {
        await kv.deleteIfEquals(key, owner); // let WeChat's retry handle it again
        throw err;
      }
      const xml = rule ? passiveReplyXml(rule, message.FromUserName, message.ToUserName ?? '', nowSeconds()) : null;
      return xml ? sealReply(xml, crypto, nowSeconds()) : 'success';
    },
  };
};
