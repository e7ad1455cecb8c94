import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { createOrReread } from '@wedraw/kit';
import { emitUserLoggedIn } from '../lib/events';
import type { FanRow, IdentityRow } from '../lib/rows';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { WechatApp } from './apps';

export interface LoginProfile {
  openid: string;
  unionid?: string | null;
  nickname?: string | null;
  avatar?: string | null;
}

export interface LinkedUser {
  id: number;
  username: string;
  nickname: string | null;
  avatar: string | null;
}

/**
 * Identities: (app, openid) → one users-permissions user. The same unionid (one person across the
 * OA H5 and the mini program) leads to the same user.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function createUser(): Promise<number> {
    const role = (await strapi.db.query(UID.role).findOne({ where: { type: 'authenticated' } })) as { id: number } | null;
    const username = `wx_${randomBytes(6).toString('hex')}`;
    const user = (await strapi.db.query(UID.user).create({
      data: { username, email: `${username}@wechat.wedraw.local`, provider: 'wechat', confirmed: true, blocked: false, role: role?.id },
    })) as { id: number };
    return user.id;
  }

  const findByKey = (key: string) => strapi.db.query(UID.identity).findOne({ where: { key }, populate: ['user'] }) as Promise<IdentityRow | null>;

  return {
    /** The user already linked to this openid (this app) or to this unionid (any app), if any. */
    async findUserId(appId: string, openid: string, unionid?: string | null): Promise<number | null> {
      const own = await findByKey(`${appId}:${openid}`);
      if (own?.user) return own.user.id;
      if (!unionid) return null;
      const others = (await strapi.db.query(UID.identity).findMany({ where: { unionid }, populate: ['user'], limit: 20 })) as IdentityRow[];
      return others.find((i) => i.user)?.user?.id ?? null;
    },

    /**
     * After a full sync wrote these fans: the ones whose person already logged in (an identity with
     * the same app and openid, or the same unionid in any app) and that have no user yet are linked
     * to that user (`wechat.fan.linked`, once per fan). One identity query per chunk; fans are read
     * only for the people found. Returns how many fans were linked.
     */
    async linkSyncedFans(appId: string, fans: { openid: string; unionid?: string | null }[]): Promise<number> {
      if (!fans.length) return 0;
      const keys = fans.map((f) => `${appId}:${f.openid}`);
      const unionids = [...new Set(fans.map((f) => f.unionid).filter((u): u is string => Boolean(u)))];
      const where = unionids.length ? { $or: [{ key: { $in: keys } }, { unionid: { $in: unionids } }] } : { key: { $in: keys } };
      const identities = ((await strapi.db.query(UID.identity).findMany({ where, populate: ['user'] })) as (IdentityRow & { key?: string })[]).filter(
        (i) => i.user,
      );
      if (!identities.length) return 0;
      const byKey = new Map(identities.map((i) => [`${i.appId}:${i.openid}`, i.user!.id]));
      const byUnionid = new Map(identities.filter((i) => i.unionid).map((i) => [i.unionid!, i.user!.id]));
      const people = fans
        .map((f) => ({ ...f, userId: byKey.get(`${appId}:${f.openid}`) ?? (f.unionid ? byUnionid.get(f.unionid) : undefined) }))
        .filter((f): f is typeof f & { userId: number } => f.userId !== undefined);
      if (!people.length) return 0;
      const rows = (await strapi.db
        .query(UID.fan)
        .findMany({ where: { key: { $in: people.map((p) => `${appId}:${p.openid}`) } }, populate: ['user'] })) as FanRow[];
      const unlinked = new Set(rows.filter((r) => !r.user).map((r) => r.openid));
      let linked = 0;
      for (const person of people.filter((p) => unlinked.has(p.openid))) {
        linked += await services(strapi).fans.linkUser(person.userId, { appId, openid: person.openid, unionid: person.unionid ?? null });
      }
      return linked;
    },

    /** Finds or creates the user for a login, records the identity and links the person's fans. */
    async login(app: WechatApp, profile: LoginProfile): Promise<LinkedUser> {
      const unionid = profile.unionid || null;
      const key = `${app.appId}:${profile.openid}`;
      const known = await this.findUserId(app.appId, profile.openid, unionid);
      const userId = known ?? (await createUser());
      const fields = {
        user: userId,
        lastLoginAt: new Date(),
        ...(unionid ? { unionid } : {}),
        ...(profile.nickname ? { nickname: profile.nickname } : {}),
        ...(profile.avatar ? { avatar: profile.avatar } : {}),
      };
      const existing = await findByKey(key);
      let identity: IdentityRow;
      if (existing) {
        identity = (await strapi.db.query(UID.identity).update({ where: { id: existing.id }, data: fields, populate: ['user'] })) as IdentityRow;
      } else {
        identity = await createOrReread(
          () =>
            strapi.db
              .query(UID.identity)
              .create({ data: { ...fields, key, appId: app.appId, kind: app.kind, openid: profile.openid }, populate: ['user'] }) as Promise<IdentityRow>,
          () => findByKey(key),
        );
      }
      const linkedId = identity.user?.id ?? userId;
      await services(strapi).fans.linkUser(linkedId, { appId: app.appId, openid: profile.openid, unionid });
      await emitUserLoggedIn(strapi, {
        userId: linkedId,
        appId: app.appId,
        openid: profile.openid,
        kind: app.kind,
        newUser: known === null && linkedId === userId,
      });
      const user = (await strapi.db.query(UID.user).findOne({ where: { id: linkedId }, select: ['id', 'username'] })) as { id: number; username: string };
      return { id: user.id, username: user.username, nickname: identity.nickname ?? null, avatar: identity.avatar ?? null };
    },

    /** The users-permissions JWT of a user (`jwtManagement: 'legacy-support'` gives a plain JWT). */
    async issueJwt(userId: number): Promise<string> {
      return String(await strapi.plugin('users-permissions').service('jwt').issue({ id: userId }));
    },
  };
};
