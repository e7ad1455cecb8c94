import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { wechatChannel } from './shared';

/** Subscribe-message fields: `{thing1: {value: "..."}}`, or the value alone (wrapped before sending). */
const field = z.union([z.string().max(200), z.object({ value: z.string().max(200) }).strict()]);

const content = z
  .object({
    templateId: z.string().min(1, '必填').max(128),
    data: z.record(field).refine((d) => Object.keys(d).length > 0, '至少一个字段'),
    page: z.string().max(1024).optional(),
    miniprogramState: z.enum(['developer', 'trial', 'formal']).optional(),
    lang: z.enum(['zh_CN', 'en_US', 'zh_HK', 'zh_TW']).optional(),
  })
  .strict();

const WHY: Record<number, string> = {
  43101: '用户未订阅该模板或订阅次数已用完',
  40037: '模板不存在',
  40003: 'openid 无效',
  47003: '模板参数不正确',
};

/**
 * `mp-subscribe`: a mini program subscribe message (`message/subscribe/send`). Each send spends one
 * authorisation the user gave in the mini program (`wx.requestSubscribeMessage`); without one
 * WeChat answers 43101, which is final.
 */
export const mpSubscribeChannel = (strapi: Core.Strapi) =>
  wechatChannel(strapi, {
    name: 'mp-subscribe',
    label: '小程序订阅消息',
    kind: 'miniprogram',
    content,
    path: 'message/subscribe/send',
    body: (m) => {
      const c = m.content as z.infer<typeof content>;
      const data = Object.fromEntries(Object.entries(c.data).map(([k, v]) => [k, typeof v === 'string' ? { value: v } : v]));
      return { touser: m.to, template_id: c.templateId, page: c.page, miniprogram_state: c.miniprogramState, lang: c.lang, data };
    },
    why: WHY,
  });
