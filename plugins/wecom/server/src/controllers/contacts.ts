import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { fieldError } from '@wedraw/kit';
import { services } from '../lib/services';

const bodyOf = (ctx: Context) => (ctx.request as { body?: unknown }).body;
const idParam = (ctx: Context, name: string): number => {
  const n = Number(ctx.params[name]);
  if (!Number.isInteger(n) || n < 1) throw fieldError(name, '必须是正整数');
  return n;
};

/** Admin routes of the contacts (/wecom/corps/:corpId/...): reads of the mirror, edits written to WeCom first. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const read = () => services(strapi).contactsRead;
  const edit = () => services(strapi).contactsEdit;
  const corp = async (ctx: Context) => (await services(strapi).corps.require(ctx.params.corpId)).corpId;
  return {
    async departments(ctx: Context) {
      ctx.body = { data: await read().departments(await corp(ctx)) };
    },
    async members(ctx: Context) {
      const { results, pagination } = await read().members(await corp(ctx), ctx.query);
      ctx.body = { data: results, meta: { pagination } };
    },
    async tags(ctx: Context) {
      ctx.body = { data: await read().tags(await corp(ctx)) };
    },
    async createDepartment(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await edit().createDepartment(ctx.params.corpId, bodyOf(ctx)) };
    },
    async updateDepartment(ctx: Context) {
      ctx.body = { data: await edit().updateDepartment(ctx.params.corpId, idParam(ctx, 'id'), bodyOf(ctx)) };
    },
    async deleteDepartment(ctx: Context) {
      await edit().deleteDepartment(ctx.params.corpId, idParam(ctx, 'id'));
      ctx.status = 204;
    },
    async createMember(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await edit().createMember(ctx.params.corpId, bodyOf(ctx)) };
    },
    async updateMember(ctx: Context) {
      ctx.body = { data: await edit().updateMember(ctx.params.corpId, ctx.params.userid, bodyOf(ctx)) };
    },
    async resignMember(ctx: Context) {
      await edit().resignMember(ctx.params.corpId, ctx.params.userid);
      ctx.status = 204;
    },
    async createTag(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await edit().createTag(ctx.params.corpId, bodyOf(ctx)) };
    },
    async tagMembers(ctx: Context) {
      ctx.body = { data: await edit().tagMembers(ctx.params.corpId, idParam(ctx, 'tagId'), bodyOf(ctx)) };
    },
  };
};
