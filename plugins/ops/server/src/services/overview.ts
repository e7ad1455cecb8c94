import type { Core } from '@strapi/strapi';
import { services } from '../lib/services';
import { UID } from '../lib/uids';
import { headline } from '../metrics/registry';

const HOUR = 3600_000;
interface Point {
  at: number;
  values: Record<string, number | null>;
}
/** Headline figures kept for the 24 h charts: one point per evaluation, at most one per 5 minutes. */
export const CHART_METRICS = ['wecom_account_online_ratio', 'message_success_ratio', 'queue_backlog', 'api_p99_seconds'];
const POINT_EVERY_MS = 5 * 60_000;

/**
 * The 运维监控 overview: what is firing, the headline figures now, and 24 h of them for the
 * charts (a Redis list shared by the cluster, or process memory without Redis) and `/api/monitor/health`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const memory: Point[] = [];
  const redis = () => strapi.service('api::platform.runtime').redis() as import('ioredis').default | null;
  const key = () => `${strapi.service('api::platform.runtime').keyPrefix()}ops:history`;
  const started = Date.now();

  async function kept(): Promise<Point[]> {
    const r = redis();
    return r ? (await r.lrange(key(), 0, -1)).map((s) => JSON.parse(s) as Point) : memory;
  }
  async function history(): Promise<Point[]> {
    return (await kept()).filter((p) => p.at >= Date.now() - 24 * HOUR).sort((a, b) => a.at - b.at);
  }

  return {
    /** The kept points in [from, to) (the last ~25 h are kept): what the daily report reads. */
    async points(from: Date, to: Date): Promise<Point[]> {
      return (await kept()).filter((p) => p.at >= from.getTime() && p.at < to.getTime()).sort((a, b) => a.at - b.at);
    },

    /** After an evaluation: one point every 5 minutes (the first evaluation of each slot writes it). */
    async keep(values: Map<string, Array<{ labels?: Record<string, string>; value: number }>>, at: Date): Promise<void> {
      const point: Point = { at: at.getTime(), values: Object.fromEntries(CHART_METRICS.map((m) => [m, headline(values.get(m) ?? [])])) };
      const r = redis();
      if (r) {
        const slot = `${key()}:slot:${Math.floor(at.getTime() / POINT_EVERY_MS)}`;
        if ((await r.set(slot, '1', 'PX', POINT_EVERY_MS * 2, 'NX')) !== 'OK') return;
        await r.multi().rpush(key(), JSON.stringify(point)).ltrim(key(), -300, -1).exec();
        return;
      }
      if (memory.length && at.getTime() - memory[memory.length - 1].at < POINT_EVERY_MS) return;
      memory.push(point);
      if (memory.length > 300) memory.shift();
    },

    async get() {
      const values = await services(strapi).metrics.current();
      const firing = await strapi.db
        .query(UID.alert)
        .findMany({ where: { state: { $in: ['firing', 'pending'] } }, orderBy: { startedAt: 'desc' }, limit: 100 });
      const now = Object.fromEntries(
        services(strapi)
          .metrics.list()
          .map((m) => [m.name, headline(values.get(m.name) ?? [])]),
      );
      return { firing, now, metrics: services(strapi).metrics.list(), history: await history() };
    },

    /** `GET /api/monitor/health`: seed 003's shape, each part checked for real. */
    async health() {
      const report = (await (strapi.service('api::platform.metrics') as unknown as { health(): Promise<Record<string, string>> }).health()) as Record<
        string,
        string
      >;
      const svc = (name: string, s: string) => ({ name, status: s === 'ok' ? 'up' : s === 'error' ? 'down' : s });
      const services_ = [svc('database', report.database), svc('redis', report.redis), svc('queue', report.queue)];
      const firing = await strapi.db.query(UID.alert).count({ where: { state: 'firing', level: 'critical' } });
      const down = services_.some((s) => s.status === 'down');
      return {
        status: down ? 'down' : firing > 0 ? 'degraded' : 'up',
        services: services_,
        uptime: Math.round((Date.now() - started) / 1000),
        firingCritical: firing,
      };
    },
  };
};
