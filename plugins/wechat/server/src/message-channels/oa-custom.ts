import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { wechatChannel } from './shared';

const mediaId = z.object({ media_id: z.string().min(1, '必填').max(128) }).strict();
const article = z.object({
  title: z.string().min(1, '必填').max(64),
  description: z.string().max(256).optional(),
  url: z.string().url('格式不正确').max(1024),
  picurl: z.string().url('格式不正确').max(1024).optional(),
});

/** The customer-service message types WeDraw sends (WeChat's `message/custom/send` body, less `touser`). */
const content = z.discriminatedUnion('msgtype', [
  z.object({ msgtype: z.literal('text'), text: z.object({ content: z.string().min(1, '必填').max(2048, '不超过 2048 字') }).strict() }).strict(),
  z.object({ msgtype: z.literal('image'), image: mediaId }).strict(),
  z.object({ msgtype: z.literal('news'), news: z.object({ articles: z.array(article).min(1, '至少一篇').max(1, '客服图文消息只能一篇') }).strict() }).strict(),
  z
    .object({
      msgtype: z.literal('miniprogrampage'),
      miniprogrampage: z
        .object({
          title: z.string().min(1, '必填').max(64),
          appid: z.string().min(1, '必填'),
          pagepath: z.string().min(1, '必填').max(1024),
          thumb_media_id: z.string().min(1, '必填'),
        })
        .strict(),
    })
    .strict(),
]);

const WHY: Record<number, string> = {
  45015: '粉丝 48 小时内没有与公众号互动，客服消息窗口已关闭',
  45047: '本次互动后的客服消息已达上限',
  43004: '粉丝未关注公众号',
  40003: 'openid 无效',
};

/**
 * `oa-custom`: an Official Account customer-service message (`message/custom/send`). WeChat lets
 * an account send these only within 48 hours of the fan's last interaction (a message, a menu
 * click, a follow), a few per interaction: outside that window the send is final with 45015 —
 * the center records it, it never retries. No receipt: WeChat's acceptance is the last word.
 */
export const oaCustomChannel = (strapi: Core.Strapi) =>
  wechatChannel(strapi, {
    name: 'oa-custom',
    label: '公众号客服消息',
    kind: 'official',
    content,
    path: 'message/custom/send',
    body: (m) => ({ touser: m.to, ...m.content }),
    why: WHY,
  });
