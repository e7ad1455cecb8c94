import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';

/** `GET /api/monitor/health` (seed 003): `{status, services:[{name,status}], uptime}`; 503 when a part is down. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async health(ctx: Context) {
    const report = await services(strapi).overview.health();
    ctx.status = report.status === 'down' ? 503 : 200;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = report;
  },
});
