import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { operatorText, parsePaging } from '@wedraw/kit';
import { services } from '../lib/services';

const bodyOf = (ctx: Context) => (ctx.request as { body?: unknown }).body;

/** CSV batch import of members: the template, submit (202), the jobs, one job with its per-row results. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const imports = () => services(strapi).contactsImport;
  return {
    async template(ctx: Context) {
      await services(strapi).corps.require(ctx.params.corpId);
      ctx.body = { data: imports().template() };
    },
    async submit(ctx: Context) {
      ctx.status = 202;
      ctx.body = { data: await imports().submit(ctx.params.corpId, bodyOf(ctx), operatorText(ctx)) };
    },
    async list(ctx: Context) {
      const { results, pagination } = await imports().list(ctx.params.corpId, parsePaging(ctx.query));
      ctx.body = { data: results, meta: { pagination } };
    },
    async get(ctx: Context) {
      ctx.body = { data: await imports().get(ctx.params.documentId) };
    },
  };
};
