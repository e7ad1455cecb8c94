import type { CustomerGroup } from './groups';

/** A member who left a group: kept so that past days still count them (groupchat/get no longer lists them). */
interface Departed {
  userid: string;
  join_time: number;
  left_time: number;
}

const departed = new WeakMap<CustomerGroup, Departed[]>();
const dismissedAt = new WeakMap<CustomerGroup, number>();

export function recordLeave(g: CustomerGroup, userid: string, joinTime: number, nowSeconds: number): void {
  const list = departed.get(g) ?? [];
  list.push({ userid, join_time: joinTime, left_time: nowSeconds });
  departed.set(g, list);
}

export function recordDismiss(g: CustomerGroup, nowSeconds: number): void {
  dismissedAt.set(g, nowSeconds);
}

/** The figures of 群聊数据统计 (wecom-and-pay.md A2), names as WeCom sends them. */
export interface GroupStatData {
  new_chat_cnt: number;
  chat_total: number;
  chat_has_msg: number;
  new_member_cnt: number;
  member_total: number;
  member_has_msg: number;
  msg_total: number;
  migrate_trainee_chat_cnt: number;
}

export const emptyStat = (): GroupStatData => ({
  new_chat_cnt: 0,
  chat_total: 0,
  chat_has_msg: 0,
  new_member_cnt: 0,
  member_total: 0,
  member_has_msg: 0,
  msg_total: 0,
  migrate_trainee_chat_cnt: 0,
});

/**
 * One day `[start, start + 86 400)` of the given groups, from their history. The sandbox models
 * no chat messages, so the message figures (`chat_has_msg`, `member_has_msg`, `msg_total`) are 0.
 */
export function dayStat(groups: CustomerGroup[], start: number): GroupStatData {
  const end = start + 86_400;
  const s = emptyStat();
  for (const g of groups) {
    if (g.create_time >= end) continue;
    const gone = dismissedAt.get(g);
    if (gone !== undefined && gone < start) continue;
    if (g.create_time >= start) s.new_chat_cnt += 1;
    const alive = gone === undefined || gone >= end;
    if (alive) s.chat_total += 1;
    const spans = [...g.member_list.map((m) => ({ join_time: m.join_time, left_time: undefined as number | undefined })), ...(departed.get(g) ?? [])];
    for (const m of spans) {
      if (m.join_time >= end) continue;
      if (m.join_time >= start) s.new_member_cnt += 1;
      if (alive && (m.left_time === undefined || m.left_time >= end)) s.member_total += 1;
    }
  }
  return s;
}

/** Sums days: counts of new things add up; totals are those of the last day. */
export function sumStats(days: GroupStatData[]): GroupStatData {
  const out = emptyStat();
  for (const d of days) {
    out.new_chat_cnt += d.new_chat_cnt;
    out.new_member_cnt += d.new_member_cnt;
    out.msg_total += d.msg_total;
  }
  const last = days[days.length - 1];
  if (last) {
    out.chat_total = last.chat_total;
    out.member_total = last.member_total;
    out.chat_has_msg = last.chat_has_msg;
    out.member_has_msg = last.member_has_msg;
  }
  return out;
}
