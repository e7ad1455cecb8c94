/**
 * The contract between the analytics plugin and the plugins whose records it counts. A plugin
 * registers a source (`strapi.plugin('analytics')?.service('sources').register(source)`) in its
 * bootstrap; the source reads only its own tables, through `sourceTable` below.
 */

import { dayWindow, nextDay, shanghaiDay } from './business-day';

/** One aggregate: a metric's value on a business day (Asia/Shanghai) for one dimension ('' = all). */
export interface StatRow {
  metric: string;
  dimension: string;
  day: string;
  value: number;
}

/** How far a source's incremental reader has read: the last changed row seen. */
export interface Checkpoint {
  at: string;
  id: number;
}

export interface ChangedDays {
  /** The business days whose metrics must be recounted. */
  days: string[];
  checkpoint: Checkpoint | null;
  /** How many changed rows this batch read. */
  rows: number;
  /** More changed rows remain after this batch. */
  more: boolean;
}

/** Something that needs an operator today (orders to ship, failed sends…). */
export interface AttentionItem {
  key: string;
  label: string;
  value: number;
  /** Admin path where it is dealt with. */
  link?: string;
}

export interface AnalyticsMetric {
  name: string;
  /** Chinese label for the dashboards. */
  label: string;
  /** How the metric combines over several days and dimensions (both always add up). */
  unit?: string;
}

export interface AnalyticsSource {
  /** Stable name, e.g. `points.ledger`. */
  name: string;
  /** The dashboard it feeds: fans, orders, messages, wecom, pay. */
  domain: string;
  metrics: AnalyticsMetric[];
  /** Rows changed since the checkpoint (at most `limit`, re-reading `overlapMs` back), as the days they touch. */
  changedDays(since: Checkpoint | null, limit: number, overlapMs: number): Promise<ChangedDays>;
  /** The newest change: where reading continues after a full recount. */
  latest(): Promise<Checkpoint | null>;
  /** Every metric of these days recounted from the source rows (absent = 0). */
  countDays(days: string[]): Promise<StatRow[]>;
  /** Every day with source rows (the full rebuild recounts each). */
  allDays(): Promise<string[]>;
  /** Live figures for the home's attention list. */
  attention?(): Promise<AttentionItem[]>;
  /** Names for some of its dimensions (e.g. `banner:<documentId>` → the banner's title), for chart labels. */
  dimensionLabels?(dimensions: string[]): Promise<Record<string, string>>;
}

interface Knex {
  (table: string): any;
  raw(sql: string, bindings?: unknown[]): any;
}
interface StrapiDb {
  db: { connection: Knex; metadata: { get(uid: string): { tableName: string; attributes: Record<string, { columnName?: string }> } } };
}

/**
 * Read helpers over one content type's table, for the plugin that owns it: the changed rows since
 * a checkpoint (keyset on updated_at, id) and counts per business day.
 */
export function sourceTable(strapi: StrapiDb, uid: string) {
  const meta = () => strapi.db.metadata.get(uid);
  const col = (attribute: string) => meta().attributes[attribute]?.columnName ?? attribute;
  const table = () => strapi.db.connection(meta().tableName);
  return {
    col,
    table,
    /** Rows changed after the checkpoint minus `overlapMs` (late commits), oldest first. */
    async changed(since: Checkpoint | null, attributes: string[], limit: number, overlapMs = 60_000) {
      const updated = col('updatedAt');
      let qb = table().select('id', `${updated} as updatedAt`, ...attributes.map((a) => `${col(a)} as ${a}`));
      if (since) {
        // The first batch of a run re-reads `overlapMs` back: rows committed late with an older time.
        const from = new Date(Date.parse(since.at) - overlapMs);
        const fromId = overlapMs > 0 ? 0 : since.id;
        qb = qb.where((w: any) => w.where(updated, '>', from).orWhere((e: any) => e.where(updated, '=', from).andWhere('id', '>', fromId)));
      }
      const rows = (await qb.orderBy([updated, 'id']).limit(limit)) as Array<Record<string, unknown> & { id: number; updatedAt: unknown }>;
      const last = rows[rows.length - 1];
      return {
        rows,
        checkpoint: last ? { at: new Date(last.updatedAt as string).toISOString(), id: Number(last.id) } : since,
        more: rows.length === limit,
      };
    },
    /** The changed rows as the business days of their datetime attributes: a source's `changedDays`. */
    async changedDays(since: Checkpoint | null, limit: number, overlapMs: number, dateAttributes: string[]): Promise<ChangedDays> {
      const batch = await this.changed(since, dateAttributes, limit, overlapMs);
      return { days: daysOf(batch.rows, dateAttributes), checkpoint: batch.checkpoint, rows: batch.rows.length, more: batch.more };
    },
    /** The table's rows whose datetime attribute falls on a business day. */
    onDay(attribute: string, day: string) {
      const [start, end] = dayWindow(day);
      return table().where(col(attribute), '>=', start).andWhere(col(attribute), '<', end);
    },
    /** The newest change (updated_at, id). */
    async latest(): Promise<Checkpoint | null> {
      const updated = col('updatedAt');
      const row = (await table()
        .select('id', `${updated} as updatedAt`)
        .orderBy([
          { column: updated, order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .first()) as { id: number; updatedAt: unknown } | undefined;
      return row ? { at: new Date(row.updatedAt as string).toISOString(), id: Number(row.id) } : null;
    },
    /** Distinct business days of a datetime attribute. */
    async days(attribute: string): Promise<string[]> {
      const c = col(attribute);
      const range = (await table().min({ lo: c }).max({ hi: c }).first()) as { lo: unknown; hi: unknown } | undefined;
      if (!range?.lo || !range.hi) return [];
      const out: string[] = [];
      for (let d = shanghaiDay(range.lo as string); d <= shanghaiDay(range.hi as string); d = nextDay(d)) out.push(d);
      return out;
    },
  };
}

/** Days touched by changed rows: the business days of the given datetime fields. */
export function daysOf(rows: Array<Record<string, unknown>>, attributes: string[]): string[] {
  const days = new Set<string>();
  for (const row of rows)
    for (const a of attributes) {
      const v = row[a];
      // A stored business day (`YYYY-MM-DD`) is taken as it is; an instant is placed in Shanghai.
      if (v) days.add(typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : shanghaiDay(v as string));
    }
  return [...days].sort();
}

/** Adds values up per (metric, dimension, day): what a source's `countDays` returns. */
export function statTally() {
  const out = new Map<string, StatRow>();
  return {
    add(metric: string, dimension: string, day: string, value: number) {
      const key = `${metric}|${dimension}|${day}`;
      const row = out.get(key);
      if (row) row.value += value;
      else out.set(key, { metric, dimension, day, value });
    },
    rows: (): StatRow[] => [...out.values()],
  };
}
