import type { Core } from '@strapi/strapi';
import { nextDay, shanghaiDay, type AttentionItem } from '@wedraw/kit';
import { DOMAINS, HOME, type ChartDef, type DomainDef, type DomainName, type Series } from '../lib/domains';
import { services } from '../lib/services';
import { DAILY_STAT } from '../lib/uids';

/** How old the home's attention list may be. */
const ATTENTION_MS = 5000;

export type Granularity = 'day' | 'week' | 'month';

/** The bucket a day falls in: the day, the Monday of its week, or its month. */
export function bucketOf(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = nextDay(d)) out.push(d);
  return out;
}

export interface Chart {
  buckets: string[];
  series: Array<{ metric: string; label: string; unit?: string; values: number[] }>;
}

/** Reads `daily-stat` only: never the source tables. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = () => strapi.db.metadata.get(DAILY_STAT as any);
  const col = (a: string) => (meta().attributes[a] as { columnName?: string }).columnName ?? a;

  /** Totals per (metric, dimension, day) of these metrics in [from, to]. */
  async function read(metrics: string[], from: string, to: string, dimension = '') {
    let qb = strapi.db
      .connection(meta().tableName)
      .select(`${col('metric')} as metric`, `${col('dimension')} as dimension`, `${col('day')} as day`, `${col('value')} as value`)
      .whereIn(col('metric'), metrics)
      .whereBetween(col('day'), [from, to]);
    qb = qb.where(col('dimension'), dimension);
    return ((await qb) as Array<{ metric: string; dimension: string; day: string; value: string | number }>).map((r) => ({ ...r, value: Number(r.value) }));
  }

  /** Sum of a metric before a day (for running totals such as cumulative fans). */
  async function before(metric: string, day: string): Promise<number> {
    const row = (await strapi.db
      .connection(meta().tableName)
      .sum({ total: col('value') })
      .where(col('metric'), metric)
      .where(col('dimension'), '')
      .where(col('day'), '<', day)
      .first()) as { total: string | number | null } | undefined;
    return Number(row?.total ?? 0);
  }

  /** Charts of several series from one read of `daily-stat` (the all-dimensions rows of their metrics). */
  async function charts<T extends { series: Series[] }>(defs: T[], from: string, to: string, granularity: Granularity): Promise<Array<T & Chart>> {
    const base = [...new Set(defs.flatMap((d) => d.series.flatMap((s) => s.metrics)))];
    const rows = await read(base, from, to);
    const buckets = [...new Set(daysBetween(from, to).map((d) => bucketOf(d, granularity)))];
    const index = new Map(buckets.map((b, i) => [b, i]));
    const sums = new Map<string, number[]>(base.map((m) => [m, buckets.map(() => 0)]));
    for (const r of rows) sums.get(r.metric)![index.get(bucketOf(r.day, granularity))!] += r.value;
    const out: Array<T & Chart> = [];
    for (const def of defs) {
      const series: Chart['series'] = [];
      for (const s of def.series) {
        const parts = s.metrics.map((m) => sums.get(m)!);
        let values = buckets.map((_, i) => s.combine(parts.map((p) => p[i])));
        if (s.running) {
          let total = await before(s.metrics[0], from);
          values = values.map((v) => (total += v));
        }
        series.push({ metric: s.name, label: s.label, unit: s.unit, values });
      }
      out.push({ ...def, buckets, series });
    }
    return out;
  }

  const chart = async (series: Series[], from: string, to: string, granularity: Granularity): Promise<Chart> => {
    const [{ buckets, series: out }] = await charts([{ series }], from, to, granularity);
    return { buckets, series: out };
  };

  /** The largest dimensions of a metric over the range, added up in the database. */
  async function top(metric: string, prefix: string, from: string, to: string, limit: number) {
    const rows = (await strapi.db
      .connection(meta().tableName)
      .select(`${col('dimension')} as dimension`)
      .sum({ total: col('value') })
      .where(col('metric'), metric)
      .whereBetween(col('day'), [from, to])
      .andWhere(col('dimension'), 'like', `${prefix.replace(/[%_]/g, '\\$&')}%`)
      .groupBy(col('dimension'))
      .orderBy('total', 'desc')
      .limit(limit)) as Array<{ dimension: string; total: string | number }>;
    return rows.map((r) => ({ dimension: r.dimension.slice(prefix.length), value: Number(r.total) }));
  }

  /** Names of dimensions from the source counting the metric (a banner's title…); unnamed ones stay as they are. */
  async function labels(metric: string, dimensions: string[]): Promise<Record<string, string>> {
    const source = services(strapi)
      .sources.list()
      .find((s) => s.metrics.some((m) => m.name === metric));
    return dimensions.length && source?.dimensionLabels ? source.dimensionLabels(dimensions) : {};
  }

  /** One series per dimension of a metric: the `limit` largest over the range, summed per bucket. */
  async function perDimension(def: NonNullable<ChartDef['perDimension']>, buckets: string[], from: string, to: string, granularity: Granularity) {
    const dims = (await top(def.metric, def.prefix, from, to, def.limit)).map((r) => `${def.prefix}${r.dimension}`);
    if (dims.length === 0) return [];
    const rows = (await strapi.db
      .connection(meta().tableName)
      .select(`${col('dimension')} as dimension`, `${col('day')} as day`, `${col('value')} as value`)
      .where(col('metric'), def.metric)
      .whereIn(col('dimension'), dims)
      .whereBetween(col('day'), [from, to])) as Array<{ dimension: string; day: string; value: string | number }>;
    const index = new Map(buckets.map((b, i) => [b, i]));
    const sums = new Map(dims.map((d) => [d, buckets.map(() => 0)]));
    for (const r of rows) sums.get(r.dimension)![index.get(bucketOf(r.day, granularity))!] += Number(r.value);
    const names = await labels(def.metric, dims);
    return dims.map((d) => ({ metric: `${def.metric}:${d}`, label: names[d] ?? d.slice(def.prefix.length), values: sums.get(d)! }));
  }

  /**
   * What needs attention, read live from the sources at most every 5 s: concurrent requests share one
   * read, so a busy home costs the sources' counts once per 5 s rather than once per request.
   */
  let attention: { at: number; text: Promise<string> } | null = null;
  function attentionText(): Promise<string> {
    if (attention && Date.now() - attention.at < ATTENTION_MS) return attention.text;
    const text = (async () => {
      const items: AttentionItem[] = [];
      for (const source of services(strapi).sources.list()) if (source.attention) items.push(...(await source.attention()));
      return JSON.stringify(items);
    })();
    const entry = { at: Date.now(), text };
    attention = entry;
    // A failed read is not reused.
    text.catch(() => {
      if (attention === entry) attention = null;
    });
    return text;
  }

  return {
    chart,

    /** One domain's dashboard: its charts over the range, and the top dimensions of each breakdown. */
    async domain(name: DomainName, from: string, to: string, granularity: Granularity) {
      return services(strapi).answers.get(['domain', name, from, to, granularity], () => this.computeDomain(name, from, to, granularity));
    },

    /** The same, serialized (what the endpoint writes out: a cache hit is not parsed and re-serialized). */
    async domainText(name: DomainName, from: string, to: string, granularity: Granularity): Promise<string> {
      return services(strapi).answers.text(['domain', name, from, to, granularity], () => this.computeDomain(name, from, to, granularity));
    },

    async computeDomain(name: DomainName, from: string, to: string, granularity: Granularity) {
      const domain: DomainDef = DOMAINS[name];
      const drawn = [];
      for (const { key, title, buckets, series, perDimension: per } of await charts(domain.charts, from, to, granularity))
        drawn.push({ key, title, buckets, series: per ? await perDimension(per, buckets, from, to, granularity) : series });
      const breakdowns = [];
      for (const b of domain.breakdowns) {
        const rows = await top(b.metric, b.prefix, from, to, b.limit ?? 10);
        const names = await labels(
          b.metric,
          rows.map((r) => `${b.prefix}${r.dimension}`),
        );
        breakdowns.push({
          key: b.key,
          title: b.title,
          metric: b.metric,
          rows: rows.map((r) => {
            const label = names[`${b.prefix}${r.dimension}`];
            return label ? { ...r, label } : r;
          }),
        });
      }
      return { domain: name, title: domain.title, from, to, granularity, charts: drawn, breakdowns };
    },

    /** The home: today's key figures against yesterday, 30-day trends, what needs attention. */
    async home(now = new Date()) {
      return JSON.parse(await this.homeText(now)) as {
        today: string;
        figures: unknown[];
        trends: Chart & { from: string; to: string };
        attention: AttentionItem[];
      };
    },

    /** The home serialized (what the endpoint writes out): cached figures and trends, attention at most 5 s old. */
    async homeText(now = new Date()): Promise<string> {
      const today = shanghaiDay(now);
      const yesterday = shanghaiDay(now.getTime() - 86_400_000);
      const from = shanghaiDay(now.getTime() - 29 * 86_400_000);
      const { figures: series, trends } = HOME;
      // Figures and trends come from `daily-stat` (cached per aggregates version).
      const fromStats = await services(strapi).answers.text(['home', today], async () => {
        const two = await chart(series, yesterday, today, 'day');
        const figures = two.series.map((s) => ({
          metric: s.metric,
          label: s.label,
          unit: s.unit,
          today: s.values[1],
          yesterday: s.values[0],
          change: s.values[1] - s.values[0],
        }));
        return { figures, trends: { from, to: today, ...(await chart(trends, from, today, 'day')) } };
      });
      return `{"today":${JSON.stringify(today)},"attention":${await attentionText()},${fromStats.slice(1)}`;
    },
  };
};
