import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { notFound, pageWindow, pagination, paginationMeta, parse, validationError } from '@wedraw/kit';
import { z } from 'zod';
import { explain } from '../clients/errcodes';
import type { RobotWebhook } from '../clients/robot-webhook';
import { WecomError } from '../clients/wecom-client';
import { wecomConfig } from '../config';
import { md5Hex, robotContentProblems, summaryOf, type RobotContent } from '../lib/robot-content';
import { services } from '../lib/services';
import { tableOf } from '../lib/tables';
import { UID } from '../lib/uids';
import type { Account } from './accounts';

export const ROBOT_QUEUE = 'wecom-robot-send';
const SEND_JOB = 'send';
const SWEEP_JOB = 'sweep';
/** A queued row untouched this long (a lost job) is queued again by the sweep; a `sending` one (a dead worker) too. */
const SWEEP_EVERY_MS = 30_000;
const STALE_SENDING_MS = 120_000;
/** WeCom answers worth waiting for: busy, no answer, frequency limits. Anything else is WeCom's final word. */
const WAIT_AND_RETRY = new Set([-1, 45009, 45033]);
const RETRY_CAP_MS = 60_000;

export interface RobotMessageRow {
  id: number;
  documentId: string;
  robotCode: string;
  msgtype: string;
  content: Record<string, unknown>;
  status: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  errcode: number | null;
  errmsg: string | null;
  source: string | null;
  operator: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
}

export const messageFilters = pagination.extend({
  robot: z.string().trim().max(64).optional(),
  status: z.enum(['queued', 'sending', 'sent', 'failed']).optional(),
});

