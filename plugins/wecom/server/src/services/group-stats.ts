import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { businessError, parse } from '@wedraw/kit';
import { HELD_ELSEWHERE, withLease } from '@wedraw/wechat-protocol';
import { wecomConfig } from '../config';
import { GROUP_STATS_QUEUE } from '../lib/queues';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { upsertByKey } from '../lib/upsert';

const DAY = 86_400;
const CST = 8 * 3600;
/** WeCom answers at most 30 days per call. */
const SPAN_DAYS = 30;
/** An employee's own yesterday is re-read from WeCom when older than this. */
const MINE_FRESH_MS = 5 * 60_000;
const LEASE_MS = 120_000;

/** 00:00 China time (WeCom's day) of the day holding `seconds`. */
export const dayStart = (seconds: number) => Math.floor((seconds + CST) / DAY) * DAY - CST;
/** `YYYY-MM-DD` of the China day starting at `start`. */
export const dayName = (start: number) => new Date((start + CST) * 1000).toISOString().slice(0, 10);

/** The figures WeCom answers for one owner and one day (`items[].data`). */
interface StatData {
  new_chat_cnt?: number;
  chat_total?: number;
  chat_has_msg?: number;
  new_member_cnt?: number;
  member_total?: number;
  member_has_msg?: number;
  msg_total?: number;
}

const FIGURES = ['newChatCnt', 'chatTotal', 'chatHasMsg', 'newMemberCnt', 'memberTotal', 'memberHasMsg', 'msgTotal'] as const;
type Figures = Record<(typeof FIGURES)[number], number>;
const figures = (d: StatData): Figures => ({
  newChatCnt: d.new_chat_cnt ?? 0,
  chatTotal: d.chat_total ?? 0,
  chatHasMsg: d.chat_has_msg ?? 0,
  newMemberCnt: d.new_member_cnt ?? 0,
  memberTotal: d.member_total ?? 0,
  memberHasMsg: d.member_has_msg ?? 0,
  msgTotal: d.msg_total ?? 0,
});
const zero = (): Figures => figures({});

const dayString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式为 YYYY-MM-DD');
export const statsQuery = z.object({ from: dayString.optional(), to: dayString.optional(), owner: z.string().trim().max(64).optional() });

