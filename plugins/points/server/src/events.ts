import type { Core } from '@strapi/strapi';
import { createLedger } from './services/ledger';

export interface FanEvent {
  appId: string;
  openid: string;
  unionid?: string | null;
  userId: number | null;
  /** wechat.fan.linked only */
  subscribed?: boolean;
}

/** `wechat.user.login`: `newUser` when this login created the user. */
export interface LoginEvent {
  userId: number;
  appId: string;
  openid: string;
  newUser: boolean;
}

/** The idempotency key of the first-login bonus: once per user, ever. */
export const firstLoginKey = (userId: number) => `first_login:${userId}`;

/** The idempotency key of the subscribe award: once per fan per Official Account, ever. */
export const subscribeKey = (appId: string, openid: string) => `subscribe:${appId}:${openid}`;

/**
 * Events from the wechat plugin. A user created by a WeChat login gets the `first_login` bonus once.
 * A fan who follows is awarded the `subscribe` rule once, to the
 * linked user; a fan not linked yet is awarded when `wechat.fan.linked` arrives while subscribed.
 * Listeners never throw into the emitter (a disabled rule or a limit is only logged).
 */
export function listenToWechat(strapi: Core.Strapi): void {
  const ledger = createLedger(strapi);
  const awardSubscribe = async (event: FanEvent) => {
    if (!event?.userId || !event.appId || !event.openid) return;
    try {
      await ledger.award(event.userId, 'subscribe', { idempotencyKey: subscribeKey(event.appId, event.openid), refId: event.openid });
    } catch (err) {
      strapi.log.warn(`[points] subscribe award for ${event.appId}/${event.openid} skipped: ${(err as Error).message}`);
    }
  };
  const awardFirstLogin = async (event: LoginEvent) => {
    if (!event?.userId || !event.newUser) return;
    try {
      await ledger.award(event.userId, 'first_login', { idempotencyKey: firstLoginKey(event.userId), refId: event.openid, remark: '新人积分' });
    } catch (err) {
      strapi.log.warn(`[points] first-login award for user ${event.userId} skipped: ${(err as Error).message}`);
    }
  };
  strapi.eventHub.on('wechat.user.login', (event: LoginEvent) => awardFirstLogin(event));
  strapi.eventHub.on('wechat.fan.subscribed', (event: FanEvent) => awardSubscribe(event));
  strapi.eventHub.on('wechat.fan.linked', (event: FanEvent) => (event?.subscribed ? awardSubscribe(event) : Promise.resolve()));
}
