import type { Core } from '@strapi/strapi';
import type { MetricDefinition, Sample } from './registry';

type Knex = Core.Strapi['db']['connection'];
interface HttpSnapshot {
  buckets: Array<{ le: number; count: number }>;
  total: number;
  errors: number;
}
interface PlatformMetrics {
  httpSnapshot(): Promise<HttpSnapshot>;
  health(): Promise<{ database: string; redis: string; queue: string }>;
}
interface PlatformQueue {
  names(): string[];
  counts(queue: string): Promise<Record<string, number>>;
}

/** Finished messages this far back make the success/failure ratio and the latency. */
export const MESSAGE_WINDOW_MS = 15 * 60_000;
const LATENCY_ROWS = 5000;

const hasTable = async (knex: Knex, table: string) => knex.schema.hasTable(table);
const p99 = (sorted: number[]) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] : 0);

/** API p99 and error ratio over the requests between two snapshots of this process's histogram. */
export function windowFigures(prev: HttpSnapshot | null, now: HttpSnapshot): { p99: number; errorRatio: number; requests: number } {
  const total = now.total - (prev?.total ?? 0);
  const errors = now.errors - (prev?.errors ?? 0);
  if (total <= 0) return { p99: 0, errorRatio: 0, requests: 0 };
  const before = new Map((prev?.buckets ?? []).map((b) => [b.le, b.count]));
  const target = total * 0.99;
  let p = 0;
  for (const b of now.buckets) {
    if (b.count - (before.get(b.le) ?? 0) >= target) {
      p = Number.isFinite(b.le) ? b.le : (now.buckets[now.buckets.length - 2]?.le ?? 0);
      break;
    }
  }
  return { p99: p, errorRatio: errors / total, requests: total };
}

/**
 * The metrics of seed 003's 监控告警系统 the ops plugin defines itself, read from what the other
 * plugins already keep: WeCom accounts' lifecycle status, the message center's finished messages,
 * the platform queues, the request histogram and the health checks.
 */
