import { createHash, randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { isUniqueViolation, pageWindow, pagination, paginationMeta, parse } from '@wedraw/kit';
import { explain } from '../clients/errcodes';
import { WecomError } from '../clients/wecom-client';
import { UID } from '../lib/uids';
import { services } from '../lib/services';
import type { WecomCorp } from './corps';
import { wecomConfig } from '../config';
import { NICKNAME, renderText } from './welcome-rules';

/** The welcome queue and its job: one send_welcome_msg per WelcomeCode. */
export const WELCOME_QUEUE = 'wecom-welcome';
export const WELCOME_JOB = 'send';
/** WeCom takes the welcome within 20 s of the push (wecom-and-pay.md A2). */
export const WELCOME_WINDOW_MS = 20_000;
const RETRY_MS = 1000;
const MAX_ATTEMPTS = 15;
/** Worth another try while the window lasts: another app is distributing (41096), WeCom busy or unreachable. */
const RETRYABLE = new Set([41096, -1, 45009, 45033]);

const WELCOME_WORDS: Record<number, string> = {
  0: '已发送',
  41051: '欢迎语码已使用或已过期（客户已开始聊天），不再重试',
  41096: '其他应用正在发送欢迎语，稍后重试',
};
const words = (errcode: number, errmsg: string) => WELCOME_WORDS[errcode] ?? explain(errcode, errmsg);

export type WelcomeStatus = 'pending' | 'sent' | 'missed' | 'failed' | 'no-rule';

interface Attempt {
  at: string;
  errcode: number;
  message: string;
}

interface WelcomeSendRow {
  id: number;
  documentId: string;
  corpId: string;
  welcomeCode: string;
  userid: string;
  externalUserid: string;
  state: string | null;
  ruleId: string | null;
  ruleName: string | null;
  status: WelcomeStatus;
  attempts: Attempt[] | null;
  receivedAt: string;
  sentAt: string | null;
  delayMs: number | null;
}

export const welcomeSendFilters = pagination.extend({
  status: z.enum(['pending', 'sent', 'missed', 'failed', 'no-rule']).optional(),
  externalUserid: z.string().trim().max(64).optional(),
});

const view = (r: WelcomeSendRow) => ({
  documentId: r.documentId,
  corpId: r.corpId,
  userid: r.userid,
  externalUserid: r.externalUserid,
  state: r.state ?? '',
  ruleId: r.ruleId,
  ruleName: r.ruleName,
  status: r.status,
  attempts: r.attempts ?? [],
  receivedAt: r.receivedAt,
  sentAt: r.sentAt,
  delayMs: r.delayMs,
});

/**
 * New-customer welcome messages: the add_external_contact push hands over its WelcomeCode (one
 * record per code, however often the push is delivered), a queued job picks the rule by the
 * channel `State`, fills in the nickname and calls `send_welcome_msg`. 41051 is final (missed);
 * 41096 and an unreachable WeCom are retried each second while the 20 s window lasts. Every
 * attempt is recorded with WeCom's errcode.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sends = () => strapi.db.query(UID.welcomeSend);
  const kv = () => services(strapi).sharedState.kv();
  const load = (id: number) => sends().findOne({ where: { id } }) as Promise<WelcomeSendRow | null>;

  async function finish(row: WelcomeSendRow, attempts: Attempt[], status: WelcomeStatus, extra: Record<string, unknown> = {}) {
    await sends().update({ where: { id: row.id }, data: { attempts, status, ...extra } });
  }

  async function nicknameOf(corpId: string, externalUserid: string): Promise<string> {
    const known = await services(strapi).customersStore.nameOf(corpId, externalUserid);
    if (known !== null) return known;
    const corp = await services(strapi).corps.require(corpId);
    const got = await services(strapi)
      .clients.client(corp, 'customer')
      .get<{ external_contact?: { name?: string } }>('/cgi-bin/externalcontact/get', { external_userid: externalUserid });
    return got.external_contact?.name ?? '';
  }

  async function send(row: WelcomeSendRow, attempt: number): Promise<unknown> {
    const attempts = [...(row.attempts ?? [])];
    const [corp, rule] = await Promise.all([services(strapi).corps.require(row.corpId), services(strapi).welcomeRules.forState(row.corpId, row.state ?? '')]);
    if (!rule) {
      await finish(row, attempts, 'no-rule');
      return { status: 'no-rule' };
    }
    const ruleFields = { ruleId: rule.documentId, ruleName: rule.name };
    try {
      const text = !rule.text ? '' : rule.text.includes(NICKNAME) ? renderText(rule.text, await nicknameOf(row.corpId, row.externalUserid)) : rule.text;
      await services(strapi)
        .clients.client(corp, 'customer')
        .post('/cgi-bin/externalcontact/send_welcome_msg', {
          welcome_code: row.welcomeCode,
          ...(text ? { text: { content: text } } : {}),
          ...(rule.attachments?.length ? { attachments: rule.attachments } : {}),
        });
      const now = new Date();
      attempts.push({ at: now.toISOString(), errcode: 0, message: words(0, 'ok') });
      await finish(row, attempts, 'sent', { ...ruleFields, sentAt: now, delayMs: now.getTime() - new Date(row.receivedAt).getTime() });
      return { status: 'sent' };
    } catch (err) {
      const errcode = err instanceof WecomError ? err.errcode : -1;
      const errmsg = err instanceof WecomError ? err.errmsg : String((err as Error).message ?? err);
      attempts.push({ at: new Date().toISOString(), errcode, message: words(errcode, errmsg) });
      const elapsed = Date.now() - new Date(row.receivedAt).getTime();
      const windowLeft = elapsed + RETRY_MS < WELCOME_WINDOW_MS;
      if (RETRYABLE.has(errcode) && windowLeft && attempt < MAX_ATTEMPTS) {
        await finish(row, attempts, 'pending', ruleFields);
        throw err; // the queue tries again in a second
      }
      // 41051, or the window closed while WeCom was busy: the customer got no welcome from us.
      const status: WelcomeStatus = errcode === 41051 || RETRYABLE.has(errcode) ? 'missed' : 'failed';
      await finish(row, attempts, status, ruleFields);
      return { status, errcode };
    }
  }

  /** The queue handler: one worker per record at a time (a short lock), finished records skipped. */
  async function handle(job: { data: { sendId: number }; attempt: number }): Promise<unknown> {
    const lockKey = `welcome:lock:${job.data.sendId}`;
    const owner = randomBytes(6).toString('hex');
    if (!(await kv().setIfAbsent(lockKey, owner, WELCOME_WINDOW_MS + 5000))) return { skipped: 'another worker is sending' };
    try {
      const row = await load(job.data.sendId);
      if (!row || row.status !== 'pending') return { skipped: 'nothing to do' };
      return await send(row, job.attempt);
    } finally {
      await kv().deleteIfEquals(lockKey, owner);
    }
  }

  async function enqueue(row: WelcomeSendRow): Promise<void> {
    await strapi
      .service('api::platform.queue')
      .add(
        WELCOME_QUEUE,
        WELCOME_JOB,
        { sendId: row.id },
        { jobId: `welcome-${row.documentId}`, attempts: MAX_ATTEMPTS, backoff: { type: 'fixed', delay: RETRY_MS } },
      );
  }

  return {
    define(): void {
      strapi.service('api::platform.queue').define(
        WELCOME_QUEUE,
        (job: { name: string; data: { sendId: number }; attempt: number }) => {
          if (job.name === WELCOME_JOB) return handle(job);
          throw new Error(`unknown welcome job ${job.name}`);
        },
        { concurrency: wecomConfig(strapi).welcomeConcurrency },
      );
    },

    /** A WelcomeCode from a push: its record (the existing one when the push is a repeat). */
    async accept(corp: WecomCorp, input: { welcomeCode: string; userid: string; externalUserid: string; state: string }): Promise<WelcomeSendRow> {
      const key = `${corp.corpId}:${createHash('sha1').update(input.welcomeCode).digest('hex')}`;
      const existing = (await sends().findOne({ where: { key } })) as WelcomeSendRow | null;
      if (existing) return existing;
      try {
        return (await sends().create({
          data: { ...input, corpId: corp.corpId, key, status: 'pending', attempts: [], receivedAt: new Date() },
        })) as WelcomeSendRow;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        return (await sends().findOne({ where: { key } })) as WelcomeSendRow;
      }
    },

    /** Queues the send of a record (idempotent: one job per record). */
    async schedule(row: WelcomeSendRow): Promise<void> {
      if (row.status === 'pending') await enqueue(row);
    },

    async list(corpId: string, query: unknown) {
      const f = parse(welcomeSendFilters, query);
      const where = { corpId, ...(f.status ? { status: f.status } : {}), ...(f.externalUserid ? { externalUserid: f.externalUserid } : {}) };
      const [rows, total] = await Promise.all([
        sends().findMany({ where, orderBy: { id: 'desc' }, ...pageWindow(f) }) as Promise<WelcomeSendRow[]>,
        sends().count({ where }),
      ]);
      return { results: rows.map(view), ...paginationMeta(f, total) };
    },
  };
};
