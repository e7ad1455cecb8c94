import type { Core } from '@strapi/strapi';
import type { ReplyRule } from './reply-rules';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import type { WechatApp } from './apps';

/** Who clicked: the fan, and the user the person is linked to (null when they never logged in). */
export interface ClickContext {
  appId: string;
  openid: string;
  userId: number | null;
}

/** What another plugin does on a menu CLICK key; its text is the passive reply. */
export interface ClickAction {
  /** Shown in the menu editor beside the key (Chinese), e.g. 每日签到（积分）. */
  label: string;
  handle(ctx: ClickContext): Promise<string>;
}

const textRule = (text: string): ReplyRule => ({
  id: 0,
  kind: 'keyword',
  matchType: 'exact',
  keywords: [],
  priority: 0,
  contentType: 'text',
  text,
  mediaId: null,
  articles: [],
  linkTitle: null,
  linkUrl: null,
});

/**
 * Menu CLICK keys that other plugins act on (the points plugin registers `CHECKIN`): a CLICK on a
 * registered key runs the action and answers its text, ahead of any keyword reply bound to the key.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const actions = new Map<string, ClickAction>();

  async function userOf(app: WechatApp, openid: string): Promise<number | null> {
    const fan = (await strapi.db.query(UID.fan).findOne({ where: { key: `${app.appId}:${openid}` }, populate: ['user'] })) as {
      unionid?: string | null;
      user?: { id: number } | null;
    } | null;
    if (fan?.user) return fan.user.id;
    return services(strapi).identity.findUserId(app.appId, openid, fan?.unionid ?? null);
  }

  return {
    register(key: string, action: ClickAction): void {
      actions.set(key, action);
    },

    /** The label of the action registered on the key, or null. */
    labelOf(key: string): string | null {
      return actions.get(key.trim())?.label ?? null;
    },

    /** The reply of the action registered on the key; null when no action is. */
    async answer(app: WechatApp, openid: string, key: string): Promise<ReplyRule | null> {
      const action = actions.get(key.trim());
      if (!action) return null;
      try {
        return textRule(await action.handle({ appId: app.appId, openid, userId: await userOf(app, openid) }));
      } catch (err) {
        strapi.log.error(`[wechat] menu action ${key} of ${app.appId} failed: ${(err as Error).message}`);
        return textRule('操作暂时没有成功，请稍后再试。');
      }
    },
  };
};
