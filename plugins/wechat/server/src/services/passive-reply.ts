import type { ReplyRule } from './reply-rules';
import { buildXml, type XmlValue } from '@wedraw/wechat-protocol';

/** WeChat's passive reply XML for a rule (reference §2.3), or null when the rule has no content. */
export function passiveReplyXml(rule: ReplyRule, toUser: string, fromUser: string, nowSeconds: number): string | null {
  const head = { ToUserName: toUser, FromUserName: fromUser, CreateTime: nowSeconds };
  const body = contentOf(rule);
  return body ? buildXml({ ...head, ...body }) : null;
}

function contentOf(rule: ReplyRule): Record<string, XmlValue> | null {
  switch (rule.contentType) {
    case 'text':
      return rule.text ? { MsgType: 'text', Content: rule.text } : null;
    case 'link':
      if (!rule.linkUrl) return null;
      return {
        MsgType: 'text',
        Content: `${rule.text ? `${rule.text}\n` : ''}<a href="${rule.linkUrl.replace(/"/g, '%22')}">${rule.linkTitle || rule.linkUrl}</a>`,
      };
    case 'image':
      return rule.mediaId ? { MsgType: 'image', Image: { MediaId: rule.mediaId } } : null;
    case 'news': {
      const items = rule.articles.slice(0, 8).map((a) => ({ Title: a.title, Description: a.description ?? '', PicUrl: a.picUrl ?? '', Url: a.url ?? '' }));
      return items.length ? { MsgType: 'news', ArticleCount: items.length, Articles: items } : null;
    }
    default:
      return null;
  }
}
