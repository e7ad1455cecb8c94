import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { operatorText } from '@wedraw/kit';
import { services } from '../lib/services';

const bodyOf = (ctx: Context) => (ctx.request as { body?: unknown }).body;

/** Admin routes of the welcome messages: rules (CRUD), the send records, and the group welcome templates (CRUD mirrored to WeCom). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rules = () => services(strapi).welcomeRules;
  const corp = async (ctx: Context) => (await services(strapi).corps.require(ctx.params.corpId)).corpId;
  return {
    async rules(ctx: Context) {
      ctx.body = { data: await rules().list(await corp(ctx)) };
    },
    async createRule(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await rules().create(ctx.params.corpId, bodyOf(ctx), operatorText(ctx)) };
    },
    async updateRule(ctx: Context) {
      ctx.body = { data: await rules().update(ctx.params.documentId, bodyOf(ctx), operatorText(ctx)) };
    },
    async removeRule(ctx: Context) {
      await rules().remove(ctx.params.documentId);
      ctx.status = 204;
    },
    async groupTemplates(ctx: Context) {
      ctx.body = { data: await services(strapi).groupWelcome.list(await corp(ctx)) };
    },
    async createGroupTemplate(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await services(strapi).groupWelcome.create(ctx.params.corpId, bodyOf(ctx), operatorText(ctx)) };
    },
    async updateGroupTemplate(ctx: Context) {
      ctx.body = { data: await services(strapi).groupWelcome.update(ctx.params.documentId, bodyOf(ctx), operatorText(ctx)) };
    },
    async removeGroupTemplate(ctx: Context) {
      await services(strapi).groupWelcome.remove(ctx.params.documentId);
      ctx.status = 204;
    },
    async sends(ctx: Context) {
      const { results, pagination } = await services(strapi).welcomeSend.list(await corp(ctx), ctx.query);
      ctx.body = { data: results, meta: { pagination } };
    },
  };
};
