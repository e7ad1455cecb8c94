import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { fieldError, isUniqueViolation, businessError, notFound, parse } from '@wedraw/kit';
import { opsConfig } from '../config';
import { DEFAULT_RULES } from '../lib/defaults';
import { services } from '../lib/services';
import { UID } from '../lib/uids';

export interface Rule {
  id: number;
  documentId: string;
  code: string;
  name: string;
  metric: string;
  operator: 'gt' | 'gte' | 'lt' | 'lte';
  threshold: number | string;
  forSeconds: number;
  level: 'critical' | 'warning' | 'info';
  /** Channel names; null = routed by level. */
  channels: string[] | null;
  quietMinutes: number;
  enabled: boolean;
  builtin: boolean;
}

/** A built-in rule: created once, routed by level, the operator may edit or switch it off. */
export type BuiltinRule = Pick<Rule, 'code' | 'name' | 'metric' | 'operator' | 'forSeconds' | 'level'> & { threshold: number };

const ruleFields = {
  name: z.string().trim().min(1, '必填').max(100),
  metric: z.string().min(1, '必填').max(64),
  operator: z.enum(['gt', 'gte', 'lt', 'lte']),
  threshold: z.number().finite(),
  forSeconds: z.number().int().min(0).max(86_400),
  level: z.enum(['critical', 'warning', 'info']),
  channels: z.array(z.string().min(1).max(32)).max(8).nullable().default(null),
  quietMinutes: z.number().int().min(1).max(1440).default(5),
  enabled: z.boolean().default(true),
};
export const ruleInput = z.object({ code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, '编码为 2–64 位小写字母、数字或 -'), ...ruleFields }).strict();
export const rulePatch = z.object(ruleFields).partial().strict();

/** Alert rules (告警规则) an operator edits; the built-in ones of seed 003 are created once and may be changed or switched off. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.rule);

  function checkRefs(input: { metric?: string; channels?: string[] | null }) {
    if (input.metric && !services(strapi).metrics.has(input.metric)) throw fieldError('metric', '未知指标');
    const known = (strapi.plugin('messaging')?.service('channels') as { names(): string[] } | undefined)?.names() ?? [];
    for (const [i, c] of (input.channels ?? []).entries()) if (!known.includes(c)) throw fieldError(`channels.${i}`, `未知渠道 ${c}`);
  }

  return {
    list: async () => (await rows().findMany({ orderBy: { id: 'asc' } })) as Rule[],
    enabled: async () => (await rows().findMany({ where: { enabled: true }, orderBy: { id: 'asc' } })) as Rule[],

    /** The built-in rules, created when missing (never overwritten: the operator may have edited them). */
    async ensureDefaults(quietMinutes: number): Promise<void> {
      await this.ensureBuiltin(DEFAULT_RULES, quietMinutes);
    },

    /**
     * Built-in rules another plugin adds on its metrics (from its bootstrap, after `metrics.define`):
     * created when their code is missing, never overwritten.
     */
    async ensureBuiltin(rules: readonly BuiltinRule[], quietMinutes = opsConfig(strapi).quietMinutes): Promise<void> {
      for (const d of rules) {
        if (!services(strapi).metrics.has(d.metric)) throw new Error(`ops: built-in rule ${d.code} watches unknown metric ${d.metric}`);
        if (await rows().findOne({ where: { code: d.code } })) continue;
        try {
          await rows().create({ data: { ...d, channels: null, quietMinutes, enabled: true, builtin: true } });
        } catch (err) {
          if (!isUniqueViolation(err)) throw err; // another instance created it first
        }
      }
    },

    async create(raw: unknown): Promise<Rule> {
      const input = parse(ruleInput, raw);
      checkRefs(input);
      const taken = () => businessError('RuleCodeTaken', `规则编码 ${input.code} 已存在`, { code: input.code });
      if (await rows().findOne({ where: { code: input.code } })) throw taken();
      try {
        return (await rows().create({ data: { ...input, builtin: false } })) as Rule;
      } catch (err) {
        if (isUniqueViolation(err)) throw taken();
        throw err;
      }
    },

    async update(documentId: string, raw: unknown): Promise<Rule> {
      const row = (await rows().findOne({ where: { documentId } })) as Rule | null;
      if (!row) throw notFound('告警规则不存在');
      const input = parse(rulePatch, raw);
      checkRefs(input);
      return (await rows().update({ where: { id: row.id }, data: input })) as Rule;
    },

    /**
     * Deletes an operator's rule; a built-in one (seed 003's defaults) is refused with 409 — it may
     * be switched off instead. Its open alert is closed as resolved; the history stays.
     */
    async remove(documentId: string): Promise<Rule> {
      const row = (await rows().findOne({ where: { documentId } })) as Rule | null;
      if (!row) throw notFound('告警规则不存在');
      if (row.builtin) throw businessError('BuiltinRule', '内置规则不能删除，可以停用', { code: row.code });
      const now = new Date();
      const open = await strapi.db.query(UID.alert).findMany({ where: { ruleCode: row.code, state: { $in: ['pending', 'firing'] } } });
      for (const a of open as Array<{ id: number; state: string }>) {
        await strapi.db.query(UID.alert).update({ where: { id: a.id }, data: { state: 'resolved', resolvedAt: now } });
        await strapi.db.query(UID.event).create({
          data: { alertId: a.id, ruleCode: row.code, fromState: a.state, toState: 'resolved', notification: 'none', detail: '规则已删除', at: now },
        });
      }
      await rows().delete({ where: { id: row.id } });
      return row;
    },
  };
};
