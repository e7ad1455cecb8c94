import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { parse, shanghaiDay } from '@wedraw/kit';
import { DOMAIN_NAMES, type DomainName } from '../lib/domains';
import { services } from '../lib/services';
import type { Chart } from '../services/dashboards';

const MAX_DAYS = 732;
const day = (field: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${field} 必须是日期 YYYY-MM-DD（北京时间）`);

export const domainParams = z.object({ domain: z.enum(DOMAIN_NAMES as [DomainName, ...DomainName[]]) });
export const rangeQuery = z
  .object({
    from: day('from').optional(),
    to: day('to').optional(),
    granularity: z.enum(['day', 'week', 'month']).default('day'),
  })
  .transform((q, ctx) => {
    const to = q.to ?? shanghaiDay();
    const from = q.from ?? shanghaiDay(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000 - 8 * 3600_000);
    const span = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (span < 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['from'], message: 'from 不能晚于 to' });
    if (span >= MAX_DAYS) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['from'], message: `日期范围最多 ${MAX_DAYS} 天` });
    return { ...q, from, to };
  });

/** One table of a chart: a bucket per row, a series per column. */
function csv(charts: Array<Chart & { title: string }>): string {
  const cell = (v: unknown) => {
    const s = String(v ?? '');
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines: string[] = [];
  for (const c of charts) {
    lines.push(cell(c.title), ['日期', ...c.series.map((s) => (s.unit ? `${s.label}（${s.unit}）` : s.label))].map(cell).join(','));
    c.buckets.forEach((b, i) => lines.push([b, ...c.series.map((s) => s.values[i])].map(cell).join(',')));
    lines.push('');
  }
  return `\uFEFF${lines.join('\r\n')}`;
}

/** Dashboard reads, for the admin and for API tokens alike: thin, over `daily-stat` only. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async home(ctx: Context) {
    ctx.type = 'application/json';
    ctx.body = `{"data":${await services(strapi).dashboards.homeText()}}`;
  },
  async domain(ctx: Context) {
    const { domain } = parse(domainParams, ctx.params);
    const q = parse(rangeQuery, ctx.query);
    ctx.type = 'application/json';
    ctx.body = `{"data":${await services(strapi).dashboards.domainText(domain, q.from, q.to, q.granularity)}}`;
  },
  async exportDomain(ctx: Context) {
    const { domain } = parse(domainParams, ctx.params);
    const q = parse(rangeQuery, ctx.query);
    const board = await services(strapi).dashboards.domain(domain, q.from, q.to, q.granularity);
    const name = `${board.title}-${q.from}-${q.to}.csv`;
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="${domain}-${q.from}-${q.to}.csv"; filename*=UTF-8''${encodeURIComponent(name)}`);
    ctx.body = csv(board.charts);
  },
  async rebuild(ctx: Context) {
    ctx.body = { data: await services(strapi).aggregates.rebuild() };
  },
  async catchUp(ctx: Context) {
    ctx.body = { data: await services(strapi).aggregates.catchUp() };
  },
});
