import type { Core } from '@strapi/strapi';
import { businessError, fieldError, validationError, type FieldProblem } from '@wedraw/kit';
import { UID } from '../lib/uids';

const VARIABLE = /\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}/g;

export interface TemplateRow {
  id: number;
  documentId: string;
  tenantId: number | null;
  code: string;
  name: string | null;
  channel: string;
  content: Record<string, unknown>;
  variables: string[] | null;
  enabled: boolean;
}

/** Every `{{name}}` in the string values of a content object, each once. */
export function variablesOf(content: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') for (const m of v.matchAll(VARIABLE)) found.add(m[1] as string);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(content);
  return [...found];
}

/** The content with every `{{name}}` replaced by its value (all variables must be present). */
export function render(content: unknown, variables: Record<string, unknown>): Record<string, unknown> {
  const fill = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(VARIABLE, (_, name: string) => String(variables[name]));
    if (Array.isArray(v)) return v.map(fill);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  return fill(content) as Record<string, unknown>;
}

/** Problems of a send's variables against a template: each missing one named (`variables.name`). */
export function missingVariables(template: Pick<TemplateRow, 'content' | 'variables'>, variables: Record<string, unknown>): FieldProblem[] {
  const needed = template.variables?.length ? template.variables : variablesOf(template.content);
  return needed.filter((n) => variables[n] === undefined || variables[n] === null).map((n) => ({ field: `variables.${n}`, message: '缺少模板变量' }));
}

/** Templates: a tenant's own, or global ones (tenant empty); the variable list is derived and checked on save. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The template a tenant may use under this code: its own first, then a global one. */
  async find(tenantId: number, code: string): Promise<TemplateRow | null> {
    const rows = (await strapi.db.query(UID.template).findMany({
      where: { code, enabled: true, $or: [{ tenantId }, { tenantId: null }] },
    })) as TemplateRow[];
    return rows.find((r) => r.tenantId === tenantId) ?? rows[0] ?? null;
  },

  async save(input: { tenantId: number | null; code: string; name?: string; channel: string; content: Record<string, unknown>; variables?: string[] }) {
    const channel = strapi.plugin('messaging').service('channels').get(input.channel);
    if (!channel) throw fieldError('channel', '未知渠道');
    const found = variablesOf(input.content);
    const declared = input.variables ?? found;
    const undeclared = found.filter((v) => !declared.includes(v));
    if (undeclared.length) throw validationError(undeclared.map((v) => ({ field: `variables`, message: `内容使用了未声明的变量 ${v}` })));
    const existing = await strapi.db.query(UID.template).findOne({ where: { code: input.code, tenantId: input.tenantId } });
    const data = { ...input, variables: declared, enabled: true };
    if (existing) return strapi.db.query(UID.template).update({ where: { id: existing.id }, data });
    return strapi.db.query(UID.template).create({ data });
  },

  async list(tenantId?: number) {
    return strapi.db.query(UID.template).findMany({ where: tenantId ? { $or: [{ tenantId }, { tenantId: null }] } : {}, orderBy: { code: 'asc' } });
  },

  async remove(documentId: string) {
    const row = await strapi.db.query(UID.template).findOne({ where: { documentId } });
    if (!row) throw businessError('TemplateNotFound', '模板不存在');
    await strapi.db.query(UID.template).delete({ where: { id: row.id } });
  },
});