export function builtinMetrics(strapi: Core.Strapi): MetricDefinition[] {
  const knex = () => strapi.db.connection;
  const platform = () => strapi.service('api::platform.metrics') as unknown as PlatformMetrics;
  const queue = () => strapi.service('api::platform.queue') as unknown as PlatformQueue;
  let lastHttp: HttpSnapshot | null = null;
  let http: { at: number; figures: ReturnType<typeof windowFigures> } | null = null;

  async function httpFigures() {
    // Several metrics read the same window: one snapshot per evaluation (within 1 s).
    if (http && Date.now() - http.at < 1000) return http.figures;
    const now = await platform().httpSnapshot();
    http = { at: Date.now(), figures: windowFigures(lastHttp, now) };
    lastHttp = now;
    return http.figures;
  }

  async function accounts(): Promise<Array<{ code: string; status: string; tenant: string | null }>> {
    if (!(await hasTable(knex(), 'wecom_accounts'))) return [];
    return knex()('wecom_accounts').select('code', 'status', 'tenant').whereNot('status', 'created');
  }

  async function finished(): Promise<Array<{ channel: string; status: string; n: number }>> {
    if (!(await hasTable(knex(), 'messaging_messages'))) return [];
    const since = new Date(Date.now() - MESSAGE_WINDOW_MS);
    const rows = await knex()('messaging_messages')
      .select('channel', 'status')
      .count({ n: '*' })
      .whereIn('status', ['sent', 'delivered', 'failed'])
      .where('updated_at', '>=', since)
      .groupBy('channel', 'status');
    return (rows as Array<Record<string, unknown>>).map((r) => ({ channel: String(r.channel), status: String(r.status), n: Number(r.n) }));
  }

  function ratio(rows: Array<{ channel: string; status: string; n: number }>, good: boolean): Sample[] {
    const by = new Map<string, { ok: number; failed: number }>();
    for (const r of rows) {
      const c = by.get(r.channel) ?? { ok: 0, failed: 0 };
      if (r.status === 'failed') c.failed += r.n;
      else c.ok += r.n;
      by.set(r.channel, c);
    }
    const all = [...by.values()].reduce((a, c) => ({ ok: a.ok + c.ok, failed: a.failed + c.failed }), { ok: 0, failed: 0 });
    const of = (c: { ok: number; failed: number }) => (c.ok + c.failed === 0 ? (good ? 1 : 0) : (good ? c.ok : c.failed) / (c.ok + c.failed));
    return [{ value: of(all) }, ...[...by.entries()].map(([channel, c]) => ({ labels: { channel }, value: of(c) }))];
  }

  return [
    {
      name: 'wecom_account_online_ratio',
      label: '企微账号在线率',
      unit: 'ratio',
      help: 'Share of WeCom sending accounts (past creation) that are online; 1 when there are none',
      labelNames: ['tenant'],
      async read() {
        const list = await accounts();
        const by = new Map<string, { online: number; all: number }>();
        for (const a of list) {
          const t = by.get(a.tenant ?? '') ?? { online: 0, all: 0 };
          t.all += 1;
          if (a.status === 'online') t.online += 1;
          by.set(a.tenant ?? '', t);
        }
        const online = list.filter((a) => a.status === 'online').length;
        return [
          { value: list.length ? online / list.length : 1 },
          ...[...by.entries()].map(([tenant, t]) => ({ labels: { tenant: tenant || '-' }, value: t.online / t.all })),
        ];
      },
    },
    {
      name: 'wecom_accounts_offline',
      label: '企微离线账号数',
      unit: 'count',
      help: 'WeCom sending accounts that are not online (error, recovering or offline)',
      labelNames: ['account'],
      async read() {
        const down = (await accounts()).filter((a) => a.status !== 'online' && a.status !== 'verifying');
        return [{ value: down.length }, ...down.map((a) => ({ labels: { account: a.code }, value: 1 }))];
      },
    },
    {
      name: 'message_success_ratio',
      label: '消息成功率（近 15 分钟）',
      unit: 'ratio',
      help: 'Sent or delivered share of the messages finished in the last 15 minutes, by channel',
      labelNames: ['channel'],
      read: async () => ratio(await finished(), true),
    },
    {
      name: 'message_failure_ratio',
      label: '消息失败率（近 15 分钟）',
      unit: 'ratio',
      help: 'Failed share of the messages finished in the last 15 minutes, by channel',
      labelNames: ['channel'],
      read: async () => ratio(await finished(), false),
    },
    {
      name: 'message_latency_p99_seconds',
      label: '消息发送耗时 P99（秒）',
      unit: 'seconds',
      help: 'p99 of accepted-to-sent time of the messages sent in the last 15 minutes',
      async read() {
        if (!(await hasTable(knex(), 'messaging_messages'))) return [{ value: 0 }];
        const rows = (await knex()('messaging_messages')
          .select('created_at', 'sent_at', 'send_at')
          .whereIn('status', ['sent', 'delivered'])
          .where('updated_at', '>=', new Date(Date.now() - MESSAGE_WINDOW_MS))
          .whereNotNull('sent_at')
          .orderBy('updated_at', 'desc')
          .limit(LATENCY_ROWS)) as Array<{ created_at: string; sent_at: string; send_at: string | null }>;
        const ms = rows
          .map((r) => new Date(r.sent_at).getTime() - Math.max(new Date(r.created_at).getTime(), r.send_at ? new Date(r.send_at).getTime() : 0))
          .sort((a, b) => a - b);
        return [{ value: Math.max(0, p99(ms)) / 1000 }];
      },
    },
    {
      name: 'queue_backlog',
      label: '队列积压（等待中的任务）',
      unit: 'count',
      help: 'Jobs waiting in the platform queues, by queue',
      labelNames: ['queue'],
      async read() {
        const samples = await Promise.all(
          queue()
            .names()
            .map(async (name) => {
              const c = await queue()
                .counts(name)
                .catch(() => ({}) as Record<string, number>);
              return { labels: { queue: name }, value: (c.waiting ?? 0) + (c.prioritized ?? 0) };
            }),
        );
        return [{ value: samples.reduce((a, s) => a + s.value, 0) }, ...samples];
      },
    },
    {
      name: 'api_p99_seconds',
      label: 'API 响应 P99（秒）',
      unit: 'seconds',
      help: 'p99 of request durations since the previous evaluation (this instance)',
      read: async () => [{ value: (await httpFigures()).p99 }],
    },
    {
      name: 'api_error_ratio',
      label: 'API 错误率（5xx）',
      unit: 'ratio',
      help: 'Share of 5xx answers since the previous evaluation (this instance)',
      read: async () => [{ value: (await httpFigures()).errorRatio }],
    },
    {
      name: 'database_up',
      label: '数据库可用',
      unit: 'boolean',
      help: '1 when the database answers select 1',
      read: async () => [{ value: (await platform().health()).database === 'ok' ? 1 : 0 }],
    },
    {
      name: 'redis_up',
      label: 'Redis 可用',
      unit: 'boolean',
      help: '1 when Redis answers PING (1 when Redis is not configured)',
      read: async () => [{ value: (await platform().health()).redis === 'error' ? 0 : 1 }],
    },
  ];
}
