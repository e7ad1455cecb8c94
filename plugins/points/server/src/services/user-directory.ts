import type { Core } from '@strapi/strapi';
import { ACCOUNT, ADDRESS, USER, WECHAT_FAN, WECHAT_IDENTITY } from '../util/uids';
import type { Pagination } from '@wedraw/kit';

/** How many users one text match may contribute before paging (a search, not an export). */
const MATCH_LIMIT = 500;

/** A user as the operator's 用户积分 list shows it. */
export interface DirectoryUser {
  id: number;
  username: string;
  email: string | null;
  /** WeChat nickname and avatar (from the user's most recent WeChat login that gave them) */
  nickname: string | null;
  avatar: string | null;
  /** the default (else latest) shipping address' phone */
  phone: string | null;
  openids: string[];
  balance: number;
  earned: number;
  spent: number;
}

interface IdentityRow {
  openid: string;
  nickname: string | null;
  avatar: string | null;
  user: { id: number } | null;
}

/**
 * Operators' user lookup: users with their balances, WeChat profile and phone. Without a search
 * text every user is listed, highest balance first; a search matches the id, username, email,
 * WeChat nickname, openid (login identity or fan) or an address phone.
 */
export function createUserDirectory(strapi: Core.Strapi) {
  /** WeChat's tables exist only when the wechat plugin is installed. */
  const has = (uid: string) => Boolean(strapi.contentTypes[uid as keyof typeof strapi.contentTypes]);
  const userIdsOf = async (uid: string, where: Record<string, unknown>): Promise<number[]> => {
    if (!has(uid)) return [];
    const rows = (await strapi.db.query(uid as any).findMany({
      where: { ...where, user: { id: { $notNull: true } } },
      select: ['id'],
      populate: { user: { select: ['id'] } },
      limit: MATCH_LIMIT,
    })) as Array<{ user: { id: number } | null }>;
    return rows.flatMap((r) => (r.user ? [r.user.id] : []));
  };

  /** The ids of users a search text matches (null: no text, every user). */
  async function matching(text: string | undefined): Promise<number[] | null> {
    const q = text?.trim();
    if (!q) return null;
    const direct = (await strapi.db.query(USER).findMany({
      where: { $or: [{ username: { $containsi: q } }, { email: { $containsi: q } }, ...(/^\d+$/.test(q) ? [{ id: Number(q) }] : [])] },
      select: ['id'],
      limit: MATCH_LIMIT,
    })) as Array<{ id: number }>;
    const ids = await Promise.all([
      userIdsOf(WECHAT_IDENTITY, { nickname: { $containsi: q } }),
      userIdsOf(WECHAT_IDENTITY, { openid: q }),
      userIdsOf(WECHAT_FAN, { openid: q }),
      userIdsOf(ADDRESS, { phone: { $contains: q } }),
    ]);
    return [...new Set([...direct.map((u) => u.id), ...ids.flat()])];
  }

  /** One page of users, highest balance first (an exact id match leads). */
  async function page(ids: number[] | null, exactId: number | null, { page, pageSize }: Pagination) {
    const knex = strapi.db.connection;
    const users = strapi.db.metadata.get(USER).tableName;
    const accounts = strapi.db.metadata.get(ACCOUNT);
    const userColumn = (accounts.attributes.userId as { columnName?: string }).columnName ?? 'user_id';
    const base = () => {
      const query = knex(`${users} as u`).leftJoin(`${accounts.tableName} as a`, `a.${userColumn}`, 'u.id');
      return ids ? query.whereIn('u.id', ids) : query;
    };
    if (ids?.length === 0) return { rows: [], total: 0 };
    const [{ n }] = await base().count({ n: 'u.id' });
    const query = base().select(
      'u.id',
      'u.username',
      'u.email',
      knex.raw('coalesce(a.balance, 0) as balance'),
      knex.raw('coalesce(a.earned, 0) as earned'),
      knex.raw('coalesce(a.spent, 0) as spent'),
    );
    if (exactId) query.orderByRaw('case when u.id = ? then 0 else 1 end', [exactId]);
    const rows = (await query
      .orderBy([
        { column: 'balance', order: 'desc' },
        { column: 'u.id', order: 'asc' },
      ])
      .offset((page - 1) * pageSize)
      .limit(pageSize)) as Array<{
      id: number;
      username: string;
      email: string | null;
      balance: number | string;
      earned: number | string;
      spent: number | string;
    }>;
    return { rows, total: Number(n) };
  }

  /** Nickname, avatar, openids and phone of the users on one page. */
  async function profiles(userIds: number[]) {
    const byUser = new Map<number, { nickname: string | null; avatar: string | null; phone: string | null; openids: string[] }>();
    for (const id of userIds) byUser.set(id, { nickname: null, avatar: null, phone: null, openids: [] });
    if (!userIds.length) return byUser;
    if (has(WECHAT_IDENTITY)) {
      const identities = (await strapi.db.query(WECHAT_IDENTITY as any).findMany({
        where: { user: { id: { $in: userIds } } },
        select: ['openid', 'nickname', 'avatar'],
        populate: { user: { select: ['id'] } },
        orderBy: [{ lastLoginAt: 'desc' }, { id: 'desc' }],
      })) as IdentityRow[];
      for (const identity of identities) {
        const p = identity.user && byUser.get(identity.user.id);
        if (!p) continue;
        p.nickname ??= identity.nickname || null;
        p.avatar ??= identity.avatar || null;
        p.openids.push(identity.openid);
      }
    }
    if (has(ADDRESS)) {
      const addresses = (await strapi.db.query(ADDRESS).findMany({
        where: { user: { id: { $in: userIds } } },
        select: ['phone'],
        populate: { user: { select: ['id'] } },
        orderBy: [{ isDefault: 'desc' }, { id: 'desc' }],
      })) as Array<{ phone: string; user: { id: number } | null }>;
      for (const address of addresses) {
        const p = address.user && byUser.get(address.user.id);
        if (p) p.phone ??= address.phone;
      }
    }
    return byUser;
  }

  return {
    async find(q: string | undefined, pagination: Pagination): Promise<{ rows: DirectoryUser[]; total: number }> {
      const text = q?.trim() ?? '';
      const { rows, total } = await page(await matching(text), /^\d+$/.test(text) ? Number(text) : null, pagination);
      const extra = await profiles(rows.map((r) => r.id));
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          username: r.username,
          email: r.email,
          ...extra.get(r.id)!,
          balance: Number(r.balance),
          earned: Number(r.earned),
          spent: Number(r.spent),
        })),
      };
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => createUserDirectory(strapi);
