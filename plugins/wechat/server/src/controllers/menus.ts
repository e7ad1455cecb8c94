import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { operatorText } from '@wedraw/kit';
import { clickKeys } from '../services/menu-rules';
import { services } from '../lib/services';

const bodyOf = (ctx: Context) => (ctx.request as { body?: unknown }).body;

/**
 * The menu editor's routes, served to the admin (/wechat/menus/...) and to API tokens
 * (/api/wechat/menus/...): read, save the draft, publish, pull, and CLICK keys bound to replies.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const menus = () => services(strapi).menus;
  const clicks = () => services(strapi).menuClickReplies;

  return {
    async get(ctx: Context) {
      const view = await menus().get(ctx.params.appId);
      // ?keys=A,B: keys the editor has not saved yet
      const asked = typeof ctx.query.keys === 'string' ? ctx.query.keys.split(',').slice(0, 20) : [];
      const keys = [
        ...new Set([...clickKeys([...view.draft.button, ...(view.live?.button ?? [])]), ...asked.map((k) => k.trim()).filter((k) => k && k.length <= 128)]),
      ];
      ctx.body = { data: { ...view, bindings: await clicks().bindings(view.appId, keys) } };
    },
    async saveDraft(ctx: Context) {
      ctx.body = { data: await menus().saveDraft(ctx.params.appId, bodyOf(ctx), operatorText(ctx)) };
    },
    async publish(ctx: Context) {
      ctx.body = { data: await menus().publish(ctx.params.appId, operatorText(ctx)) };
    },
    async pull(ctx: Context) {
      const body = bodyOf(ctx) as { replaceDraft?: unknown } | undefined;
      ctx.body = { data: await menus().pull(ctx.params.appId, body?.replaceDraft === true, operatorText(ctx)) };
    },
    async replyOptions(ctx: Context) {
      await menus().get(ctx.params.appId);
      ctx.body = { data: await clicks().options(ctx.params.appId) };
    },
    async bindClick(ctx: Context) {
      await menus().get(ctx.params.appId);
      ctx.body = { data: await clicks().bind(ctx.params.appId, ctx.params.key, bodyOf(ctx)) };
    },
    async unbindClick(ctx: Context) {
      await menus().get(ctx.params.appId);
      ctx.body = { data: await clicks().unbind(ctx.params.appId, ctx.params.key) };
    },
  };
};
