import { Gauge } from 'prom-client';
import { checkHealth } from '../../../platform/health';
import { platform } from '../../../platform';
import { httpDuration, registry, wechatCalls, wechatpayCalls, wecomCalls } from '../../../platform/metrics';

/** A gauge a plugin adds to `/metrics`: `collect` returns its current samples (cheap: a cached figure). */
export interface PluginGauge {
  name: string;
  help: string;
  labelNames?: string[];
  collect: () => Promise<Array<{ labels?: Record<string, string>; value: number }>> | Array<{ labels?: Record<string, string>; value: number }>;
}

/** Cumulative request figures of this process: histogram buckets (seconds → count), total and 5xx counts. */
export interface HttpSnapshot {
  buckets: Array<{ le: number; count: number }>;
  total: number;
  errors: number;
}

/**
 * `strapi.service('api::platform.metrics')`: what plugins record into `/metrics`.
 * `wechatCall(endpoint, errcode)` counts one call to a WeChat API (`errcode` 0 = success,
 * `http` = no answer or not JSON); the endpoint is the URL's path (`cgi-bin/menu/create`).
 * `gauge(def)` adds a plugin's gauge; `httpSnapshot()` and `health()` feed the ops plugin.
 */
export default ({ strapi }: { strapi: import('@strapi/strapi').Core.Strapi }) => ({
  wechatCall(endpoint: string, errcode: number | string) {
    wechatCalls.inc({ endpoint, errcode: String(errcode) });
  },

  /** One call to WeCom: `endpoint` without ids (`cgi-bin/message/send`), `errcode` 0 = success, -1 = no answer. */
  wecomCall(endpoint: string, errcode: number | string) {
    wecomCalls.inc({ endpoint, errcode: String(errcode) });
  },

  /** One call to WeChat Pay v3: `endpoint` without ids, HTTP `status` (0 = no answer), `code` its error code or OK. */
  wechatpayCall(endpoint: string, status: number, code: string) {
    wechatpayCalls.inc({ endpoint, status: String(status), code });
  },

  gauge(def: PluginGauge): void {
    if (registry.getSingleMetric(def.name)) return;
    new Gauge({
      name: def.name,
      help: def.help,
      labelNames: def.labelNames ?? [],
      registers: [registry],
      async collect() {
        this.reset();
        for (const s of await def.collect()) {
          if (s.labels) this.set(s.labels, s.value);
          else this.set(s.value);
        }
      },
    });
  },

  /** Names of every metric `/metrics` exposes (histograms and counters with their suffixes left off). */
  names(): string[] {
    return registry.getMetricsAsArray().map((m) => (m as unknown as { name: string }).name);
  },

  /** The request histogram summed over its series (only the `routes` route groups when given). */
  async httpSnapshot(routes?: string[]): Promise<HttpSnapshot> {
    const all = (await httpDuration.get()).values;
    const values = routes ? all.filter((v) => routes.includes(String(v.labels.route))) : all;
    const byLe = new Map<number, number>();
    let total = 0;
    let errors = 0;
    for (const v of values) {
      const name = (v as { metricName?: string }).metricName ?? '';
      const labels = v.labels as Record<string, string | number>;
      if (name.endsWith('_bucket')) {
        const le = labels.le === '+Inf' ? Infinity : Number(labels.le);
        byLe.set(le, (byLe.get(le) ?? 0) + v.value);
      } else if (name.endsWith('_count')) {
        total += v.value;
        if (String(labels.status).startsWith('5')) errors += v.value;
      }
    }
    return { buckets: [...byLe.entries()].sort((a, b) => a[0] - b[0]).map(([le, count]) => ({ le, count })), total, errors };
  },

  /** The same checks as `/health` (database, Redis, queue backend). */
  health() {
    return checkHealth(strapi, platform());
  },
});
