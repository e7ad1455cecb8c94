import type { Core } from '@strapi/strapi';
import { maskCredential, pageWindow, type Pagination } from '@wedraw/kit';
import { tables, type MessageRow } from './records';

export interface RecordFilter {
  /** One tenant's records (the integrator API always sets it; the admin when it filters). */
  tenantId?: number;
  status?: string;
  channel?: string;
  /** A recipient: a credential one is stored masked, so the whole value also finds its masked form. */
  to?: string;
  /** Created at or after / at or before: a `YYYY-MM-DD` (Shanghai day) or an ISO time. */
  from?: string;
  until?: string;
}

const dayStart = (v: string) => new Date(v.length === 10 ? `${v}T00:00:00+08:00` : v);
const dayEnd = (v: string) => new Date(v.length === 10 ? new Date(`${v}T00:00:00+08:00`).getTime() + 86_400_000 - 1 : v);

/** Send records as lists and details (发送记录 and the integrator API), on the message table's indexes. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** A page of records, newest first, and the total matching the filter. */
  async page(filter: RecordFilter, page: Pagination): Promise<{ rows: MessageRow[]; total: number }> {
    const query = tables(strapi).messages();
    if (filter.tenantId !== undefined) query.where({ tenant_id: filter.tenantId });
    if (filter.status) query.where({ status: filter.status });
    if (filter.channel) query.where({ channel: filter.channel });
    if (filter.to)
      query.whereIn(
        'recipient',
        [...new Set([filter.to, maskCredential(filter.to)])].filter((v) => v !== '…'),
      );
    if (filter.from) query.where('created_at', '>=', dayStart(filter.from));
    if (filter.until) query.where('created_at', '<=', dayEnd(filter.until));
    const [{ total }] = (await query.clone().count({ total: '*' })) as Array<{ total: number | string }>;
    const { offset, limit } = pageWindow(page);
    // Within one tenant, (tenant_id, created_at) orders the page; across tenants the primary key does.
    if (filter.tenantId !== undefined) query.orderBy('created_at', 'desc');
    const rows = (await query.select('*').orderBy('id', 'desc').offset(offset).limit(limit)) as MessageRow[];
    return { rows, total: Number(total) };
  },

  /** One record by its document id, or null. */
  async byDocumentId(documentId: string): Promise<MessageRow | null> {
    return ((await tables(strapi).messages().first('*').where({ document_id: documentId })) as MessageRow | undefined) ?? null;
  },
});
