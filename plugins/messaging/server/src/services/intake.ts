import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { businessError, fieldError, parse, validationError } from '@wedraw/kit';
import { services } from '../lib/services';
import { render, missingVariables } from './templates';
import type { TenantRow } from './tenants';
import { newDocumentId } from '../lib/ids';

export const messageInput = z
  .object({
    channel: z.string().min(1, '必填').max(32),
    account: z.string().min(1).max(64).optional(),
    to: z.string().min(1, '必填').max(1024, '最多 1024 字'),
    template: z.string().min(1).max(64).optional(),
    variables: z.record(z.unknown()).optional(),
    content: z.record(z.unknown()).optional(),
    sendAt: z.string().datetime({ offset: true, message: '必须是 ISO 8601 时间' }).optional(),
    callbackUrl: z.string().url('必须是 http(s) 地址').max(1024).optional(),
    idempotencyKey: z.string().min(1).max(191).optional(),
  })
  .strict();
export type MessageInput = z.infer<typeof messageInput>;

/** A validated message ready to be written: its row (Strapi column names). */
export type PreparedRow = Record<string, unknown> & { document_id: string; idempotency_key: string | null; channel: string };

const MAX_SCHEDULE_MS = 30 * 24 * 3600_000;

/**
 * Turns one API message into a row, or throws what is wrong with it: 400 naming the field (unknown
 * channel, missing variable, content the channel cannot carry), 409 `TemplateNotFound`.
 * Nothing is written here.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async prepare(tenant: TenantRow, raw: unknown, prefix = ''): Promise<PreparedRow> {
    const input = parse(messageInput, raw);
    const channel = services(strapi).channels.get(input.channel);
    if (!channel || !(await services(strapi).channels.enabled(input.channel))) throw fieldError(`${prefix}channel`, '未知或未启用的渠道');
    let content = input.content;
    if (input.template) {
      const template = await services(strapi).templates.find(tenant.id, input.template);
      if (!template) throw businessError('TemplateNotFound', `模板 ${input.template} 不存在`);
      if (template.channel !== input.channel) throw fieldError(`${prefix}template`, `模板属于渠道 ${template.channel}`);
      const missing = missingVariables(template, input.variables ?? {});
      if (missing.length) throw validationError(missing.map((p) => ({ ...p, field: `${prefix}${p.field}` })));
      content = render(template.content, input.variables ?? {});
    }
    if (!content) throw fieldError(`${prefix}content`, '没有模板时必填');
    const problems = await channel.validate({ to: input.to, account: input.account ?? null, content, tenant: { code: tenant.code, builtIn: tenant.builtIn } });
    if (problems.length) throw validationError(problems.map((p) => ({ ...p, field: `${prefix}${p.field}` })));
    const sendAt = input.sendAt ? new Date(input.sendAt) : null;
    if (sendAt && sendAt.getTime() > Date.now() + MAX_SCHEDULE_MS) throw fieldError(`${prefix}sendAt`, '最多提前 30 天');
    const now = new Date();
    return {
      document_id: newDocumentId(),
      tenant_id: tenant.id,
      channel: input.channel,
      account: input.account ?? null,
      ...services(strapi).recipients.stored(input.channel, input.to),
      template: input.template ?? null,
      variables: input.variables ? JSON.stringify(input.variables) : null,
      content: JSON.stringify(content),
      status: sendAt && sendAt.getTime() > Date.now() ? 'scheduled' : 'pending',
      attempts: 0,
      send_at: sendAt,
      idempotency_key: input.idempotencyKey ?? null,
      callback_url: input.callbackUrl ?? tenant.callbackUrl ?? null,
      callback_status: 'none',
      callback_attempts: 0,
      created_at: now,
      updated_at: now,
      published_at: now,
    };
  },
});
