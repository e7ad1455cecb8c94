import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { markSecretFields, operatorText, pageWindow, pagination, paginationMeta, parse } from '@wedraw/kit';
import { services } from '../lib/services';
import { UID } from '../lib/uids';

const alertQuery = pagination.extend({
  state: z.enum(['pending', 'firing', 'resolved']).optional(),
  rule: z.string().max(64).optional(),
  level: z.enum(['critical', 'warning', 'info']).optional(),
});

/** The 运维监控 pages' API (admin routes, each behind its RBAC action). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async overview(ctx: Context) {
    ctx.body = { data: await services(strapi).overview.get() };
  },
  async metrics(ctx: Context) {
    ctx.body = { data: services(strapi).metrics.list() };
  },
  async rules(ctx: Context) {
    ctx.body = { data: await services(strapi).rules.list() };
  },
  async createRule(ctx: Context) {
    ctx.status = 201;
    ctx.body = { data: await services(strapi).rules.create(ctx.request.body) };
  },
  async updateRule(ctx: Context) {
    ctx.body = { data: await services(strapi).rules.update(ctx.params.documentId, ctx.request.body) };
  },
  async deleteRule(ctx: Context) {
    ctx.body = { data: await services(strapi).rules.remove(ctx.params.documentId) };
  },
  async targets(ctx: Context) {
    ctx.body = { data: await services(strapi).targets.list() };
  },
  async createTarget(ctx: Context) {
    // A recipient may itself be a credential (a webhook URL, a DingTalk token): never in the operation log.
    markSecretFields(ctx, 'to');
    ctx.status = 201;
    ctx.body = { data: await services(strapi).targets.create(ctx.request.body) };
  },
  async updateTarget(ctx: Context) {
    markSecretFields(ctx, 'to');
    ctx.body = { data: await services(strapi).targets.update(ctx.params.documentId, ctx.request.body) };
  },
  async deleteTarget(ctx: Context) {
    ctx.body = { data: await services(strapi).targets.remove(ctx.params.documentId) };
  },
  async reports(ctx: Context) {
    ctx.body = await services(strapi).reports.list(ctx.query);
  },
  async report(ctx: Context) {
    ctx.body = { data: await services(strapi).reports.get(ctx.params.documentId) };
  },
  async generateReport(ctx: Context) {
    const { report, created } = await services(strapi).reports.generate(ctx.request.body, operatorText(ctx));
    ctx.status = created ? 201 : 200;
    ctx.body = { data: report, meta: { created } };
  },
  async alerts(ctx: Context) {
    const q = parse(alertQuery, ctx.query);
    const where = { ...(q.state ? { state: q.state } : {}), ...(q.rule ? { ruleCode: q.rule } : {}), ...(q.level ? { level: q.level } : {}) };
    const { offset, limit } = pageWindow(q);
    const [rows, total] = await Promise.all([
      strapi.db.query(UID.alert).findMany({ where, orderBy: { id: 'desc' }, offset, limit }),
      strapi.db.query(UID.alert).count({ where }),
    ]);
    ctx.body = { data: rows, meta: paginationMeta(q, total) };
  },
  async alertEvents(ctx: Context) {
    const alertId = Number(ctx.params.id);
    ctx.body = { data: Number.isInteger(alertId) ? await strapi.db.query(UID.event).findMany({ where: { alertId }, orderBy: { id: 'asc' } }) : [] };
  },
  async silences(ctx: Context) {
    ctx.body = { data: await services(strapi).silences.list() };
  },
  async createSilence(ctx: Context) {
    ctx.status = 201;
    ctx.body = { data: await services(strapi).silences.create(ctx.request.body, operatorText(ctx)) };
  },
  async expireSilence(ctx: Context) {
    ctx.body = { data: await services(strapi).silences.expire(ctx.params.documentId) };
  },
});
