import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { createOrReread } from '@wedraw/kit';
import type { IdentityRow } from '../lib/rows';
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

    /** Finds or creates the user for a login, records the identity and links the person's fans. */
    async login(app: WechatApp, profile: LoginProfile): Promise<LinkedUser> {
      const unionid = profile.unionid || null;
      const key = `${app.appId}:${profile.openid}`;
      const userId = (await this.findUserId(app.appId, profile.openid, unionid)) ?? (await createUser());
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
          () => strapi.db.query(UID.identity).create({ data: { ...fields, key, appId: app.appId, kind: app.kind, openid: profile.openid }, populate: ['user'] }) as Promise<IdentityRow>,
          () => findByKey(key)
        );
      }
      const linkedId = identity.user?.id ?? userId;
      await services(strapi).fans.linkUser(linkedId, { appId: app.appId, openid: profile.openid, unionid });
      const user = (await strapi.db.query(UID.user).findOne({ where: { id: linkedId }, select: ['id', 'username'] })) as { id: number; username: string };
      return { id: user.id, username: user.username, nickname: identity.nickname ?? null, avatar: identity.avatar ?? null };
    },

    /** The users-permissions JWT of a user (`jwtManagement: 'legacy-support'` gives a plain JWT). */
    async issueJwt(userId: number): Promise<string> {
      return String(await strapi.plugin('users-permissions').service('jwt').issue({ id: userId }));
    },
  };
};
