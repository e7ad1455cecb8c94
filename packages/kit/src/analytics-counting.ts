import { sourceTable, statTally, type AnalyticsSource, type AttentionItem } from './analytics';

/** One metric of a counting source: rows whose `at` falls on the day, counted (or valued) per dimension. */
export interface CountDef {
  metric: string;
  label: string;
  unit?: string;
  /** The datetime attribute placing a row on a business day. */
  at: string;
  /** Only rows whose attributes have these values (an array: any of them). */
  where?: Record<string, unknown>;
  /** Also per value of these attributes, as dimension `${prefix}${value}`. */
  by?: Array<{ attribute: string; prefix: string }>;
  /** Add up a value per row (read in the process) instead of counting rows. */
  value?: { attributes: string[]; of: (row: Record<string, unknown>) => number };
}

export interface CountingSourceDef {
  name: string;
  domain: string;
  uid: string;
  counts: CountDef[];
  attention?: () => Promise<AttentionItem[]>;
}

type Strapi = Parameters<typeof sourceTable>[0];

/**
 * A source over one of the calling plugin's own tables where every metric is "rows (or a value
 * of rows) per business day of a datetime attribute": most of what WeDraw counts.
 */
export function countingSource(strapi: Strapi, def: CountingSourceDef): AnalyticsSource {
  const t = sourceTable(strapi, def.uid);
  const dateAttributes = [...new Set(def.counts.map((c) => c.at))];
  const filtered = (c: CountDef, day: string) => {
    let qb = t.onDay(c.at, day);
    for (const [attribute, value] of Object.entries(c.where ?? {}))
      qb = Array.isArray(value) ? qb.whereIn(t.col(attribute), value) : qb.where(t.col(attribute), value);
    return qb;
  };
  async function countOne(c: CountDef, day: string, tally: ReturnType<typeof statTally>) {
    const groups = [{ attribute: null as string | null, prefix: '' }, ...(c.by ?? [])];
    if (c.value) {
      const attributes = [...new Set([...c.value.attributes, ...(c.by ?? []).map((b) => b.attribute)])];
      const rows = (await filtered(c, day).select(attributes.map((a) => `${t.col(a)} as ${a}`))) as Record<string, unknown>[];
      for (const row of rows) {
        const v = c.value.of(row);
        for (const g of groups) tally.add(c.metric, g.attribute ? `${g.prefix}${row[g.attribute] ?? ''}` : '', day, v);
      }
      return;
    }
    for (const g of groups) {
      const qb = filtered(c, day).count({ n: '*' });
      if (!g.attribute) {
        const row = (await qb.first()) as { n: string | number } | undefined;
        tally.add(c.metric, '', day, Number(row?.n ?? 0));
        continue;
      }
      const rows = (await qb.select(`${t.col(g.attribute)} as k`).groupBy(t.col(g.attribute))) as { k: unknown; n: string | number }[];
      for (const r of rows) tally.add(c.metric, `${g.prefix}${r.k ?? ''}`, day, Number(r.n));
    }
  }
  return {
    name: def.name,
    domain: def.domain,
    metrics: def.counts.map((c) => ({ name: c.metric, label: c.label, unit: c.unit })),
    changedDays: (since, limit, overlapMs) => t.changedDays(since, limit, overlapMs, dateAttributes),
    latest: () => t.latest(),
    async allDays() {
      const days = new Set<string>();
      for (const a of dateAttributes) for (const d of await t.days(a)) days.add(d);
      return [...days].sort();
    },
    async countDays(days) {
      const tally = statTally();
      for (const day of days) for (const c of def.counts) await countOne(c, day, tally);
      return tally.rows();
    },
    attention: def.attention,
  };
}
