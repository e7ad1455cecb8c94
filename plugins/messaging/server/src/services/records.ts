import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { UID } from '../lib/uids';

export type MessageStatus = 'pending' | 'scheduled' | 'sending' | 'sent' | 'delivered' | 'failed' | 'canceled';
export const FINAL: MessageStatus[] = ['delivered', 'failed', 'canceled'];

/** A message row as the database gives it (Strapi's snake_case columns). */
export interface MessageRow {
  id: number;
  document_id: string;
  tenant_id: number;
  channel: string;
  account: string | null;
  recipient: string;
  recipient_secret?: string | null;
  batch: string | null;
  template: string | null;
  content: unknown;
  status: MessageStatus;
  attempts: number;
  claim: string | null;
  provider_msg_id: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: unknown;
  send_at: unknown;
  sent_at: unknown;
  delivered_at: unknown;
  finished_at: unknown;
  callback_url: string | null;
  callback_status: string;
  callback_attempts: number;
  callback_error: string | null;
}

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | number | Date).toISOString());
export const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

/**
 * API.md's `Message`. `to` as records show it (a credential masked) unless `to` is given: the
 * tenant's own API answers carry what the tenant sent.
 */
export function toMessage(r: MessageRow, to: string = r.recipient) {
  return {
    id: r.document_id,
    channel: r.channel,
    account: r.account,
    to,
    status: r.status,
    attempts: r.attempts,
    providerMsgId: r.provider_msg_id,
    error: r.error_code ? { code: r.error_code, message: r.error_message } : null,
    createdAt: iso(r.created_at),
    sendAt: iso(r.send_at),
    sentAt: iso(r.sent_at),
    deliveredAt: iso(r.delivered_at),
  };
}

/** The admin's detail also shows the template, content and the callback's attempts. */
export function toMessageDetail(r: MessageRow) {
  return {
    ...toMessage(r),
    template: r.template,
    content: json(r.content),
    finishedAt: iso(r.finished_at),
    callback: { url: r.callback_url, status: r.callback_status, attempts: r.callback_attempts, error: r.callback_error },
  };
}

/** The center's tables through knex, with the names Strapi gave them (bulk writes, indexed reads). */
export function tables(strapi: Core.Strapi) {
  const knex = strapi.db.connection as unknown as Knex;
  const name = (uid: string) => (strapi.db.metadata.get(uid as never) as { tableName: string }).tableName;
  return {
    knex,
    messages: (trx?: Knex.Transaction) => (trx ?? knex)(name(UID.message)),
    usage: (trx?: Knex.Transaction) => (trx ?? knex)(name(UID.tenantUsage)),
    stats: (trx?: Knex.Transaction) => (trx ?? knex)(name(UID.messageStat)),
  };
}
