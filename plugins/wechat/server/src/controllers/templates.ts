import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { fieldError, operatorText } from '@wedraw/kit';
import { dataInput, normaliseData } from '../services/template-send-input';
import { services } from '../lib/services';

const body = (ctx: Context) => ((ctx.request as { body?: unknown }).body ?? {}) as Record<string, unknown>;

/**
 * Template messages, for the admin (/wechat/...) and API tokens (/api/wechat/...): sync and list
 * templates, preview a filled template, create a send (now or scheduled), read its live totals.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    ctx.body = { data: await services(strapi).templates.list(ctx.query.appId) };
  },
  async sync(ctx: Context) {
    ctx.body = { data: await services(strapi).templates.sync(body(ctx).appId) };
  },
  async preview(ctx: Context) {
    const b = body(ctx);
    const t = services(strapi).templates;
    const app = await t.officialApp(b.appId);
    const template = await t.get(app.appId, b.templateId);
    const data = dataInput.safeParse(b.data ?? {});
    if (!data.success) throw fieldError('data', '字段内容须为字符串或 {value, color}');
    ctx.body = { data: { text: t.preview(template, normaliseData(data.data, template.fields ?? [])) } };
  },
  async createSend(ctx: Context) {
    const { send, duplicate } = await services(strapi).templateSends.create(body(ctx), operatorText(ctx));
    ctx.status = duplicate ? 200 : 201;
    ctx.body = { data: send };
  },
  async findSend(ctx: Context) {
    const send = await services(strapi).templateSends.find(ctx.params.documentId);
    if (!send) return ctx.notFound('发送记录不存在');
    ctx.body = { data: send };
  },
  async listSends(ctx: Context) {
    const { results, pagination } = await services(strapi).templateSends.list(ctx.query);
    ctx.body = { data: results, meta: { pagination } };
  },
  async cancelSend(ctx: Context) {
    const send = await services(strapi).templateSends.cancel(ctx.params.documentId);
    if (!send) return ctx.notFound('发送记录不存在');
    ctx.body = { data: send };
  },
  async sendRecipients(ctx: Context) {
    const page = await services(strapi).templateSends.recipients(ctx.params.documentId, ctx.query);
    if (!page) return ctx.notFound('发送记录不存在');
    ctx.body = { data: page.results, meta: { pagination: page.pagination } };
  },
});
