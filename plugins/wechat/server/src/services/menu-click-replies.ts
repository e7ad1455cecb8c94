import type { Core } from '@strapi/strapi';
import { fieldError } from '@wedraw/kit';
import { byteLength, MENU_LIMITS } from './menu-rules';
import { keywordsOf, matchKeyword } from './reply-rules';
import { services } from '../lib/services';
import { UID } from '../lib/uids';

interface ReplyRow {
  id: number;
  documentId: string;
  name: string;
  appId: string;
  kind: string;
  matchType: string | null;
  keywords: unknown;
  contentType: string | null;
  text: string | null;
  enabled: boolean;
}

/** A keyword reply as the menu editor shows it. */
export interface ReplyOption {
  id: number;
  documentId: string;
  name: string;
  matchType: string;
  keywords: string[];
  contentType: string;
  preview: string;
  enabled: boolean;
}

export interface ClickBinding {
  key: string;
  /** The reply WeChat's CLICK on this key gets (the callback's forClick), or null: no reply. */
  reply: ReplyOption | null;
  /** A plugin's action answers this key instead of any reply (e.g. 每日签到（积分）), or null. */
  action: string | null;
}

const TEXT_MAX = 2000;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function toOption(row: ReplyRow): ReplyOption {
  return {
    id: row.id,
    documentId: row.documentId,
    name: row.name,
    matchType: row.matchType ?? 'exact',
    keywords: keywordsOf(row.keywords),
    contentType: row.contentType ?? 'text',
    preview: (row.text ?? '').slice(0, 60),
    enabled: row.enabled !== false,
  };
}

function checkKey(key: string): string {
  const k = key.trim();
  if (!k || byteLength(k) > MENU_LIMITS.keyBytes) throw fieldError('key', `菜单 KEY 应为 1 到 ${MENU_LIMITS.keyBytes} 字节`);
  return k;
}

/**
 * CLICK keys bound to auto-replies: a CLICK event is answered by the keyword rule whose keyword is
 * the key (replies.forClick). Binding a key makes one keyword reply carry it and no other.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const replies = () => strapi.db.query(UID.reply);
  const keywordRows = async (appId: string) => (await replies().findMany({ where: { appId, kind: 'keyword' }, orderBy: { id: 'asc' } })) as ReplyRow[];

  /** Takes the key out of every keyword reply of the app except `keepId`. */
  async function release(appId: string, key: string, keepId?: number): Promise<void> {
    for (const row of await keywordRows(appId)) {
      const keywords = keywordsOf(row.keywords);
      if (row.id === keepId || !keywords.some((k) => same(k, key))) continue;
      await replies().update({ where: { id: row.id }, data: { keywords: keywords.filter((k) => !same(k, key)) } });
    }
  }

  const actionOf = (key: string) => services(strapi).clickActions.labelOf(key);

  async function answerFor(appId: string, key: string): Promise<ReplyOption | null> {
    const rule = matchKeyword(await services(strapi).replies.rules(appId), key);
    if (!rule) return null;
    const row = (await replies().findOne({ where: { id: rule.id } })) as ReplyRow | null;
    return row ? toOption(row) : null;
  }

  return {
    /** The app's keyword replies, to pick one for a key. */
    async options(appId: string): Promise<ReplyOption[]> {
      return (await keywordRows(appId)).map(toOption);
    },

    async bindings(appId: string, keys: string[]): Promise<ClickBinding[]> {
      return Promise.all(keys.map(async (key) => ({ key, reply: await answerFor(appId, key), action: actionOf(key) })));
    },

    /** Binds the key to an existing keyword reply (`replyId`) or to a new text reply (`text`, `name`?). */
    async bind(appId: string, rawKey: string, body: unknown): Promise<ClickBinding> {
      const key = checkKey(rawKey);
      const input = (body && typeof body === 'object' ? body : {}) as { replyId?: unknown; text?: unknown; name?: unknown };
      const byId = input.replyId !== undefined && input.replyId !== null;
      if (byId && !Number.isInteger(input.replyId)) throw fieldError('replyId', 'replyId 必须是整数');
      if (!byId && (typeof input.text !== 'string' || !input.text.trim())) throw fieldError('text', '请选择一条关键词回复（replyId）或填写回复文字（text）');
      if (!byId && (input.text as string).length > TEXT_MAX) throw fieldError('text', `回复文字不能超过 ${TEXT_MAX} 字`);
      if (input.name !== undefined && (typeof input.name !== 'string' || input.name.length > 100)) throw fieldError('name', '名称须为 100 字以内的文字');

      await strapi.db.transaction(async () => {
        if (byId) {
          const row = (await replies().findOne({ where: { id: input.replyId, appId, kind: 'keyword' } })) as ReplyRow | null;
          if (!row) throw fieldError('replyId', '本公众号没有这条关键词回复');
          await release(appId, key, row.id);
          const keywords = keywordsOf(row.keywords);
          if (!keywords.some((k) => same(k, key))) await replies().update({ where: { id: row.id }, data: { keywords: [...keywords, key] } });
        } else {
          await release(appId, key);
          const name = typeof input.name === 'string' && input.name.trim() ? input.name.trim() : `菜单点击：${key}`;
          await replies().create({
            data: {
              name,
              appId,
              kind: 'keyword',
              matchType: 'exact',
              keywords: [key],
              priority: 0,
              contentType: 'text',
              text: (input.text as string).trim(),
              enabled: true,
            },
          });
        }
      });
      return { key, reply: await answerFor(appId, key), action: actionOf(key) };
    },

    /** Takes the key out of every keyword reply (the replies themselves stay). */
    async unbind(appId: string, rawKey: string): Promise<ClickBinding> {
      const key = checkKey(rawKey);
      await strapi.db.transaction(() => release(appId, key));
      return { key, reply: await answerFor(appId, key), action: actionOf(key) };
    },
  };
};
