import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { Ctx } from '../util/context';
import { DAY_MS, parse, shanghaiDay } from '@wedraw/kit';
import { clock, getService } from '../util/plugin';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '格式为 YYYY-MM-DD');
const rangeQuery = z.object({ from: day.optional(), to: day.optional() });

/** Daily totals issued / spent / expired, and the invariant checker, for operators. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async daily(ctx: Ctx) {
    const q = parse(rangeQuery, ctx.query);
    const now = clock(strapi).now();
    const to = q.to ?? shanghaiDay(now);
    const from = q.from ?? shanghaiDay(new Date(now.getTime() - 29 * DAY_MS));
    ctx.body = { data: await getService(strapi, 'stats').daily(from, to) };
  },
  async verify(ctx: Ctx) {
    ctx.body = { data: await getService(strapi, 'verify').run() };
  },
});
