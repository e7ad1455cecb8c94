import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { dayWindow, DAY_MS, isUniqueViolation, nextDay, notFound, pageWindow, pagination, paginationMeta, parse, previousDay, shanghaiDay } from '@wedraw/kit';
import { LEVEL_LABEL } from '../lib/defaults';
import { services } from '../lib/services';
import { UID } from '../lib/uids';

export type ReportKind = 'daily' | 'weekly' | 'monthly';
export const KIND_LABEL: Record<ReportKind, string> = { daily: '日报', weekly: '周报', monthly: '月报' };

interface Figure {
  metric: string;
  label: string;
  unit: 'ratio' | 'seconds' | 'count';
  value: number | null;
  previous: number | null;
  change: number | null;
}
export interface ReportSummary {
  alerts: {
    fired: number;
    resolved: number;
    byLevel: Record<string, { fired: number; resolved: number }>;
    byRule: Array<{ code: string; name: string; level: string; fired: number; resolved: number }>;
    firingAtEnd: number;
  };
  messages: { sent: number; failed: number };
  figures: Figure[];
}
interface ReportRow {
  id: number;
  documentId: string;
  kind: ReportKind;
  period: string;
  startsAt: string;
  endsAt: string;
  summary: ReportSummary;
  text: string;
  delivery: string | null;
}

/** Figures the report follows: from the kept evaluation points (daily) or the daily reports of the period (weekly, monthly). */
const SAMPLED = [
  { metric: 'api_p99_seconds', label: 'API 响应 P99', unit: 'seconds' as const, fold: 'max' as const },
  { metric: 'queue_backlog', label: '队列积压（峰值）', unit: 'count' as const, fold: 'max' as const },
  { metric: 'wecom_account_online_ratio', label: '企微账号在线率（平均）', unit: 'ratio' as const, fold: 'avg' as const },
];

const fold = (values: Array<number | null | undefined>, how: 'max' | 'avg'): number | null => {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return how === 'max' ? Math.max(...v) : v.reduce((a, b) => a + b, 0) / v.length;
};

