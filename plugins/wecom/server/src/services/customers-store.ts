import type { Core } from '@strapi/strapi';
import { upsertByKey } from '../lib/upsert';
import { UID } from '../lib/uids';

/** A customer as `externalcontact/get` answers (`external_contact`). */
export interface WecomExternalContact {
  external_userid: string;
  name?: string;
  avatar?: string;
  type?: number;
  gender?: number;
  unionid?: string;
  corp_name?: string;
  position?: string;
}

/** A follow as `get` (`follow_user[]`, with tags) or `batch/get_by_user` (`follow_info`, tag ids) answers. */
export interface WecomFollow {
  userid: string;
  remark?: string;
  description?: string;
  createtime?: number;
  tags?: { group_name?: string; tag_name?: string; type?: number; tag_id?: string }[];
  tag_id?: string[];
  state?: string;
  add_way?: number;
}

/**
 * WeDraw's mirror of a corp's customers: a customer row and one follow row per member who added
 * them, upserted on their unique keys (a replayed page or push is an update). A follow that ends
 * (the customer deleted the member, or the member the customer) is kept with `deletedAt`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const upsert = (uid: string, rows: Record<string, unknown>[], merge: string[]) => upsertByKey(strapi, uid, rows, merge);

  const customerRow = (corpId: string, c: WecomExternalContact, syncedAt: Date) => ({
    corpId,
    externalUserid: c.external_userid,
    key: `${corpId}:${c.external_userid}`,
    name: c.name ?? null,
    avatar: c.avatar || null,
    type: c.type ?? null,
    gender: c.gender ?? null,
    unionid: c.unionid || null,
    corpName: c.corp_name || null,
    position: c.position || null,
    syncedAt,
  });

  const followRow = (corpId: string, externalUserid: string, f: WecomFollow) => {
    const tags = f.tags ? f.tags.map((t) => ({ group: t.group_name ?? '', name: t.tag_name ?? '', type: t.type ?? 1, id: t.tag_id ?? null })) : undefined;
    return {
      corpId,
      externalUserid,
      userid: f.userid,
      key: `${corpId}:${externalUserid}:${f.userid}`,
      remark: f.remark || null,
      description: f.description || null,
      addedAt: f.createtime ? new Date(f.createtime * 1000) : null,
      state: f.state || null,
      addWay: f.add_way ?? null,
      ...(tags ? { tags } : f.tag_id ? { tags: f.tag_id.map((id) => ({ group: '', name: '', type: 1, id })) } : {}),
      deletedAt: null,
      deleteReason: null,
    };
  };

  const CUSTOMER_MERGE = ['name', 'avatar', 'type', 'gender', 'unionid', 'corpName', 'position', 'syncedAt'];

  return {
    /** Customers and their follows (a sync page or a re-read after a push). */
    async save(corpId: string, rows: { contact: WecomExternalContact; follows: WecomFollow[] }[]): Promise<void> {
      const now = new Date();
      const unique = new Map(rows.map((r) => [r.contact.external_userid, r.contact]));
      await upsert(
        UID.customer,
        [...unique.values()].map((c) => customerRow(corpId, c, now)),
        CUSTOMER_MERGE,
      );
      const follows = rows.flatMap((r) => r.follows.map((f) => followRow(corpId, r.contact.external_userid, f)));
      // Rows from batch/get_by_user carry tag ids only: keep the names a `get` wrote, unless the row has tags.
      const withTags = follows.filter((f) => 'tags' in f);
      const withoutTags = follows.filter((f) => !('tags' in f));
      const merge = ['remark', 'description', 'addedAt', 'state', 'addWay', 'deletedAt', 'deleteReason'];
      await upsert(UID.customerFollow, withTags, [...merge, 'tags']);
      await upsert(UID.customerFollow, withoutTags, merge);
    },

    /** A follow ended: kept, marked deleted with the reason (`del_external_contact`, `del_follow_user`). */
    async endFollow(corpId: string, externalUserid: string, userid: string, reason: string): Promise<void> {
      await strapi.db
        .query(UID.customerFollow)
        .updateMany({ where: { key: `${corpId}:${externalUserid}:${userid}`, deletedAt: null }, data: { deletedAt: new Date(), deleteReason: reason } });
    },

    /** Follows of a customer WeCom no longer lists (a full re-read), marked deleted. */
    async endFollowsExcept(corpId: string, externalUserid: string, userids: string[], reason: string): Promise<void> {
      await strapi.db.query(UID.customerFollow).updateMany({
        where: { corpId, externalUserid, deletedAt: null, ...(userids.length ? { userid: { $notIn: userids } } : {}) },
        data: { deletedAt: new Date(), deleteReason: reason },
      });
    },

    async nameOf(corpId: string, externalUserid: string): Promise<string | null> {
      const row = (await strapi.db.query(UID.customer).findOne({ where: { key: `${corpId}:${externalUserid}` }, select: ['name'] })) as {
        name: string | null;
      } | null;
      return row?.name ?? null;
    },
  };
};
