import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { markSecretFields, pagination, paginationMeta, parse, shanghaiDay } from '@wedraw/kit';
import { services } from '../lib/services';
import { toMessage, toMessageDetail } from '../services/records';
import { missingVariables, render } from '../services/templates';
import { publicTenant } from '../services/tenants';

const code = z.string().regex(/^[a-z0-9][a-z0-9_-]{1,63}$/, '小写字母、数字、-、_，2–64 位');
const tenantFields = {
  name: z.string().min(1, '必填').max(128),
  maxAccounts: z.number().int().min(0, '不能为负'),
  maxDailyMessages: z.number().int().min(1, '至少为 1'),
  requireSignature: z.boolean(),
  callbackUrl: z.string().url('必须是 http(s) 地址').max(1024).nullable().optional(),
};
const tenantCreate = z.object({ code, ...tenantFields }).strict();
const tenantUpdate = z
  .object({ ...tenantFields, status: z.enum(['active', 'suspended']) })
  .partial()
  .strict();
const templateBody = z
  .object({ code, name: z.string().max(128).optional(), channel: z.string().min(1), content: z.record(z.unknown()), variables: z.array(z.string()).optional() })
  .strict();
const previewBody = z.object({ content: z.record(z.unknown()), variables: z.record(z.unknown()).default({}) }).strict();
const channelBody = z.object({ enabled: z.boolean().optional(), ratePerSecond: z.number().int().min(1).max(100_000).optional() }).strict();
const messageQuery = pagination.extend({
  tenant: z.string().optional(),
  status: z.string().optional(),
  channel: z.string().optional(),
  to: z.string().optional(),
});
const statsQuery = z.object({ from: z.string().optional(), to: z.string().optional(), channel: z.string().optional(), tenant: z.string().optional() });

const body = (ctx: Context) => (ctx.request as unknown as { body?: unknown }).body;

/** The admin's routes (消息中心): thin, each guarded by its action in routes/admin.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const s = () => services(strapi);
  return {
    async tenants(ctx: Context) {
      const list = await s().tenants.list();
      const day = shanghaiDay();
      const accounts = await s().tenants.accountsUsedByTenant();
      const data = [];
      for (const t of list)
        data.push({
          ...publicTenant(t),
          usedToday: await s().quotas.usedOn(t.id, day),
          accountsUsed: accounts.get(t.code) ?? 0,
          keys: await s().tenants.keysOf(t.code),
        });
      ctx.body = { data };
    },
    async createTenant(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: publicTenant(await s().tenants.create(parse(tenantCreate, body(ctx)))) };
    },
    async updateTenant(ctx: Context) {
      ctx.body = { data: publicTenant(await s().tenants.update(String(ctx.params.code), parse(tenantUpdate, body(ctx)))) };
    },
    async issueKey(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await s().tenants.issueKey(String(ctx.params.code)) };
    },

    async channels(ctx: Context) {
      ctx.body = { data: await s().channels.overview() };
    },
    async configureChannel(ctx: Context) {
      const name = String(ctx.params.name);
      if (!s().channels.get(name)) return ctx.notFound('渠道不存在');
      await s().channels.configure(name, parse(channelBody, body(ctx)));
      ctx.body = { data: (await s().channels.overview()).find((c) => c.name === name) };
    },

    async templates(ctx: Context) {
      ctx.body = { data: await s().templates.list() };
    },
    async saveTemplate(ctx: Context) {
      ctx.body = { data: await s().templates.save({ tenantId: null, ...parse(templateBody, body(ctx)) }) };
    },
    async deleteTemplate(ctx: Context) {
      await s().templates.remove(String(ctx.params.documentId));
      ctx.body = { data: { ok: true } };
    },
    async previewTemplate(ctx: Context) {
      const { content, variables } = parse(previewBody, body(ctx));
      ctx.body = { data: { content: render(content, variables), missing: missingVariables({ content, variables: null }, variables).map((p) => p.field) } };
    },

    async notifications(ctx: Context) {
      ctx.body = { data: await s().notifications.overview() };
    },
    async configureNotification(ctx: Context) {
      if (s().recipients.isSecret(String(ctx.params.channel))) markSecretFields(ctx, 'to');
      ctx.body = { data: await s().notifications.configure(String(ctx.params.event), String(ctx.params.channel), body(ctx)) };
    },

    /** The admin's own sends belong to the built-in tenant and go through the same intake. */
    async send(ctx: Context) {
      const tenant = await s().tenants.ensureAdminTenant();
      const channel = (body(ctx) as { channel?: unknown } | null)?.channel;
      if (typeof channel === 'string' && s().recipients.isSecret(channel)) markSecretFields(ctx, 'to');
      const { created, message } = await s().sending.acceptOne(tenant, body(ctx));
      ctx.status = created ? 202 : 200;
      ctx.body = { data: message };
    },
    async messages(ctx: Context) {
      const q = parse(messageQuery, ctx.query);
      const tenantId = q.tenant ? (await s().tenants.byCode(q.tenant)).id : undefined;
      const { rows, total } = await s().recordQueries.page({ tenantId, status: q.status, channel: q.channel, to: q.to }, q);
      ctx.body = {
        data: rows.map((r) => ({ ...toMessage(r), toMasked: Boolean(r.recipient_secret), tenantId: r.tenant_id })),
        meta: paginationMeta(q, total),
      };
    },
    async message(ctx: Context) {
      const row = await s().recordQueries.byDocumentId(String(ctx.params.id));
      if (!row) return ctx.notFound('消息不存在');
      ctx.body = { data: { ...toMessageDetail(row), toMasked: Boolean(row.recipient_secret) } };
    },
    async stats(ctx: Context) {
      const q = parse(statsQuery, ctx.query);
      const to = q.to ?? shanghaiDay();
      const tenantId = q.tenant ? (await s().tenants.byCode(q.tenant)).id : null;
      ctx.body = { data: await s().stats.summary(tenantId, q.from ?? to, to, q.channel) };
    },
  };
};
