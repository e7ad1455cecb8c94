import { jsonBody, type Router } from '../../http/router';
import type { Runtime } from '../../runtime';
import { qyError, qyOk } from '../errors';
import { dayStat, sumStats, type GroupStatData } from '../state/group-stats';
import { groupsOf, type CustomerGroup } from '../state/groups';
import { customerCaller } from './groupchat';

const DAY = 86_400;
const CST = 8 * 3600;
/** 00:00 China time of the day holding `t` (WeCom floors every timestamp this way). */
export const dayFloor = (t: number) => Math.floor((t + CST) / DAY) * DAY - CST;

interface StatBody {
  day_begin_time?: unknown;
  day_end_time?: unknown;
  owner_filter?: { userid_list?: unknown };
  order_by?: unknown;
  order_asc?: unknown;
  offset?: unknown;
  limit?: unknown;
}

/**
 * WeCom's date rules (DEV/96359): both ends floored to 00:00, from 180 days ago to yesterday, at most
 * 30 days, the end defaulting to the begin. Today or a reversed range → 600018.
 */
function days(body: StatBody, nowSeconds: number): number[] {
  const begin = Number(body.day_begin_time);
  if (!Number.isInteger(begin) || begin <= 0) throw qyError(40058, 'day_begin_time is required');
  const endRaw = body.day_end_time === undefined || body.day_end_time === null ? begin : Number(body.day_end_time);
  if (!Number.isInteger(endRaw) || endRaw <= 0) throw qyError(40058, 'invalid day_end_time');
  const [from, to] = [dayFloor(begin), dayFloor(endRaw)];
  const today = dayFloor(nowSeconds);
  if (from > to || to >= today || from < today - 180 * DAY || (to - from) / DAY + 1 > 30) throw qyError(600018);
  const out: number[] = [];
  for (let d = from; d <= to; d += DAY) out.push(d);
  return out;
}

function owners(body: StatBody, all: CustomerGroup[], visible: number): string[] {
  const list = body.owner_filter?.userid_list;
  if (list === undefined) {
    if (visible > 1000) throw qyError(81017);
    return [...new Set(all.map((g) => g.owner))];
  }
  if (!Array.isArray(list) || list.length > 100 || list.some((u) => typeof u !== 'string')) throw qyError(40058, 'owner_filter.userid_list at most 100');
  return [...new Set(list as string[])];
}

const ORDER: Record<number, keyof GroupStatData> = { 1: 'new_chat_cnt', 2: 'chat_total', 3: 'new_member_cnt', 4: 'member_total' };

/** 群聊数据统计 (wecom-and-pay.md A2): by owner (`statistic`, paged and sorted) and by day (`statistic_group_by_day`). */
export function qyGroupStatRoutes(router: Router, rt: Runtime): void {
  const now = () => rt.state.clock.seconds();

  router.api('POST', '/cgi-bin/externalcontact/groupchat/statistic', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<StatBody>(ctx);
    const span = days(body, now());
    const all = [...groupsOf(corp).groups.values()];
    const who = owners(body, all, corp.members.size);
    const orderBy = body.order_by === undefined ? 1 : Number(body.order_by);
    if (!ORDER[orderBy]) throw qyError(40058, 'invalid order_by');
    const offset = body.offset === undefined ? 0 : Number(body.offset);
    const limit = body.limit === undefined ? 500 : Number(body.limit);
    if (!Number.isInteger(offset) || offset < 0) throw qyError(40058, 'invalid offset');
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw qyError(40058, 'limit must be 1..1000');
    const key = ORDER[orderBy] as keyof GroupStatData;
    const sign = Number(body.order_asc) === 1 ? 1 : -1;
    const items = who
      .map((owner) => {
        const mine = all.filter((g) => g.owner === owner);
        return { owner, data: sumStats(span.map((d) => dayStat(mine, d))) };
      })
      .sort((a, b) => sign * (a.data[key] - b.data[key]) || a.owner.localeCompare(b.owner));
    const page = items.slice(offset, offset + limit);
    return { ...qyOk(), total: items.length, next_offset: offset + page.length < items.length ? offset + page.length : 0, items: page };
  });

  router.api('POST', '/cgi-bin/externalcontact/groupchat/statistic_group_by_day', (ctx) => {
    const { corp } = customerCaller(rt, ctx);
    const body = jsonBody<StatBody>(ctx);
    const span = days(body, now());
    const all = [...groupsOf(corp).groups.values()];
    const who = new Set(owners(body, all, corp.members.size));
    const mine = all.filter((g) => who.has(g.owner));
    return { ...qyOk(), items: span.map((d) => ({ stat_time: d, data: dayStat(mine, d) })) };
  });
}
