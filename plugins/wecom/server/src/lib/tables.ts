import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A 24-character lowercase id shaped like Strapi's cuid2 document ids (bulk inserts bypass the document service). */
export function documentId(): string {
  const bytes = randomBytes(24);
  let id = ALPHABET[10 + (bytes[0]! % 26)]!;
  for (let i = 1; i < 24; i++) id += ALPHABET[bytes[i]! % 36];
  return id;
}

/** Table and column names of a content type, from Strapi's metadata. */
export function tableOf(strapi: Core.Strapi, uid: string) {
  const meta = strapi.db.metadata.get(uid) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
  const col = (attr: string) => meta.attributes[attr]?.columnName ?? attr.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return { table: meta.tableName, col };
}
