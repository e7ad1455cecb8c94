import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { fieldError, notFound, parse } from '@wedraw/kit';
import { UID } from '../lib/uids';

export interface Matchers {
  rule?: string;
  level?: string;
  metric?: string;
}
export interface Silence {
  id: number;
  documentId: string;
  matchers: Matchers;
  startsAt: string;
  endsAt: string;
  operator: string | null;
  reason: string;
}

export const silenceInput = z.object({
  matchers: z
    .object({
      rule: z.string().min(1).max(64).optional(),
      level: z.enum(['critical', 'warning', 'info']).optional(),
      metric: z.string().min(1).max(64).optional(),
    })
    .strict(),
  startsAt: z.coerce.date().optional(),
  endsAt: z.coerce.date(),
  reason: z.string().trim().min(1, '必填').max(255),
});

/** An alert matches when every matcher given equals its rule code, level or metric. */
export const matches = (m: Matchers, a: { ruleCode: string; level: string; metric: string }) =>
  (!m.rule || m.rule === a.ruleCode) && (!m.level || m.level === a.level) && (!m.metric || m.metric === a.metric);

/** Silences (静默): matchers + a time window, with who and why; they hold notifications, never the history. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.silence);
  return {
    async active(now = new Date()): Promise<Silence[]> {
      return (await rows().findMany({ where: { startsAt: { $lte: now }, endsAt: { $gt: now } } })) as Silence[];
    },

    async list(): Promise<Silence[]> {
      return (await rows().findMany({ orderBy: { id: 'desc' }, limit: 200 })) as Silence[];
    },

    async create(raw: unknown, operator: string): Promise<Silence> {
      const input = parse(silenceInput, raw);
      if (!input.matchers.rule && !input.matchers.level && !input.matchers.metric) throw fieldError('matchers', '至少填写一个匹配条件');
      const startsAt = input.startsAt ?? new Date();
      if (input.endsAt <= startsAt) throw fieldError('endsAt', '结束时间必须晚于开始时间');
      return (await rows().create({ data: { matchers: input.matchers, startsAt, endsAt: input.endsAt, reason: input.reason, operator } })) as Silence;
    },

    /** Ends a silence now (kept for the record). */
    async expire(documentId: string): Promise<Silence> {
      const row = (await rows().findOne({ where: { documentId } })) as Silence | null;
      if (!row) throw notFound('静默不存在');
      const now = new Date();
      if (new Date(row.endsAt) <= now) return row;
      return (await rows().update({ where: { id: row.id }, data: { endsAt: now } })) as Silence;
    },
  };
};
