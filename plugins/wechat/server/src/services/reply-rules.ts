/** Auto-reply rules as editors write them (`reply` content type) and the matching WeChat applies. */
export type ReplyKind = 'subscribe' | 'keyword' | 'default';
export type ReplyContentType = 'text' | 'image' | 'news' | 'link';

export interface Article {
  title: string;
  description?: string;
  picUrl?: string;
  url?: string;
}

export interface ReplyRule {
  id: number;
  kind: ReplyKind;
  matchType: 'exact' | 'contains';
  keywords: string[];
  priority: number;
  contentType: ReplyContentType;
  text: string | null;
  mediaId: string | null;
  articles: Article[];
  linkTitle: string | null;
  linkUrl: string | null;
}

const norm = (s: string) => s.trim().toLowerCase();

export function keywordsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v)).filter((v) => v.trim() !== '');
  if (typeof value === 'string')
    return value
      .split(/[,，\n]/)
      .map((v) => v.trim())
      .filter(Boolean);
  return [];
}

/**
 * The keyword rule that answers `text`: highest priority first; at equal priority an exact rule
 * before a contains rule, then the older rule. Case-insensitive, surrounding spaces ignored.
 */
export function matchKeyword(rules: ReplyRule[], text: string): ReplyRule | null {
  const input = norm(text);
  if (!input) return null;
  const hits = rules.filter((r) => r.kind === 'keyword' && r.keywords.some((k) => (r.matchType === 'contains' ? input.includes(norm(k)) : input === norm(k))));
  hits.sort((a, b) => b.priority - a.priority || (a.matchType === 'exact' ? -1 : 0) - (b.matchType === 'exact' ? -1 : 0) || a.id - b.id);
  return hits[0] ?? null;
}

export function firstOfKind(rules: ReplyRule[], kind: ReplyKind): ReplyRule | null {
  return [...rules].filter((r) => r.kind === kind).sort((a, b) => b.priority - a.priority || a.id - b.id)[0] ?? null;
}
