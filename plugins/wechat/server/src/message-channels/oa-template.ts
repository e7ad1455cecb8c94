import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { services } from '../lib/services';
import { dataInput } from '../services/template-send-input';
import { wechatChannel } from './shared';

const content = z
  .object({
    templateId: z.string().min(1, '必填').max(128),
    data: dataInput,
    url: z.string().url('格式不正确').max(1024).optional(),
    miniprogram: z.object({ appid: z.string().min(1, '必填'), pagepath: z.string().max(1024).optional() }).optional(),
  })
  .strict();

const WHY: Record<number, string> = { 43004: '粉丝未关注公众号', 40037: '模板不存在', 40003: 'openid 无效' };

/**
 * `oa-template`: an Official Account template message through the message center (`account` = the
 * OA's appId, `to` = an openid). WeChat's msgid is the provider id; TEMPLATESENDJOBFINISH is the
 * receipt (callback → `delivery.receipt`), and a push that outruns the write waits in the stash.
 */
export function oaTemplateChannel(strapi: Core.Strapi) {
  const s = services(strapi);
  return {
    ...wechatChannel(strapi, {
      name: 'oa-template',
      label: '公众号模板消息',
      kind: 'official',
      content,
      path: 'message/template/send',
      body: (m) => {
        const c = m.content as z.infer<typeof content>;
        return { touser: m.to, template_id: c.templateId, url: c.url, miniprogram: c.miniprogram, data: c.data, client_msg_id: `wdm${m.documentId}` };
      },
      why: WHY,
    }),
    receipts: 'push' as const,
    /** TEMPLATESENDJOBFINISH pushes that arrived before the msgid was written. */
    async earlyReceipts(account: string | null, providerIds: string[]) {
      const found = await s.templateDispatch.takeStashed(account ?? '', providerIds);
      return new Map([...found].map(([msgid, st]) => [msgid, st === 'success' ? { ok: true } : { ok: false, code: 'wechat:receipt', message: st }]));
    },
  };
}