/**
 * 群聊数据统计: a scheduled pull of `groupchat/statistic_group_by_day` (per owner of the mirrored
 * groups, runs of up to 30 days) into one row per corp, day and owner; the days not stored yet are
 * pulled, and yesterday again (WeCom only answers from yesterday back 180 days). Read as a series
 * per day and a table per owner; an employee's own series is refreshed when they open it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.groupStat);
  const settings = () => wecomConfig(strapi);

  async function owners(corpId: string): Promise<string[]> {
    const groups = (await strapi.db.query(UID.customerGroup).findMany({ where: { corpId }, select: ['owner'] })) as { owner: string | null }[];
    return [...new Set(groups.map((g) => g.owner).filter((o): o is string => !!o))].sort();
  }

  type Corp = Awaited<ReturnType<ReturnType<typeof services>['corps']['require']>>;

  /**
   * One owner's figures for the days `first..last` (China-day starts, ≤ 30 days: WeCom's span) from
   * `statistic_group_by_day`, WeCom's per-day answer, stored as one row per day.
   */
  async function pullOwnerSpan(corp: Corp, owner: string, first: number, last: number): Promise<number> {
    const client = services(strapi).clients.client(corp, 'customer');
    const page = await client.post<{ items?: { stat_time: number; data: StatData }[] }>('/cgi-bin/externalcontact/groupchat/statistic_group_by_day', {
      day_begin_time: first,
      day_end_time: last,
      owner_filter: { userid_list: [owner] },
    });
    const out = (page.items ?? []).map((item) => {
      const day = dayName(dayStart(item.stat_time));
      return { corpId: corp.corpId, day, owner, key: `${corp.corpId}:${day}:${owner}`, ...figures(item.data ?? {}), pulledAt: new Date() };
    });
    await upsertByKey(strapi, UID.groupStat, out, [...FIGURES, 'pulledAt']);
    return out.length;
  }

  /** Runs of consecutive day starts (newest first in, oldest first out), each at most 30 days long. */
  function spans(starts: number[]): [number, number][] {
    const sorted = [...starts].sort((a, b) => a - b);
    const out: [number, number][] = [];
    for (const s of sorted) {
      const last = out[out.length - 1];
      if (last && s === last[1] + DAY && (s - last[0]) / DAY < SPAN_DAYS) last[1] = s;
      else out.push([s, s]);
    }
    return out;
  }

  /** The days of the window to (re-)pull: those not stored yet, and yesterday (its figures may still move). */
  async function missingDays(corpId: string, window: number[], owner?: string): Promise<number[]> {
    const yesterday = window[0] as number;
    const stored = new Set(
      (
        (await rows().findMany({
          where: { corpId, day: { $gte: dayName(window[window.length - 1] as number) }, ...(owner ? { owner } : {}) },
          select: ['day'],
        })) as { day: string }[]
      ).map((r) => r.day),
    );
    return window.filter((start) => start === yesterday || !stored.has(dayName(start)));
  }

  const windowOf = (nowMs: number, length: number) => {
    const yesterday = dayStart(Math.floor(nowMs / 1000)) - DAY;
    return Array.from({ length: Math.min(length, 180) }, (_, i) => yesterday - i * DAY);
  };

  return {
    /** Pulls a corp's missing days (and yesterday) of the last `groupStatsDays`; one worker per corp at a time. */
    async pull(corpId: unknown, nowMs = Date.now()): Promise<{ days: number; rows: number }> {
      const corp = await services(strapi).corps.require(corpId);
      const result = await withLease(services(strapi).sharedState.kv(), `group-stats:${corp.corpId}`, LEASE_MS, async () => {
        const who = await owners(corp.corpId);
        if (!who.length) return { days: 0, rows: 0 };
        const todo = await missingDays(corp.corpId, windowOf(nowMs, settings().groupStatsDays));
        let written = 0;
        for (const owner of who) for (const [first, last] of spans(todo)) written += await pullOwnerSpan(corp, owner, first, last);
        const days = todo.length;
        return { days, rows: written };
      });
      if (result === HELD_ELSEWHERE) throw businessError('GroupStatsInProgress', '该企业的群统计正在拉取中');
      return result;
    },

    /** The scheduled run: every corp, one failing corp does not stop the others. */
    async pullAll(): Promise<void> {
      const corps = (await strapi.db.query(UID.corp).findMany({ select: ['corpId'] })) as { corpId: string }[];
      for (const { corpId } of corps) {
        try {
          await this.pull(corpId);
        } catch (err) {
          strapi.log.warn(`[wecom] group statistics of ${corpId} not pulled: ${(err as Error).message}`);
        }
      }
    },

    /** Registers the worker and its repeat (bootstrap): once per tick across the cluster. */
    schedule(): void {
      const queue = strapi.service('api::platform.queue');
      queue.define(GROUP_STATS_QUEUE, () => this.pullAll());
      queue
        .repeat(GROUP_STATS_QUEUE, 'group-stats', 'pull', { every: settings().groupStatsMs })
        .catch((err: Error) => strapi.log.warn(`[wecom] group statistics schedule not written: ${err.message}`));
    },

    /**
     * One owner's last `days` days (the employee's H5): their missing days and a stale yesterday are
     * pulled first (one `statistic_group_by_day` call per 30 days), then read; every day of the
     * window has a row, zeros included, as WeCom answers.
     */
    async mine(corpId: string, owner: string, days = 30, nowMs = Date.now()) {
      const corp = await services(strapi).corps.require(corpId);
      const window = windowOf(nowMs, days);
      const yesterdayRow = (await rows().findOne({ where: { key: `${corpId}:${dayName(window[0] as number)}:${owner}` } })) as {
        pulledAt: string | null;
      } | null;
      const fresh = yesterdayRow?.pulledAt && nowMs - new Date(yesterdayRow.pulledAt).getTime() < MINE_FRESH_MS;
      const todo = fresh ? [] : await missingDays(corpId, window, owner);
      try {
        for (const [first, last] of spans(todo)) await pullOwnerSpan(corp, owner, first, last);
      } catch (err) {
        // WeCom unreachable or refusing: what is stored is still shown.
        strapi.log.warn(`[wecom] group statistics of ${owner} not refreshed: ${(err as Error).message}`);
      }
      const {
        from,
        to,
        days: series,
      } = await this.read(corpId, { owner, from: dayName(window[window.length - 1] as number), to: dayName(window[0] as number) });
      return {
        from,
        to,
        days: series.map(({ day, newChatCnt, chatTotal, newMemberCnt, memberTotal, msgTotal }) => ({
          day,
          newChatCnt,
          chatTotal,
          newMemberCnt,
          memberTotal,
          msgTotal,
        })),
      };
    },

    /** Per day (the chart) and per owner (the table) over `from..to` (default: the last 30 days stored). */
    async read(corpId: string, query: unknown) {
      const q = parse(statsQuery, query);
      const to = q.to ?? dayName(dayStart(Math.floor(Date.now() / 1000)) - DAY);
      const from = q.from ?? dayName(dayStart(Math.floor(Date.now() / 1000)) - 30 * DAY);
      const list = (await rows().findMany({
        where: { corpId, day: { $gte: from, $lte: to }, ...(q.owner ? { owner: q.owner } : {}) },
        orderBy: [{ day: 'asc' }, { owner: 'asc' }],
      })) as ({ day: string; owner: string } & Figures)[];
      const byDay = new Map<string, Figures>();
      const byOwner = new Map<string, Figures & { lastDay: string }>();
      for (const r of list) {
        const d = byDay.get(r.day) ?? zero();
        for (const f of FIGURES) d[f] += r[f];
        byDay.set(r.day, d);
        const o = byOwner.get(r.owner) ?? { ...zero(), lastDay: '' };
        // New groups, new members and messages add up; totals are those of the last day.
        for (const f of ['newChatCnt', 'newMemberCnt', 'msgTotal'] as const) o[f] += r[f];
        for (const f of ['chatTotal', 'memberTotal', 'chatHasMsg', 'memberHasMsg'] as const) o[f] = r[f];
        o.lastDay = r.day;
        byOwner.set(r.owner, o);
      }
      return {
        from,
        to,
        days: [...byDay].map(([day, f]) => ({ day, ...f })),
        owners: [...byOwner]
          .map(([owner, { lastDay: _l, ...f }]) => ({ owner, ...f }))
          .sort((a, b) => b.memberTotal - a.memberTotal || a.owner.localeCompare(b.owner)),
      };
    },
  };
};
