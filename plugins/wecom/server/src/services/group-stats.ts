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
const OWNER_CHUNK = 100;
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
 * 群聊数据统计: a scheduled pull of `groupchat/statistic` (one day at a time, owners of the mirrored
 * groups in chunks of 100) into one row per corp, day and owner; the days not stored yet are pulled,
 * and yesterday again (WeCom only answers from yesterday back 180 days). Read as a series per day
 * and a table per owner.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.groupStat);
  const settings = () => wecomConfig(strapi);

  async function owners(corpId: string): Promise<string[]> {
    const groups = (await strapi.db.query(UID.customerGroup).findMany({ where: { corpId }, select: ['owner'] })) as { owner: string | null }[];
    return [...new Set(groups.map((g) => g.owner).filter((o): o is string => !!o))].sort();
  }

  async function pullDay(corp: Awaited<ReturnType<ReturnType<typeof services>['corps']['require']>>, start: number, who: string[]): Promise<number> {
    const client = services(strapi).clients.client(corp, 'customer');
    const day = dayName(start);
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i < who.length; i += OWNER_CHUNK) {
      let offset = 0;
      do {
        const page = await client.post<{ items?: { owner: string; data: StatData }[]; next_offset?: number }>('/cgi-bin/externalcontact/groupchat/statistic', {
          day_begin_time: start,
          day_end_time: start,
          owner_filter: { userid_list: who.slice(i, i + OWNER_CHUNK) },
          offset,
          limit: 1000,
        });
        for (const item of page.items ?? [])
          out.push({
            corpId: corp.corpId,
            day,
            owner: item.owner,
            key: `${corp.corpId}:${day}:${item.owner}`,
            ...figures(item.data ?? {}),
            pulledAt: new Date(),
          });
        offset = page.next_offset ?? 0;
      } while (offset > 0);
    }
    await upsertByKey(strapi, UID.groupStat, out, [...FIGURES, 'pulledAt']);
    return out.length;
  }

  return {
    /** Pulls a corp's missing days (and yesterday) of the last `groupStatsDays`; one worker per corp at a time. */
    async pull(corpId: unknown, nowMs = Date.now()): Promise<{ days: number; rows: number }> {
      const corp = await services(strapi).corps.require(corpId);
      const result = await withLease(services(strapi).sharedState.kv(), `group-stats:${corp.corpId}`, LEASE_MS, async () => {
        const who = await owners(corp.corpId);
        if (!who.length) return { days: 0, rows: 0 };
        const yesterday = dayStart(Math.floor(nowMs / 1000)) - DAY;
        const window = Array.from({ length: Math.min(settings().groupStatsDays, 180) }, (_, i) => yesterday - i * DAY);
        const stored = new Set(
          (
            (await rows().findMany({ where: { corpId: corp.corpId, day: { $gte: dayName(window[window.length - 1] as number) } }, select: ['day'] })) as {
              day: string;
            }[]
          ).map((r) => r.day),
        );
        let days = 0;
        let written = 0;
        for (const start of window) {
          if (start !== yesterday && stored.has(dayName(start))) continue;
          written += await pullDay(corp, start, who);
          days += 1;
        }
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