/**
 * The sliding window of a robot's sends, shared by every worker: at most `max` entries in the last
 * `window` ms (Redis server time). Answers 0 (a slot is taken) or the ms until the oldest leaves.
 */
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window * 2)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)`;

/**
 * Robot sends: every message is a row (queued → sending → sent | failed, with WeCom's errcode and
 * errmsg) and a job on the `wecom-robot-send` queue. A worker sends only when the robot has a slot
 * in its shared window (≤ 20 a minute per robot across every instance); otherwise the job comes
 * back when the oldest send leaves the window. 45009, -1 and 45033 → the message waits and is sent
 * again, never dropped. 93000 (the key is unknown) → failed, and the robot's account moves to error.
 * Messages of the message center (source `messaging`) report their end as a receipt.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => wecomConfig(strapi);
  const queue = () => strapi.service('api::platform.queue');
  const table = () => tableOf(strapi, UID.robotMessage);
  const knex = () => strapi.db.connection(table().table);
  const memoryWindows = new Map<string, number[]>();
  let started = false;

  async function take(code: string): Promise<number> {
    const { robotWindowMs: window, robotPerWindow: max } = settings();
    const runtime = strapi.service('api::platform.runtime');
    const redis = runtime.redis() as Redis | null;
    if (redis) return Number(await redis.eval(TAKE, 1, `${runtime.keyPrefix()}wecom:robot-window:${code}`, window, max, randomBytes(8).toString('hex')));
    const now = Date.now();
    const recent = (memoryWindows.get(code) ?? []).filter((at) => at > now - window);
    memoryWindows.set(code, recent);
    if (recent.length < max) {
      recent.push(now);
      return 0;
    }
    return Math.max(1, (recent[0] as number) + window - now);
  }

  const view = (r: RobotMessageRow) => ({
    documentId: r.documentId,
    robot: r.robotCode,
    msgtype: r.msgtype,
    content: r.status === 'sent' || r.status === 'failed' ? r.content : summaryOf(r.content as RobotContent),
    status: r.status,
    attempts: r.attempts ?? 0,
    errcode: r.errcode,
    errmsg: r.errmsg,
    source: r.source,
    operator: r.operator,
    nextAttemptAt: r.nextAttemptAt,
    sentAt: r.sentAt,
    createdAt: r.createdAt,
  });

  const load = (id: number) => strapi.db.query(UID.robotMessage).findOne({ where: { id } }) as Promise<RobotMessageRow | null>;

  async function schedule(id: number, delayMs: number, tag: string): Promise<void> {
    await queue().add(ROBOT_QUEUE, SEND_JOB, { id }, { delay: Math.max(0, Math.floor(delayMs)), jobId: `rm-${id}-${tag}` });
  }

  /** Back to queued with a time: the send is retried then (the sweep re-queues it if the job is lost). */
  async function wait(row: RobotMessageRow, delayMs: number, answer?: { errcode: number; errmsg: string }): Promise<void> {
    const c = table().col;
    await knex()
      .where({ id: row.id })
      .update({
        [c('status')]: 'queued',
        [c('nextAttemptAt')]: new Date(Date.now() + delayMs),
        ...(answer ? { [c('errcode')]: answer.errcode, [c('errmsg')]: answer.errmsg.slice(0, 255) } : {}),
        [c('updatedAt')]: new Date(),
      });
    await schedule(row.id, delayMs, `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`);
  }

  async function finish(row: RobotMessageRow, ok: boolean, errcode: number, errmsg: string): Promise<void> {
    const c = table().col;
    const now = new Date();
    await knex()
      .where({ id: row.id })
      .update({
        [c('status')]: ok ? 'sent' : 'failed',
        [c('errcode')]: errcode,
        [c('errmsg')]: errmsg.slice(0, 255),
        [c('content')]: JSON.stringify(summaryOf(row.content as RobotContent)),
        [c('nextAttemptAt')]: null,
        ...(ok ? { [c('sentAt')]: now } : {}),
        [c('updatedAt')]: now,
      });
    if (row.source === 'messaging') {
      const center = strapi.plugin('messaging');
      if (center) await center.service('delivery').receipt('wecom-robot', `rm-${row.id}`, ok, ok ? undefined : { code: `wecom:${errcode}`, message: errmsg });
    }
  }

  /** WeCom's body for a stored message: an image with its md5, a file uploaded first for its media_id. */
  async function bodyOf(content: RobotContent, webhook: RobotWebhook) {
    if (content.msgtype === 'image') {
      const data = Buffer.from(content.image.base64, 'base64');
      return { msgtype: 'image', image: { base64: content.image.base64, md5: md5Hex(data) } };
    }
    if (content.msgtype === 'file') {
      const mediaId = await webhook.upload('file', { name: content.file.filename, data: Buffer.from(content.file.base64, 'base64') });
      return { msgtype: 'file', file: { media_id: mediaId } };
    }
    return content;
  }

  async function work(id: number): Promise<void> {
    const c = table().col;
    // Claim: one worker per message, even with a duplicate job.
    const claimed = await knex()
      .where({ id, [c('status')]: 'queued' })
      .update({ [c('status')]: 'sending', [c('updatedAt')]: new Date() });
    if (!claimed) return;
    const row = (await load(id)) as RobotMessageRow;
    const robot = await services(strapi).robots.find(row.robotCode);
    const account = (await strapi.db.query(UID.account).findOne({ where: { code: row.robotCode } })) as Account | null;
    if (!robot) return finish(row, false, -2, '群机器人已删除');
    if (account?.status === 'offline') return finish(row, false, -3, '发送账号已下线');
    const delay = await take(row.robotCode);
    if (delay > 0) return wait(row, delay + Math.floor(Math.random() * 50));
    await knex()
      .where({ id })
      .update({ [c('attempts')]: (row.attempts ?? 0) + 1 });
    try {
      const webhook = await services(strapi).robots.webhook(robot);
      const answer = await webhook.send(await bodyOf(row.content as RobotContent, webhook));
      await finish(row, true, 0, String(answer.errmsg ?? 'ok'));
    } catch (err) {
      const errcode = err instanceof WecomError ? err.errcode : -1;
      const errmsg = err instanceof WecomError ? err.errmsg : (err as Error).message;
      if (WAIT_AND_RETRY.has(errcode)) {
        const backoff = errcode === 45009 ? settings().robotWindowMs / 4 : Math.min(RETRY_CAP_MS, 1000 * 2 ** Math.min(row.attempts ?? 0, 6));
        return wait(row, backoff, { errcode, errmsg });
      }
      await finish(row, false, errcode, explain(errcode, errmsg));
      if (errcode === 93000) await services(strapi).accounts.reportFailure(row.robotCode, errcode, explain(errcode, errmsg));
    }
  }

  /** Queued rows whose job was lost, and rows a dead worker left in `sending`: queued again. */
  async function sweep(): Promise<number> {
    const c = table().col;
    const now = Date.now();
    const stale = (await knex()
      .select('id')
      .where((q) =>
        q
          .where((w) =>
            w.where(c('status'), 'queued').andWhere((x) => x.where(c('nextAttemptAt'), '<', new Date(now - SWEEP_EVERY_MS)).orWhereNull(c('nextAttemptAt'))),
          )
          .orWhere((w) => w.where(c('status'), 'sending').andWhere(c('updatedAt'), '<', new Date(now - STALE_SENDING_MS))),
      )
      .andWhere(c('createdAt'), '<', new Date(now - SWEEP_EVERY_MS))
      .limit(1000)) as { id: number }[];
    const ids = stale.map((r) => Number(r.id));
    if (!ids.length) return 0;
    await knex()
      .whereIn('id', ids)
      .andWhere(c('status'), 'sending')
      .update({ [c('status')]: 'queued' });
    const minute = Math.floor(now / 60_000);
    await queue().addBulk(
      ROBOT_QUEUE,
      ids.map((id) => ({ name: SEND_JOB, data: { id }, options: { jobId: `rm-${id}-sweep-${minute}` } })),
    );
    return ids.length;
  }

  return {
    view,

    /** Validates, records and queues one message: what the admin sees of it. */
    async enqueue(code: string, input: unknown, meta: { source: 'admin' | 'messaging' | 'employee'; operator: string }, prefix = '') {
      return view(await this.record(code, input, meta, prefix));
    },

    /** Validates (400 naming the field, before any call), records and queues one message. */
    async record(code: string, input: unknown, meta: { source: 'admin' | 'messaging' | 'employee'; operator: string }, prefix = ''): Promise<RobotMessageRow> {
      const robot = await services(strapi).robots.find(code);
      if (!robot) throw notFound('群机器人不存在');
      const { problems, content } = robotContentProblems(input, robot.allowedTypes, prefix);
      if (problems.length || !content) throw validationError(problems);
      const row = (await strapi.db.query(UID.robotMessage).create({
        data: {
          robotCode: code,
          msgtype: content.msgtype,
          content,
          status: 'queued',
          attempts: 0,
          source: meta.source,
          operator: meta.operator,
          nextAttemptAt: new Date(),
        },
      })) as RobotMessageRow;
      try {
        await schedule(row.id, 0, 'first');
      } catch (err) {
        // The row is written: the sweep queues it once the queue is back.
        strapi.log.warn(`[wecom] robot message ${row.id} not queued yet, the sweep will: ${(err as Error).message}`);
      }
      return row;
    },

    async list(query: unknown) {
      const f = parse(messageFilters, query);
      const where: Record<string, unknown> = {};
      if (f.robot) where.robotCode = f.robot;
      if (f.status) where.status = f.status;
      const { offset, limit } = pageWindow(f);
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.robotMessage).findMany({ where, orderBy: { id: 'desc' }, offset, limit }) as Promise<RobotMessageRow[]>,
        strapi.db.query(UID.robotMessage).count({ where }),
      ]);
      return { results: rows.map(view), ...paginationMeta(f, total) };
    },

    /** Message-center receipts that finished before the center wrote the provider ids. */
    async finishedOf(providerIds: string[]): Promise<Map<string, { ok: boolean; code?: string; message?: string }>> {
      const ids = providerIds.map((p) => Number(p.replace(/^rm-/, ''))).filter((n) => Number.isInteger(n) && n > 0);
      const rows = (await strapi.db
        .query(UID.robotMessage)
        .findMany({ where: { id: { $in: ids }, status: { $in: ['sent', 'failed'] } } })) as RobotMessageRow[];
      return new Map(
        rows.map((r) => [`rm-${r.id}`, r.status === 'sent' ? { ok: true } : { ok: false, code: `wecom:${r.errcode}`, message: r.errmsg ?? '发送失败' }]),
      );
    },

    /** Validation only, for the message center's intake. */
    problems(robotAllowed: string[] | null, content: unknown) {
      return robotContentProblems(content, robotAllowed, 'content.').problems;
    },

    /** One job of the queue (tests call the sweep directly). */
    work,
    sweep,

    /** Registers the worker and the sweep, once per process (bootstrap, when workers are on). */
    start(): void {
      if (started) return;
      started = true;
      queue().define(ROBOT_QUEUE, (job: { name: string; data: { id: number } }) => (job.name === SWEEP_JOB ? sweep() : work(Number(job.data.id))), {
        concurrency: settings().robotConcurrency,
      });
      void queue()
        .repeat(ROBOT_QUEUE, 'robot-sweep', SWEEP_JOB, { every: SWEEP_EVERY_MS })
        .catch(() => undefined);
    },
  };
};
