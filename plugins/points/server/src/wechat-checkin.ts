import type { Core } from '@strapi/strapi';
import { createCheckin } from './services/checkin';
import { createLedger } from './services/ledger';

/** The demo menu's 每日签到 button (a CLICK with this key) checks the fan's user in. */
export const CHECKIN_CLICK_KEY = 'CHECKIN';

interface ClickActions {
  register(key: string, action: { label: string; handle(ctx: { userId: number | null }): Promise<string> }): void;
}

/**
 * Registers the CHECKIN menu action with the wechat plugin (when it is enabled): a fan with a user is
 * checked in and told the points and the streak; a fan who never logged in is told how to.
 */
export function registerMenuCheckin(strapi: Core.Strapi): void {
  const actions = strapi.plugin('wechat')?.service('clickActions') as ClickActions | undefined;
  if (!actions) return;
  const checkin = createCheckin(strapi);
  const ledger = createLedger(strapi);
  actions.register(CHECKIN_CLICK_KEY, {
    label: '每日签到（积分）',
    async handle({ userId }) {
      if (!userId) return '您还没有登录积分商城：请先点击菜单「积分商城」，用微信授权登录后，再点「每日签到」领取积分。';
      try {
        const done = await checkin.checkIn(userId);
        return `签到成功！获得 ${done.points} 积分，已连续签到 ${done.streak} 天，当前积分 ${done.balance}。`;
      } catch (err) {
        const e = err as { name?: string; status?: number; message?: string };
        if (e.name === 'AlreadyCheckedIn') {
          const [state, account] = await Promise.all([checkin.status(userId), ledger.balance(userId)]);
          return `今天已经签到过了，明天再来吧。已连续签到 ${state.streak} 天，当前积分 ${account.balance}。`;
        }
        if (e.status === 409 && e.message) return `签到没有成功：${e.message}`;
        throw err;
      }
    },
  });
}
