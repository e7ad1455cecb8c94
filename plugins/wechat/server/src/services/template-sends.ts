import type { Core } from '@strapi/strapi';
import { businessError, createOrReread, pageWindow, paginationMeta, parsePaging } from '@wedraw/kit';
import { services } from '../lib/services';
import { delayOf, normaliseData, parseSendInput } from './template-send-input';
import { recipientTable, type Totals } from './template-recipients';
import { UID } from '../lib/uids';

export const TEMPLATE_QUEUE = 'wechat-templates';
export const DISPATCH_JOB = 'dispatch';

export interface SendRow {
  id: number;
  documentId: string;
  appId: string;
  templateId: string;
  title: string | null;
  target: 'one' | 'tag' | 'all';
  openid: string | null;
  tagId: number | null;
  data: Record<string, { value: string; color?: string }>;
  url: string | null;
  miniprogram: { appid: string; pagepath?: string } | null;
  scheduledAt: string | null;
  status: 'scheduled' | 'preparing' | 'sending' | 'done' | 'canceled';
  total: number;
  operator: string | null;
  idempotencyKey: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export type SendView = Omit<SendRow, 'id' | 'total'> & { totals: Totals };

/** Template sends: create (now or scheduled), read with live totals, list, cancel a scheduled one. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const s = services(strapi);
  const sends = () => strapi.db.query(UID.templateSend);
  const queue = () => strapi.service('api::platform.queue') as { add(q: string, n: string, d: unknown, o?: unknown): Promise<unknown> };

  async function views(rows: SendRow[]): Promise<SendView[]> {
    const totals = await recipientTable(strapi).totals(rows.map((r) => r.id));
    return rows.map(({ id, total, ...rest }) => {
      const t = totals.get(id)!;
      return { ...rest, totals: { ...t, total: Math.max(t.total, total ?? 0) } };
    });
  }

  async function byDocumentId(documentId: string): Promise<SendRow | null> {
    return (await sends().findOne({ where: { documentId } })) as SendRow | null;
  }

  return {
    /** Validates, records the send and queues its dispatch (at once or at `scheduledAt`). 201, or 200 for a repeated idempotencyKey. */
    async create(body: unknown, operator: string): Promise<{ send: SendView; duplicate: boolean }> {
      const input = parseSendInput(body);
      if (input.idempotencyKey) {
        const existing = (await sends().findOne({ where: { idempotencyKey: input.idempotencyKey } })) as SendRow | null;
        if (existing) return { send: (await views([existing]))[0], duplicate: true };
      }
      const app = await s.templates.officialApp(input.appId);
      const template = await s.templates.get(app.appId, input.templateId);
      const data = normaliseData(input.data, template.fields ?? []);
      const delay = delayOf(input.scheduledAt);
      if (input.target === 'one') {
        const fan = (await strapi.db.query(UID.fan).findOne({ where: { appId: app.appId, openid: input.openid } })) as { subscribed: boolean } | null;
        if (fan && !fan.subscribed) throw businessError('FanNotSubscribed', '该粉丝已取消关注，无法接收模板消息', { openid: input.openid });
      }
      const record = {
        appId: app.appId,
        templateId: template.templateId,
        title: template.title,
        target: input.target,
        openid: input.target === 'one' ? input.openid : null,
        tagId: input.target === 'tag' ? input.tagId : null,
        data,
        url: input.url ?? null,
        miniprogram: input.miniprogram ?? null,
        scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : null,
        status: delay > 0 ? 'scheduled' : 'preparing',
        operator,
        idempotencyKey: input.idempotencyKey ?? null,
      };
      let duplicate = false;
      const row = (await createOrReread(
        () => sends().create({ data: record }),
        async () => {
          duplicate = true;
          return sends().findOne({ where: { idempotencyKey: input.idempotencyKey ?? '' } });
        },
      )) as SendRow;
      if (!duplicate) {
        try {
          await queue().add(
            TEMPLATE_QUEUE,
            DISPATCH_JOB,
            { sendId: row.id },
            { jobId: `tpl-dispatch-${row.documentId}`, delay, attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
          );
        } catch (err) {
          await sends().delete({ where: { id: row.id } }); // nothing half-written: no send without its job
          throw err;
        }
      }
      return { send: (await views([row]))[0], duplicate };
    },

    async find(documentId: string): Promise<SendView | null> {
      const row = await byDocumentId(documentId);
      return row ? (await views([row]))[0] : null;
    },

    async list(query: Record<string, unknown>) {
      const page = parsePaging(query);
      const where: Record<string, unknown> = {};
      if (typeof query.appId === 'string' && query.appId) where.appId = query.appId;
      if (typeof query.status === 'string' && query.status) where.status = query.status;
      const [rows, total] = await Promise.all([
        sends().findMany({ where, orderBy: { id: 'desc' }, ...pageWindow(page) }) as Promise<SendRow[]>,
        sends().count({ where }),
      ]);
      return { results: await views(rows), ...paginationMeta(page, total) };
    },

    /** A scheduled send that has not started can be canceled; anything else is 409 SendNotCancelable. */
    async cancel(documentId: string): Promise<SendView | null> {
      const row = await byDocumentId(documentId);
      if (!row) return null;
      const changed = await strapi.db
        .connection(strapi.db.metadata.get(UID.templateSend as never).tableName)
        .where({ id: row.id, status: 'scheduled' })
        .update({ status: 'canceled', finished_at: new Date(), updated_at: new Date() });
      if (!changed) throw businessError('SendNotCancelable', '只能取消尚未开始的定时发送', { status: row.status });
      return this.find(documentId);
    },

    async recipients(documentId: string, query: Record<string, unknown>) {
      const row = await byDocumentId(documentId);
      if (!row) return null;
      const page = parsePaging(query);
      const where: Record<string, unknown> = { sendId: row.id };
      if (typeof query.status === 'string' && query.status) where.status = query.status;
      const q = strapi.db.query(UID.templateRecipient);
      const [results, total] = await Promise.all([
        q.findMany({
          where,
          orderBy: { id: 'asc' },
          ...pageWindow(page),
          select: ['openid', 'status', 'errcode', 'errmsg', 'msgid', 'attempts', 'sentAt', 'finishedAt'],
        }),
        q.count({ where }),
      ]);
      return { results, ...paginationMeta(page, total) };
    },
  };
};
