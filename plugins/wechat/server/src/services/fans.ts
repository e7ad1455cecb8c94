import type { Core } from '@strapi/strapi';
import { emitFanLinked, emitFanSubscribed } from '../lib/events';
import { createOrReread } from '@wedraw/kit';
import type { FanRow } from '../lib/rows';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { WechatApp } from './apps';

const LINK_LOCK_MS = 10_000;

/** `qrscene_123` (a parametric QR code followed) → `qrscene_123`; no EventKey → null. */
const sceneOf = (eventKey?: string) => (eventKey ? eventKey : null);

/**
 * OA fans kept current by events between full syncs (services/fan-sync.ts): follow state,
 * unionid, tags, the linked user, and the `wechat.fan.*` events other plugins listen to.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const findByKey = (key: string) => strapi.db.query(UID.fan).findOne({ where: { key }, populate: ['user'] }) as Promise<FanRow | null>;

  /** user/info of the fan: its unionid, and the tags and remark the full sync would write. */
  async function infoOf(app: WechatApp, openid: string): Promise<{ unionid: string | null; extra: Record<string, unknown> }> {
    try {
      const info = await services(strapi).clients.api(app).getUser({ openid, lang: 'zh_CN' });
      const extra: Record<string, unknown> = {};
      if (Array.isArray(info.tagid_list)) extra.tags = info.tagid_list;
      if (typeof info.remark === 'string') extra.remark = info.remark || null;
      return { unionid: typeof info.unionid === 'string' && info.unionid ? info.unionid : null, extra };
    } catch (err) {
      strapi.log.warn(`[wechat] user/info for a following fan of ${app.appId} failed (errcode ${(err as { code?: number }).code ?? '-'})`);
      return { unionid: null, extra: {} };
    }
  }

  return {
    /** A follow: upsert the fan, link it to a known user, emit `wechat.fan.subscribed`. */
    async subscribe(app: WechatApp, openid: string, at: Date, eventKey?: string): Promise<FanRow> {
      const key = `${app.appId}:${openid}`;
      const existing = await findByKey(key);
      // Every follow reads user/info: a returning fan's tags and remark may have changed meanwhile.
      const info = await infoOf(app, openid);
      const unionid = existing?.unionid ?? info.unionid;
      const fields = {
        subscribed: true,
        subscribeTime: at,
        unsubscribeTime: null,
        subscribeScene: sceneOf(eventKey),
        lastInteractionAt: at,
        ...info.extra,
        ...(unionid ? { unionid } : {}),
      };
      let fan: FanRow;
      if (existing) {
        fan = (await strapi.db.query(UID.fan).update({ where: { id: existing.id }, data: fields, populate: ['user'] })) as FanRow;
      } else {
        fan = await createOrReread(
          () => strapi.db.query(UID.fan).create({ data: { ...fields, key, appId: app.appId, openid }, populate: ['user'] }) as Promise<FanRow>,
          () => findByKey(key),
        );
      }
      let userId = fan.user?.id ?? null;
      if (!userId) {
        const known = await services(strapi).identity.findUserId(app.appId, openid, unionid);
        if (known) {
          await this.linkUser(known, { appId: app.appId, openid, unionid });
          userId = known;
        }
      }
      await emitFanSubscribed(strapi, { appId: app.appId, openid, unionid: unionid ?? null, userId });
      return fan;
    },

    async unsubscribe(app: WechatApp, openid: string, at: Date): Promise<void> {
      const existing = await findByKey(`${app.appId}:${openid}`);
      if (existing) await strapi.db.query(UID.fan).update({ where: { id: existing.id }, data: { subscribed: false, unsubscribeTime: at } });
      else
        await createOrReread(
          () =>
            strapi.db
              .query(UID.fan)
              .create({ data: { key: `${app.appId}:${openid}`, appId: app.appId, openid, subscribed: false, unsubscribeTime: at } }) as Promise<FanRow>,
          () => findByKey(`${app.appId}:${openid}`),
        );
    },

    /**
     * Links the person's unlinked fans (this openid, or the same unionid in any app) to the user and
     * emits `wechat.fan.linked` once per fan. Returns how many fans were linked.
     */
    async linkUser(userId: number, who: { appId: string; openid: string; unionid: string | null }): Promise<number> {
      const or: Record<string, unknown>[] = [{ key: `${who.appId}:${who.openid}` }];
      if (who.unionid) or.push({ unionid: who.unionid });
      const candidates = (await strapi.db.query(UID.fan).findMany({ where: { $or: or }, populate: ['user'], limit: 50 })) as FanRow[];
      const kv = services(strapi).sharedState.kv();
      let linked = 0;
      for (const candidate of candidates.filter((f) => !f.user)) {
        const lock = `fanlink:${candidate.id}`;
        if (!(await kv.setIfAbsent(lock, String(userId), LINK_LOCK_MS))) continue;
        const fresh = (await strapi.db.query(UID.fan).findOne({ where: { id: candidate.id }, populate: ['user'] })) as FanRow | null;
        if (!fresh || fresh.user) continue;
        await strapi.db
          .query(UID.fan)
          .update({ where: { id: fresh.id }, data: { user: userId, ...(who.unionid && !fresh.unionid ? { unionid: who.unionid } : {}) } });
        linked += 1;
        await emitFanLinked(strapi, {
          appId: fresh.appId,
          openid: fresh.openid,
          unionid: fresh.unionid ?? who.unionid,
          userId,
          subscribed: Boolean(fresh.subscribed),
        });
      }
      return linked;
    },
  };
};
