import type { Core } from '@strapi/strapi';

/** The contract with other plugins (points awards the subscribe rule from these). */
export interface FanSubscribed {
  appId: string;
  openid: string;
  unionid: string | null;
  userId: number | null;
}
export interface FanLinked {
  appId: string;
  openid: string;
  unionid: string | null;
  userId: number;
  subscribed: boolean;
}

/** A WeChat login (OA web page OAuth or mini program); `newUser` when this login created the user. */
export interface UserLoggedIn {
  userId: number;
  appId: string;
  openid: string;
  kind: 'official' | 'miniprogram';
  newUser: boolean;
}

/** Emits and waits for listeners; a failing listener is logged, never breaks the caller. */
async function emit(strapi: Core.Strapi, name: string, payload: object): Promise<void> {
  try {
    await strapi.eventHub.emit(name, payload);
  } catch (err) {
    strapi.log.error(`[wechat] listener of ${name} failed: ${(err as Error).message}`);
  }
}

export const emitFanSubscribed = (strapi: Core.Strapi, p: FanSubscribed) => emit(strapi, 'wechat.fan.subscribed', p);
export const emitFanLinked = (strapi: Core.Strapi, p: FanLinked) => emit(strapi, 'wechat.fan.linked', p);
export const emitUserLoggedIn = (strapi: Core.Strapi, p: UserLoggedIn) => emit(strapi, 'wechat.user.login', p);