/** The first day of the period a day falls in, and the day after the period. */
export function periodOf(kind: ReportKind, day: string): { period: string; end: string } {
  if (kind === 'daily') return { period: day, end: nextDay(day) };
  if (kind === 'weekly') {
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
    const monday = new Date(Date.parse(`${day}T00:00:00Z`) - weekday * DAY_MS).toISOString().slice(0, 10);
    return { period: monday, end: new Date(Date.parse(`${monday}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10) };
  }
  const first = `${day.slice(0, 7)}-01`;
  const d = new Date(`${first}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return { period: first, end: d.toISOString().slice(0, 10) };
}

/** The last completed period of a kind at an instant (Asia/Shanghai days): yesterday, last week, last month. */
export function lastCompleted(kind: ReportKind, at: Date): string {
  const today = shanghaiDay(at);
  return periodOf(kind, previousDay(periodOf(kind, today).period)).period;
}

const fmt = (f: { unit: string }, v: number | null) =>
  v === null ? '无数据' : f.unit === 'ratio' ? `${(v * 100).toFixed(2)}%` : f.unit === 'seconds' ? `${v.toFixed(3)} 秒` : String(Math.round(v));
const fmtChange = (f: { unit: string }, c: number | null) =>
  c === null ? '—' : f.unit === 'ratio' ? `${c >= 0 ? '+' : ''}${(c * 100).toFixed(2)} 个百分点` : `${c >= 0 ? '+' : ''}${fmt(f, c)}`.replace('+-', '-');

/** The report as markdown (WeCom robot, the admin) and as the email's plain text. */
export function renderReport(kind: ReportKind, period: string, end: string, s: ReportSummary): string {
  const lastDay = previousDay(end);
  const title = `WeDraw 运维${KIND_LABEL[kind]}（${period === lastDay ? period : `${period} 至 ${lastDay}`}）`;
  const lines = [
    `## ${title}`,
    `**告警**：触发 ${s.alerts.fired} 次，恢复 ${s.alerts.resolved} 次，期末仍在告警 ${s.alerts.firingAtEnd} 条`,
    ...Object.entries(s.alerts.byLevel).map(([l, c]) => `> ${LEVEL_LABEL[l] ?? l}：触发 ${c.fired}，恢复 ${c.resolved}`),
    ...(s.alerts.byRule.length ? ['**异常统计（按规则）**'] : []),
    ...s.alerts.byRule.slice(0, 10).map((r) => `- ${r.name}（${LEVEL_LABEL[r.level] ?? r.level}）：触发 ${r.fired}，恢复 ${r.resolved}`),
    '**关键指标与环比**',
    ...s.figures.map((f) => `- ${f.label}：${fmt(f, f.value)}（上期 ${fmt(f, f.previous)}，变化 ${fmtChange(f, f.change)}）`),
    `消息：成功 ${s.messages.sent} 条，失败 ${s.messages.failed} 条`,
  ];
  return lines.join('\n');
}

const listQuery = pagination.extend({ kind: z.enum(['daily', 'weekly', 'monthly']).optional() });
const generateInput = z
  .object({
    kind: z.enum(['daily', 'weekly', 'monthly']).default('daily'),
    day: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD')
      .optional(),
  })
  .strict();

/**
 * 运维报表: daily, weekly and monthly reports of the alerts (fired and resolved by rule and level)
 * and the headline figures with their change from the previous period; one row per kind and
 * period (a unique index), so however many instances or clicks build one, it is stored and sent once.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.report);

  async function alertStats(from: Date, to: Date): Promise<ReportSummary['alerts']> {
    const events = (await strapi.db.query(UID.event).findMany({
      where: { at: { $gte: from, $lt: to }, toState: { $in: ['firing', 'resolved'] } },
    })) as Array<{ alertId: number; ruleCode: string; fromState: string | null; toState: string }>;
    const changes = events.filter((e) => e.fromState !== e.toState && (e.toState === 'firing' || e.fromState === 'firing'));
    const ids = [...new Set(changes.map((e) => e.alertId))];
    const alerts = ids.length
      ? ((await strapi.db.query(UID.alert).findMany({ where: { id: { $in: ids } } })) as Array<{ id: number; ruleName: string; level: string }>)
      : [];
    const byId = new Map(alerts.map((a) => [a.id, a]));
    const byLevel: Record<string, { fired: number; resolved: number }> = {};
    const byRule = new Map<string, { code: string; name: string; level: string; fired: number; resolved: number }>();
    for (const e of changes) {
      const a = byId.get(e.alertId);
      const level = a?.level ?? 'warning';
      const what = e.toState === 'firing' ? 'fired' : 'resolved';
      (byLevel[level] ??= { fired: 0, resolved: 0 })[what] += 1;
      const rule = byRule.get(e.ruleCode) ?? { code: e.ruleCode, name: a?.ruleName ?? e.ruleCode, level, fired: 0, resolved: 0 };
      rule[what] += 1;
      byRule.set(e.ruleCode, rule);
    }
    const firingAtEnd = await strapi.db
      .query(UID.alert)
      .count({ where: { firedAt: { $lt: to }, $or: [{ resolvedAt: { $null: true } }, { resolvedAt: { $gte: to } }], state: { $in: ['firing', 'resolved'] } } });
    return {
      fired: changes.filter((e) => e.toState === 'firing').length,
      resolved: changes.filter((e) => e.toState === 'resolved').length,
      byLevel,
      byRule: [...byRule.values()].sort((a, b) => b.fired - a.fired || a.code.localeCompare(b.code)),
      firingAtEnd,
    };
  }

  async function messageStats(from: Date, to: Date) {
    const q = strapi.db.query('plugin::messaging.message');
    if (!strapi.plugin('messaging')) return { sent: 0, failed: 0 };
    const window = { createdAt: { $gte: from, $lt: to } };
    const [sent, failed] = await Promise.all([
      q.count({ where: { ...window, status: { $in: ['sent', 'delivered'] } } }),
      q.count({ where: { ...window, status: 'failed' } }),
    ]);
    return { sent, failed };
  }
  const ratio = (m: { sent: number; failed: number }) => (m.sent + m.failed ? m.sent / (m.sent + m.failed) : null);

  async function sampled(kind: ReportKind, period: string, end: string, from: Date, to: Date): Promise<Record<string, number | null>> {
    if (kind === 'daily') {
      const points = await services(strapi).overview.points(from, to);
      return Object.fromEntries(
        SAMPLED.map((f) => [
          f.metric,
          fold(
            points.map((p) => p.values[f.metric]),
            f.fold,
          ),
        ]),
      );
    }
    const dailies = (await rows().findMany({ where: { kind: 'daily', period: { $gte: period, $lt: end } } })) as ReportRow[];
    const of = (r: ReportRow, m: string) => r.summary?.figures?.find((f) => f.metric === m)?.value ?? null;
    return Object.fromEntries(
      SAMPLED.map((f) => [
        f.metric,
        fold(
          dailies.map((r) => of(r, f.metric)),
          f.fold,
        ),
      ]),
    );
  }

  /** The summary of one period, compared with the period before it. */
  async function summarize(kind: ReportKind, period: string): Promise<{ end: string; from: Date; to: Date; summary: ReportSummary }> {
    const { end } = periodOf(kind, period);
    const [from] = dayWindow(period);
    const [to] = dayWindow(end);
    const before = periodOf(kind, previousDay(period)).period;
    const [prevFrom] = dayWindow(before);
    const [alerts, messages, prevMessages, values] = await Promise.all([
      alertStats(from, to),
      messageStats(from, to),
      messageStats(prevFrom, from),
      sampled(kind, period, end, from, to),
    ]);
    const prevRow = (await rows().findOne({ where: { kind, period: before } })) as ReportRow | null;
    const prevOf = (m: string) => prevRow?.summary?.figures?.find((f) => f.metric === m)?.value ?? null;
    const change = (v: number | null, p: number | null) => (v === null || p === null ? null : v - p);
    const success = ratio(messages);
    const prevSuccess = ratio(prevMessages);
    const figures: Figure[] = [
      { metric: 'message_success_ratio', label: '消息成功率', unit: 'ratio', value: success, previous: prevSuccess, change: change(success, prevSuccess) },
      ...SAMPLED.map((f) => ({
        metric: f.metric,
        label: f.label,
        unit: f.unit,
        value: values[f.metric],
        previous: prevOf(f.metric),
        change: change(values[f.metric], prevOf(f.metric)),
      })),
    ];
    return { end, from, to, summary: { alerts, messages, figures } };
  }

  /** Sends a new report to every target receiving reports: an email and a WeCom robot markdown. */
  async function deliver(row: ReportRow, text: string): Promise<string> {
    const center = strapi.plugin('messaging');
    const recipients = (await services(strapi).targets.recipients()).filter((r) => r.reports && ['email', 'wecom-robot'].includes(r.channel));
    if (!center || !recipients.length) return '没有接收报表的通知对象';
    const tenant = await center.service('tenants').ensureAdminTenant();
    const subject = text.split('\n')[0].replace(/^## /, '');
    const results: string[] = [];
    for (const r of recipients) {
      const robotText =
        Buffer.byteLength(text) > 4000
          ? `${Buffer.from(text)
              .subarray(0, 3990)
              .toString('utf8')
              .replace(/\uFFFD$/, '')}…`
          : text;
      const content =
        r.channel === 'email' ? { subject, text: text.replace(/\*\*/g, '').replace(/^## /, '') } : { msgtype: 'markdown', markdown: { content: robotText } };
      try {
        await center.service('sending').acceptOne(tenant, {
          channel: r.channel,
          ...(r.account ? { account: r.account } : {}),
          to: r.to,
          content,
          idempotencyKey: `ops:report:${row.kind}:${row.period}:${r.key}`,
        });
        results.push(`${r.name}（${r.channel}）已发送`);
      } catch (err) {
        results.push(`${r.name}（${r.channel}）失败：${(err as Error).message}`);
        strapi.log.warn(`[ops] report ${row.kind} ${row.period} via ${r.channel} failed: ${(err as Error).message}`);
      }
    }
    return results.join('；').slice(0, 512);
  }

  return {
    async list(raw: unknown) {
      const q = parse(listQuery, raw);
      const where = q.kind ? { kind: q.kind } : {};
      const { offset, limit } = pageWindow(q);
      const [data, total] = await Promise.all([
        rows().findMany({ where, orderBy: [{ period: 'desc' }, { id: 'desc' }], offset, limit }),
        rows().count({ where }),
      ]);
      return { data, meta: paginationMeta(q, total) };
    },

    async get(documentId: string) {
      const row = await rows().findOne({ where: { documentId } });
      if (!row) throw notFound('报表不存在');
      return row;
    },

    /**
     * Builds, stores and sends the report of a period (default: the last completed one). Once per
     * kind and period: when it exists already (another instance, an earlier click) it is answered
     * as it is, `created: false`, and not sent again.
     */
    async generate(raw: unknown, operator: string | null = null, at = new Date()): Promise<{ report: ReportRow; created: boolean }> {
      const input = parse(generateInput, raw ?? {});
      const period = periodOf(input.kind, input.day ?? lastCompleted(input.kind, at)).period;
      const existing = (await rows().findOne({ where: { kind: input.kind, period } })) as ReportRow | null;
      if (existing) return { report: existing, created: false };
      const { end, from, to, summary } = await summarize(input.kind, period);
      const text = renderReport(input.kind, period, end, summary);
      let row: ReportRow;
      try {
        row = (await rows().create({ data: { kind: input.kind, period, startsAt: from, endsAt: to, summary, text, operator } })) as ReportRow;
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        return { report: (await rows().findOne({ where: { kind: input.kind, period } })) as ReportRow, created: false };
      }
      const delivery = await deliver(row, text);
      row = (await rows().update({ where: { id: row.id }, data: { delivery } })) as ReportRow;
      return { report: row, created: true };
    },

    /** The scheduled run (once per cluster, at `reportHour` Asia/Shanghai): yesterday; last week on Mondays; last month on the 1st. */
    async scheduled(at = new Date()): Promise<void> {
      const today = shanghaiDay(at);
      const kinds: ReportKind[] = ['daily'];
      if (periodOf('weekly', today).period === today) kinds.push('weekly');
      if (today.endsWith('-01')) kinds.push('monthly');
      for (const kind of kinds) await this.generate({ kind }, null, at);
    },
  };
};
