import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { callbackTokenField, encodingAesKeyField, fieldError, parse } from '@wedraw/kit';
import { decryptSecret, encryptSecret, isEncrypted } from '../lib/secrets';
import { UID } from '../lib/uids';

export type AppKind = 'official' | 'miniprogram';
export type MessageMode = 'plain' | 'compatible' | 'safe';

/** An app with its secrets decrypted: server-side only, never serialized into a response. */
export interface WechatApp {
  id: number;
  documentId: string;
  name: string;
  kind: AppKind;
  appId: string;
  secret: string;
  token: string;
  encodingAESKey: string;
  messageMode: MessageMode;
  apiBase: string;
  updatedAt: string;
}

/** What the admin sees: secrets only as "set / not set". */
export interface PublicApp {
  id: number;
  documentId: string;
  name: string;
  kind: AppKind;
  appId: string;
  messageMode: MessageMode;
  apiBase: string;
  hasSecret: boolean;
  hasToken: boolean;
  hasEncodingAESKey: boolean;
  updatedAt: string;
}

export const SECRET_FIELDS = ['secret', 'token', 'encodingAESKey'] as const;

/** Encrypts plaintext secret fields in place (used by the app lifecycles). */
export function encryptSecretFields(data: Record<string, unknown> | undefined): void {
  if (!data) return;
  for (const field of SECRET_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value !== '' && !isEncrypted(value)) data[field] = encryptSecret(value);
  }
}

type Row = Record<string, unknown> & { id: number; documentId: string };

/** The fields an app shows to anyone allowed to see it. */
function plainFields(row: Row) {
  return {
    id: row.id,
    documentId: row.documentId,
    name: String(row.name ?? ''),
    kind: row.kind as AppKind,
    appId: String(row.appId),
    messageMode: (row.messageMode as MessageMode) ?? 'safe',
    apiBase: String(row.apiBase ?? '').replace(/\/+$/, ''),
    updatedAt: String(row.updatedAt ?? ''),
  };
}

function decrypt(row: Row): WechatApp {
  return {
    ...plainFields(row),
    secret: decryptSecret(row.secret as string),
    token: decryptSecret(row.token as string),
    encodingAESKey: decryptSecret(row.encodingAESKey as string),
  };
}

export function toPublic(row: Row): PublicApp {
  return { ...plainFields(row), hasSecret: Boolean(row.secret), hasToken: Boolean(row.token), hasEncodingAESKey: Boolean(row.encodingAESKey) };
}

const optionalSecret = z.string().trim().max(512).optional();
export const appInput = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(['official', 'miniprogram']),
  appId: z
    .string()
    .trim()
    .regex(/^wx[0-9a-zA-Z]{14,30}$/, 'appId 格式不正确'),
  secret: optionalSecret,
  token: callbackTokenField,
  encodingAESKey: encodingAesKeyField,
  messageMode: z.enum(['plain', 'compatible', 'safe']).default('safe'),
  apiBase: z.string().trim().url().or(z.literal('')).default(''),
});
export type AppInput = z.input<typeof appInput>;

const parseInput = (input: unknown): z.output<typeof appInput> => parse(appInput, input);

const CACHE_MS = 5_000;

/** Apps by appId with their secrets decrypted, cached briefly (and dropped on every write here). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new Map<string, { app: WechatApp | null; at: number }>();
  strapi.db?.lifecycles.subscribe({ models: [UID.app], afterCreate: () => cache.clear(), afterUpdate: () => cache.clear(), afterDelete: () => cache.clear() });

  return {
    async get(appId: string): Promise<WechatApp | null> {
      const hit = cache.get(appId);
      if (hit && Date.now() - hit.at < CACHE_MS) return hit.app;
      const row = (await strapi.db.query(UID.app).findOne({ where: { appId } })) as Row | null;
      const app = row ? decrypt(row) : null;
      cache.set(appId, { app, at: Date.now() });
      return app;
    },

    /** The app of that kind: the one named, or the only one configured (API.md: appId may be omitted). */
    async resolve(kind: AppKind, appId?: unknown): Promise<WechatApp> {
      if (appId !== undefined && appId !== null && appId !== '') {
        if (typeof appId !== 'string') throw fieldError('appId', 'appId 必须是字符串');
        const app = await this.get(appId);
        if (!app || app.kind !== kind) throw fieldError('appId', kind === 'official' ? '没有这个公众号' : '没有这个小程序');
        return app;
      }
      const rows = (await strapi.db.query(UID.app).findMany({ where: { kind }, select: ['appId'], limit: 2 })) as Row[];
      if (rows.length !== 1) throw fieldError('appId', rows.length === 0 ? '尚未配置该类型的微信应用' : '配置了多个应用，请指定 appId');
      return (await this.get(String(rows[0]!.appId)))!;
    },

    async list(): Promise<PublicApp[]> {
      const rows = (await strapi.db.query(UID.app).findMany({ orderBy: { id: 'asc' } })) as Row[];
      return rows.map(toPublic);
    },

    async findPublic(documentId: string): Promise<PublicApp | null> {
      const row = (await strapi.db.query(UID.app).findOne({ where: { documentId } })) as Row | null;
      return row ? toPublic(row) : null;
    },

    /** Create or update; an empty or missing secret field keeps the stored one. */
    async save(input: unknown, documentId?: string): Promise<PublicApp> {
      const data = parseInput(input);
      const fields: Record<string, unknown> = { name: data.name, kind: data.kind, appId: data.appId, messageMode: data.messageMode, apiBase: data.apiBase };
      for (const f of SECRET_FIELDS) if (data[f]) fields[f] = data[f];
      const clash = (await strapi.db.query(UID.app).findOne({ where: { appId: data.appId } })) as Row | null;
      if (clash && clash.documentId !== documentId) throw fieldError('appId', '该 appId 已存在');
      let saved: Row;
      if (documentId) {
        const found = (await strapi.db.query(UID.app).findOne({ where: { documentId } })) as Row | null;
        if (!found) throw fieldError('documentId', '应用不存在');
        saved = (await strapi.db.query(UID.app).update({ where: { id: found.id }, data: fields })) as Row;
      } else {
        if (!data.secret) throw fieldError('secret', '请填写 AppSecret');
        saved = (await strapi.db.query(UID.app).create({ data: fields })) as Row;
      }
      cache.clear();
      return toPublic(saved);
    },

    async remove(documentId: string): Promise<void> {
      await strapi.db.query(UID.app).delete({ where: { documentId } });
      cache.clear();
    },

    forget(): void {
      cache.clear();
    },
  };
};
