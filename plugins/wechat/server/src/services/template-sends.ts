import type { Core } from '@strapi/strapi';
import { businessError, createOrReread, pageWindow, paginationMeta, parsePaging } from '@wedraw/kit';
import { services } from '../lib/services';
import { delayOf, normaliseData, parseSendInput } from './template-send-input';
import { batchOf, TEMPLATE_SOURCE } from './template-dispatch';
import { UID } from '../lib/uids';

/** A send's records in the message center, counted by status. */
export interface Totals {
  total: number;
  pending: number;
  sent: number;
  failed: number;
  delivered: number;
}

/** The message center's batch services this file uses (typed structurally: the center is another plugin). */
interface CenterBatches {
  schedule(source: string, ref: string, options: { delayMs?: number; jobId: string }): Promise<void>;
  totals(batches: string[]): Promise<Map<string, Totals>>;
  records(
    batch: string,
    window: { offset: number; limit: number },
    status?: string,
  ): Promise<{
    results: Array<{
      to: string;
      status: string;
      errorCode: string | null;
      errorMessage: string | null;
      providerMsgId: string | null;
      attempts: number;
      sentAt: unknown;
      finishedAt: unknown;
    }>;
    total: number;
  }>;
}

/** `wechat:43004` → 43004; codes that are not WeChat's (network, a deleted app) → null. */
const errcodeOf = (code: string | null) => (code && /^wechat:-?\d+$/.test(code) ? Number(code.slice(7)) : null);
const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

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
  const batches = () => {
    const center = strapi.plugin('messaging');
    if (!center) throw new Error('[wechat] template sends need the message center (plugins/messaging)');
    return center.service('batches') as unknown as CenterBatches;
  };

  /** With live totals; a sending send whose records are all final is done (marked on the way). */
  async function views(rows: SendRow[]): Promise<SendView[]> {
    const totals = await batches().totals(rows.map((r) => batchOf(r.id)));
    const out: SendView[] = [];
    for (const { id, total, ...rest } of rows) {
      const t = totals.get(batchOf(id))!;
      const view = { ...rest, totals: { ...t, total: Math.max(t.total, total ?? 0) } };
      if (rest.status === 'sending' && total > 0 && t.total >= total && t.pending === 0) {
        const now = new Date();
        await sends().update({ where: { id, status: 'sending' }, data: { status: 'done', finishedAt: now } });
        Object.assign(view, { status: 'done', finishedAt: now.toISOString() });
      }
      out.push(view);
    }
    return out;
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
          await batches().schedule(TEMPLATE_SOURCE, String(row.id), { delayMs: delay, jobId: `tpl-${row.documentId}` });
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
      const status = typeof query.status === 'string' && query.status ? query.status : undefined;
      const { results, total } = await batches().records(batchOf(row.id), pageWindow(page), status);
      return {
        results: results.map((r) => ({
          openid: r.to,
          status: r.status,
          errcode: errcodeOf(r.errorCode),
          errmsg: r.errorMessage,
          msgid: r.providerMsgId,
          attempts: r.attempts,
          sentAt: iso(r.sentAt),
          finishedAt: iso(r.finishedAt),
        })),
        ...paginationMeta(page, total),
      };
    },
  };
};
