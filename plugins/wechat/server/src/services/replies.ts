import type { Core } from '@strapi/strapi';
import { wechatConfig } from '../config';
import { firstOfKind, keywordsOf, matchKeyword, type Article, type ReplyRule } from './reply-rules';
import { UID } from '../lib/uids';

type Row = Record<string, unknown> & { id: number };

function toRule(row: Row): ReplyRule {
  return {
    id: row.id,
    kind: row.kind as ReplyRule['kind'],
    matchType: row.matchType === 'contains' ? 'contains' : 'exact',
    keywords: keywordsOf(row.keywords),
    priority: Number(row.priority ?? 0),
    contentType: (row.contentType as ReplyRule['contentType']) ?? 'text',
    text: (row.text as string) ?? null,
    mediaId: (row.mediaId as string) ?? null,
    articles: Array.isArray(row.articles) ? (row.articles as Article[]) : [],
    linkTitle: (row.linkTitle as string) ?? null,
    linkUrl: (row.linkUrl as string) ?? null,
  };
}

/**
 * Auto-replies per app, edited in the admin: kept in memory for a few seconds (every write on
 * this instance drops the cache at once; other instances see it within the `replyCacheMs` setting).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cacheMs = () => wechatConfig(strapi).replyCacheMs;
  const cache = new Map<string, { rules: ReplyRule[]; at: number }>();
  strapi.db?.lifecycles.subscribe({
    models: [UID.reply],
    afterCreate: () => cache.clear(),
    afterUpdate: () => cache.clear(),
    afterDelete: () => cache.clear(),
  });

  async function rules(appId: string): Promise<ReplyRule[]> {
    const hit = cache.get(appId);
    if (hit && Date.now() - hit.at < cacheMs()) return hit.rules;
    const rows = (await strapi.db.query(UID.reply).findMany({ where: { appId, enabled: true } })) as Row[];
    const loaded = rows.map(toRule);
    cache.set(appId, { rules: loaded, at: Date.now() });
    return loaded;
  }

  return {
    rules,
    async forSubscribe(appId: string): Promise<ReplyRule | null> {
      return firstOfKind(await rules(appId), 'subscribe');
    },
    /** A keyword rule for the text (or menu key), else the default reply. */
    async forText(appId: string, text: string): Promise<ReplyRule | null> {
      const all = await rules(appId);
      return matchKeyword(all, text) ?? firstOfKind(all, 'default');
    },
    /** A menu CLICK answers only a matching keyword rule (no default). */
    async forClick(appId: string, key: string): Promise<ReplyRule | null> {
      return matchKeyword(await rules(appId), key);
    },
  };
};
