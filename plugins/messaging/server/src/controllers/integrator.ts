import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { fieldError, pagination, paginationMeta, parse, shanghaiDay } from '@wedraw/kit';
import { services } from '../lib/services';
import { toMessage, type MessageRow } from '../services/records';

const STATUSES = ['pending', 'scheduled', 'sending', 'sent', 'delivered', 'failed', 'canceled'] as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '格式为 YYYY-MM-DD');
export const listQuery = pagination.extend({
  status: z.enum(STATUSES).optional(),
  channel: z.string().max(32).optional(),
  from: z.string().datetime({ offset: true }).or(day).optional(),
  to: z.string().datetime({ offset: true }).or(day).optional(),
});
export const statsQuery = z.object({ from: day.optional(), to: day.optional(), channel: z.string().max(32).optional() });
export const batchBody = z.object({ messages: z.array(z.unknown()).min(1, '至少 1 条').max(1000, '最多 1000 条') }).strict();

const tenantOf = (strapi: Core.Strapi, ctx: Context) => services(strapi).tenantAuth.ofRequest(ctx);

const bodyOf = (ctx: Context) => (ctx.request as unknown as { body?: unknown }).body;

/** The integrator API: tenant-scoped; another tenant's ids are 404s. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The tenant's own messages carry the recipient it sent (a webhook URL unmasked). */
  const shown = (r: MessageRow) => toMessage(r, services(strapi).recipients.clear(r));
  return {
    async send(ctx: Context) {
      const tenant = await tenantOf(strapi, ctx);
      const { created, message } = await services(strapi).sending.acceptOne(tenant, bodyOf(ctx));
      ctx.status = created ? 202 : 200;
      ctx.body = { data: message };
    },

    async batch(ctx: Context) {
      const tenant = await tenantOf(strapi, ctx);
      const { messages } = parse(batchBody, bodyOf(ctx));
      ctx.status = 202;
      ctx.body = { data: await services(strapi).sending.acceptBatch(tenant, messages) };
    },

    async findOne(ctx: Context) {
      const tenant = await tenantOf(strapi, ctx);
      ctx.body = { data: shown(await services(strapi).sending.get(tenant.id, String(ctx.params.id))) };
    },

    async find(ctx: Context) {
      const tenant = await tenantOf(strapi, ctx);
      const q = parse(listQuery, ctx.query);
      const { rows, total } = await services(strapi).recordQueries.page(
        { tenantId: tenant.id, status: q.status, channel: q.channel, from: q.from, until: q.to },
        q,
      );
      ctx.body = { data: rows.map(shown), meta: paginationMeta(q, total) };
    },

    async cancel(ctx: Context) {
      const tenant = await tenantOf(strapi, ctx);
      ctx.body = { data: shown(await services(strapi).sending.cancel(tenant.id, String(ctx.params.id))) };
    },

    async stats(ctx: Context) {
      const tenant = await tenantOf(strapi, ctx);
      const q = parse(statsQuery, ctx.query);
      const to = q.to ?? shanghaiDay();
      const from = q.from ?? to;
      if (from > to) throw fieldError('from', '不能晚于 to');
      const summary = await services(strapi).stats.summary(tenant.id, from, to, q.channel);
      const usedToday = await services(strapi).quotas.usedOn(tenant.id);
      ctx.body = { data: { ...summary, quota: { dailyLimit: tenant.maxDailyMessages, usedToday } } };
    },
  };
};
