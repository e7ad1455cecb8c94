import type { Core } from '@strapi/strapi';
import { problemsOf, type FieldProblem } from '@wedraw/kit';
import type { ZodTypeAny } from 'zod';
import { wechatConfig } from '../config';
import { errcodeOf } from '../lib/errors';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { RETRYABLE_SEND_ERRCODES } from '../services/template-errors';

/** The message center's channel contract, structurally (plugins/messaging/server/src/channels/types.ts). */
export interface Outbound {
  documentId: string;
  to: string;
  account: string | null;
  content: Record<string, unknown>;
}
export type Outcome = { status: 'sent'; providerId?: string } | { status: 'retryable' | 'final'; code: string; message: string };

export const postJson = (body: unknown) => ({ method: 'POST', dataType: 'json', data: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

/** A WeChat refusal as an outcome: busy and frequency codes retry, the rest are final (with `why` in Chinese where known). */
export function refusalOutcome(err: unknown, why: Record<number, string> = {}): Outcome {
  const errcode = errcodeOf(err);
  const raw = (err as Error).message.slice(0, 500);
  const message = errcode !== undefined && why[errcode] ? `${why[errcode]}（${raw}）` : raw;
  if (errcode === undefined || RETRYABLE_SEND_ERRCODES.has(errcode)) return { status: 'retryable', code: `wechat:${errcode ?? 'network'}`, message };
  return { status: 'final', code: `wechat:${errcode}`, message };
}

const OPENID = /^[A-Za-z0-9_-]{6,64}$/;

/**
 * The checks every WeChat channel makes: the content against its schema (fields named
 * `content.<path>`), `account` an app of the right kind, `to` an openid.
 */
export async function wechatProblems(
  strapi: Core.Strapi,
  schema: ZodTypeAny,
  kind: 'official' | 'miniprogram',
  input: { to: string; account: string | null; content: unknown },
): Promise<FieldProblem[]> {
  const parsed = schema.safeParse(input.content);
  const problems = parsed.success ? [] : problemsOf(parsed.error).map((p) => ({ ...p, field: `content.${p.field}` }));
  const label = kind === 'official' ? '公众号' : '小程序';
  if (!input.account) problems.push({ field: 'account', message: `必填：${label} appId` });
  else {
    const app = await services(strapi).apps.get(input.account);
    if (!app || app.kind !== kind) problems.push({ field: 'account', message: `未知的${label}` });
  }
  if (!OPENID.test(input.to)) problems.push({ field: 'to', message: '不是有效的 openid' });
  return problems;
}

/**
 * Sends one message with the app's access token: `build` turns it into WeChat's body, `path` is
 * the API after the prefix. A deleted app is final; WeChat's answers go through `refusalOutcome`.
 * `tokens`: the token reads of the batch this message belongs to, shared (one read per app and
 * batch instead of one per message).
 */
export async function sendWithToken(
  strapi: Core.Strapi,
  m: Outbound,
  path: string,
  body: object,
  why: Record<number, string>,
  tokens?: Map<string, Promise<string>>,
): Promise<{ outcome: Outcome; res?: Record<string, unknown> }> {
  const s = services(strapi);
  const app = await s.apps.get(m.account as string);
  if (!app) return { outcome: { status: 'final', code: 'app', message: '应用已删除' } };
  const api = s.clients.api(app);
  try {
    let token = tokens?.get(app.appId);
    if (!token) {
      token = api.ensureAccessToken().then((t) => t.accessToken);
      tokens?.set(app.appId, token);
    }
    const accessToken = await token;
    const res = (await api.request(`${api.prefix}${path}?access_token=${accessToken}`, postJson(body))) as Record<string, unknown>;
    return { outcome: { status: 'sent', providerId: res?.msgid === undefined ? undefined : String(res.msgid) }, res };
  } catch (err) {
    return { outcome: refusalOutcome(err, why) };
  }
}

/** The openid a WeDraw user has under `account` (or under any app of that kind): where a notification reaches them. */
export function openidOf(strapi: Core.Strapi, kind: 'official' | 'miniprogram') {
  return async (userId: number, account: string | null): Promise<string | null> => {
    const where = account ? { user: { id: userId }, kind, appId: account } : { user: { id: userId }, kind };
    const identity = (await strapi.db.query(UID.identity).findOne({ where, select: ['openid'], orderBy: { lastLoginAt: 'desc' } })) as {
      openid?: string;
    } | null;
    return identity?.openid ?? null;
  };
}

export interface WechatChannelSpec {
  name: string;
  label: string;
  /** The kind of app `account` names. */
  kind: 'official' | 'miniprogram';
  /** The content the channel takes (fields reported as `content.<path>`). */
  content: ZodTypeAny;
  /** The API after `/cgi-bin/`, and WeChat's body for one message. */
  path: string;
  body: (m: Outbound) => object;
  /** Chinese reasons for the errcodes this API answers. */
  why: Record<number, string>;
}

/**
 * A WeChat channel from its spec: validation against the content schema, the app and the openid;
 * one call per message with the app's token; outcomes classified; the user's openid under the app
 * as the recipient of notifications. No receipt (WeChat's acceptance is the last word) unless the
 * caller adds one.
 */
export function wechatChannel(strapi: Core.Strapi, spec: WechatChannelSpec) {
  const sendOne = async (m: Outbound, tokens: Map<string, Promise<string>>) =>
    (await sendWithToken(strapi, m, spec.path, spec.body(m), spec.why, tokens)).outcome;
  return {
    name: spec.name,
    label: spec.label,
    receipts: 'none' as 'none' | 'push',
    ratePerSecond: wechatConfig(strapi).templateRate,
    batchSize: wechatConfig(strapi).templateBatch,
    validate: (input: { to: string; account: string | null; content: unknown }) => wechatProblems(strapi, spec.content, spec.kind, input),
    send: (batch: Outbound[]) => {
      const tokens = new Map<string, Promise<string>>();
      return Promise.all(batch.map((m) => sendOne(m, tokens)));
    },
    recipientOf: openidOf(strapi, spec.kind),
  };
}
