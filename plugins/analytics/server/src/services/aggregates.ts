import type { Core } from '@strapi/strapi';
import type { AnalyticsSource, Checkpoint, StatRow } from '@wedraw/kit';
import { analyticsConfig } from '../config';
import { services } from '../lib/services';
import { DAILY_STAT } from '../lib/uids';

const DAYS_PER_WRITE = 31;

export interface CatchUpReport {
  source: string;
  rows: number;
  days: number;
}

/**
 * Keeps `daily-stat` equal to a recount of the sources: the catch-up job reads only the rows
 * changed since each source's checkpoint and recounts the days they touch; the rebuild recounts
 * every day. A day's rows of a source are replaced in one transaction.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'analytics', key: 'checkpoints' });
  const table = () => strapi.db.metadata.get(DAILY_STAT as any);

  async function checkpoints(): Promise<Record<string, Checkpoint | null>> {
    return ((await store().get({})) as Record<string, Checkpoint | null> | null) ?? {};
  }

  /** Replaces the source's metrics on these days with the recount. */
  async function recount(source: AnalyticsSource, days: string[]): Promise<void> {
    const metrics = source.metrics.map((m) => m.name);
    const { tableName, attributes } = table();
    const col = (a: string) => (attributes[a] as { columnName?: string }).columnName ?? a;
    for (let i = 0; i < days.length; i += DAYS_PER_WRITE) {
      const chunk = days.slice(i, i + DAYS_PER_WRITE);
      const rows = (await source.countDays(chunk)).filter((r) => r.value !== 0 && metrics.includes(r.metric));
      await strapi.db.connection.transaction(async (trx) => {
        await trx(tableName).whereIn(col('metric'), metrics).whereIn(col('day'), chunk).delete();
        const now = new Date();
        const records = rows.map((r: StatRow) => ({
          [col('metric')]: r.metric,
          [col('dimension')]: r.dimension,
          [col('day')]: r.day,
          [col('value')]: Math.round(r.value),
          [col('createdAt')]: now,
          [col('updatedAt')]: now,
        }));
        for (let j = 0; j < records.length; j += 500) await trx(tableName).insert(records.slice(j, j + 500));
      });
      await services(strapi).answers.bump();
    }
  }

  return {
    /** Reads every source's changes since its checkpoint and recounts the days they touch. */
    async catchUp(): Promise<CatchUpReport[]> {
      const { batchSize, overlapMs } = analyticsConfig(strapi);
      const saved = await checkpoints();
      const reports: CatchUpReport[] = [];
      for (const source of services(strapi).sources.list()) {
        let checkpoint = saved[source.name] ?? null;
        const report = { source: source.name, rows: 0, days: 0 };
        if (!checkpoint) {
          // A source never read is recounted whole: its history is not a change log.
          checkpoint = await source.latest();
          report.days = await this.rebuildSource(source);
        } else {
          for (let first = true; ; first = false) {
            const batch = await source.changedDays(checkpoint, batchSize, first ? overlapMs : 0);
            if (batch.days.length) await recount(source, batch.days);
            report.rows += batch.rows;
            report.days += batch.days.length;
            checkpoint = batch.checkpoint ?? checkpoint;
            if (!batch.more) break;
          }
        }
        saved[source.name] = checkpoint;
        await store().set({ value: saved });
        reports.push(report);
      }
      return reports;
    },

    /** Recounts every day of one source; returns the number of days. */
    async rebuildSource(source: AnalyticsSource): Promise<number> {
      const days = await source.allDays();
      const metrics = source.metrics.map((m) => m.name);
      const { tableName, attributes } = table();
      const dayCol = (attributes.day as { columnName?: string }).columnName ?? 'day';
      const metricCol = (attributes.metric as { columnName?: string }).columnName ?? 'metric';
      // Days that no longer have source rows lose their aggregates too.
      await strapi.db
        .connection(tableName)
        .whereIn(metricCol, metrics)
        .whereNotIn(dayCol, days.length ? days : [''])
        .delete();
      await services(strapi).answers.bump();
      await recount(source, days);
      return days.length;
    },

    /** `npm run analytics:rebuild`: every source recounted from its tables, checkpoints reset to now. */
    async rebuild(): Promise<CatchUpReport[]> {
      const saved: Record<string, Checkpoint | null> = {};
      const reports: CatchUpReport[] = [];
      for (const source of services(strapi).sources.list()) {
        const checkpoint = await source.latest();
        reports.push({ source: source.name, rows: 0, days: await this.rebuildSource(source) });
        saved[source.name] = checkpoint;
      }
      await store().set({ value: saved });
      return reports;
    },
  };
};
