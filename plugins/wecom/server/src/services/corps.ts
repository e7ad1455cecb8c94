import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { callbackTokenField, encodingAesKeyField, fieldError, notFound, parse } from '@wedraw/kit';
import { decryptSecret, encryptSecret, isEncrypted } from '../lib/secrets';
import { UID } from '../lib/uids';

export interface CorpApp {
  agentId: number;
  name: string;
  secret: string;
}

/** A corp with its secrets decrypted: server-side only, never serialized into a response. */
export interface WecomCorp {
  id: number;
  documentId: string;
  corpId: string;
  name: string;
  contactsSecret: string;
  customerSecret: string;
  apps: CorpApp[];
  callbackToken: string;
  encodingAESKey: string;
  apiBase: string;
  callbackVerifiedAt: string | null;
  updatedAt: string;
}

/** What the admin sees: secrets only as "set / not set". */
export interface PublicCorp {
  documentId: string;
  corpId: string;
  name: string;
  apiBase: string;
  hasContactsSecret: boolean;
  hasCustomerSecret: boolean;
  apps: { agentId: number; name: string; hasSecret: boolean }[];
  hasCallbackToken: boolean;
  hasEncodingAESKey: boolean;
  callbackPath: string;
  callbackVerifiedAt: string | null;
}

const SECRET_FIELDS = ['contactsSecret', 'customerSecret', 'callbackToken', 'encodingAESKey'] as const;
type Row = Record<string, unknown> & { id: number; documentId: string };
type StoredApp = { agentId: number; name: string; secret?: string };

/** Encrypts plaintext secret fields (and each app's secret) in place: the corp lifecycles call it. */
export function encryptCorpSecrets(data: Record<string, unknown> | undefined): void {
  if (!data) return;
  for (const field of SECRET_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value !== '' && !isEncrypted(value)) data[field] = encryptSecret(value);
  }
  if (Array.isArray(data.apps)) {
    data.apps = (data.apps as StoredApp[]).map((a) => (a.secret && !isEncrypted(a.secret) ? { ...a, secret: encryptSecret(a.secret) } : a));
  }
}

const storedApps = (row: Row): StoredApp[] => (Array.isArray(row.apps) ? (row.apps as StoredApp[]) : []);

export function toPublic(row: Row): PublicCorp {
  return {
    documentId: row.documentId,
    corpId: String(row.corpId),
    name: String(row.name ?? ''),
    apiBase: String(row.apiBase ?? ''),
    hasContactsSecret: Boolean(row.contactsSecret),
    hasCustomerSecret: Boolean(row.customerSecret),
    apps: storedApps(row).map((a) => ({ agentId: a.agentId, name: a.name, hasSecret: Boolean(a.secret) })),
    hasCallbackToken: Boolean(row.callbackToken),
    hasEncodingAESKey: Boolean(row.encodingAESKey),
    callbackPath: `/api/wecom/callback/${row.corpId}`,
    callbackVerifiedAt: (row.callbackVerifiedAt as string | null) ?? null,
  };
}

function decrypt(row: Row): WecomCorp {
  return {
    id: row.id,
    documentId: row.documentId,
    corpId: String(row.corpId),
    name: String(row.name ?? ''),
    contactsSecret: decryptSecret(row.contactsSecret as string),
    customerSecret: decryptSecret(row.customerSecret as string),
    apps: storedApps(row).map((a) => ({ agentId: a.agentId, name: a.name, secret: decryptSecret(a.secret) })),
    callbackToken: decryptSecret(row.callbackToken as string),
    encodingAESKey: decryptSecret(row.encodingAESKey as string),
    apiBase: String(row.apiBase || 'https://qyapi.weixin.qq.com').replace(/\/+$/, ''),
    callbackVerifiedAt: (row.callbackVerifiedAt as string | null) ?? null,
    updatedAt: String(row.updatedAt ?? ''),
  };
}

const secret = z.string().trim().max(512).optional().or(z.literal(''));
export const corpInput = z.object({
  corpId: z
    .string()
    .trim()
    .regex(/^ww[0-9a-zA-Z]{8,30}$/, 'CorpID 以 ww 开头'),
  name: z.string().trim().min(1).max(100),
  contactsSecret: secret,
  customerSecret: secret,
  apps: z
    .array(z.object({ agentId: z.coerce.number().int().min(1), name: z.string().trim().min(1).max(100), secret }))
    .max(50)
    .default([]),
  callbackToken: callbackTokenField,
  encodingAESKey: encodingAesKeyField,
  apiBase: z.string().trim().url().or(z.literal('')).default(''),
});

const CACHE_MS = 5_000;

/** Corps by CorpID with their secrets decrypted, cached briefly (and dropped on every write). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new Map<string, { corp: WecomCorp | null; at: number }>();
  const query = () => strapi.db.query(UID.corp);
  strapi.db?.lifecycles.subscribe({ models: [UID.corp], afterCreate: () => cache.clear(), afterUpdate: () => cache.clear(), afterDelete: () => cache.clear() });

  return {
    async get(corpId: string): Promise<WecomCorp | null> {
      const hit = cache.get(corpId);
      if (hit && Date.now() - hit.at < CACHE_MS) return hit.corp;
      const row = (await query().findOne({ where: { corpId } })) as Row | null;
      const corp = row ? decrypt(row) : null;
      cache.set(corpId, { corp, at: Date.now() });
      return corp;
    },

    async require(corpId: unknown): Promise<WecomCorp> {
      const corp = typeof corpId === 'string' && corpId ? await this.get(corpId) : null;
      if (!corp) throw notFound('没有这个企业');
      return corp;
    },

    async list(): Promise<PublicCorp[]> {
      return ((await query().findMany({ orderBy: { id: 'asc' } })) as Row[]).map(toPublic);
    },

    /** Create or update; an empty or missing secret keeps the stored one (secrets are write-only). */
    async save(input: unknown, documentId?: string): Promise<PublicCorp> {
      const data = parse(corpInput, input);
      const found = documentId ? ((await query().findOne({ where: { documentId } })) as Row | null) : null;
      if (documentId && !found) throw notFound('企业不存在');
      const clash = (await query().findOne({ where: { corpId: data.corpId } })) as Row | null;
      if (clash && clash.documentId !== documentId) throw fieldError('corpId', '该 CorpID 已存在');
      const before = new Map(found ? storedApps(found).map((a) => [a.agentId, a.secret]) : []);
      const apps = data.apps.map((a, i) => {
        const kept = a.secret || before.get(a.agentId);
        if (!kept) throw fieldError(`apps.${i}.secret`, '请填写应用 Secret');
        return { agentId: a.agentId, name: a.name, secret: kept };
      });
      const fields: Record<string, unknown> = { corpId: data.corpId, name: data.name, apiBase: data.apiBase, apps };
      for (const f of SECRET_FIELDS) if (data[f]) fields[f] = data[f];
      if (!found && !data.contactsSecret && !data.customerSecret && apps.length === 0) throw fieldError('contactsSecret', '至少填写一个 Secret');
      const saved = (found ? await query().update({ where: { id: found.id }, data: fields }) : await query().create({ data: fields })) as Row;
      cache.clear();
      return toPublic(saved);
    },

    async remove(documentId: string): Promise<void> {
      const found = (await query().findOne({ where: { documentId } })) as Row | null;
      if (!found) throw notFound('企业不存在');
      await query().delete({ where: { id: found.id } });
      cache.clear();
    },

    async markCallbackVerified(corpId: string): Promise<void> {
      await query().update({ where: { corpId }, data: { callbackVerifiedAt: new Date() } });
      cache.clear();
    },
  };
};
