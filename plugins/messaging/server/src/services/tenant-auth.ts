import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { services } from '../lib/services';
import type { TenantRow } from './tenants';

const UNPARSED = Symbol.for('unparsedBody');

/**
 * The tenant of an integrator request (API.md): its key (401 `InvalidKey`), its status (403
 * `TenantSuspended`) and, when the tenant requires it, the request signature. Every tenant-scoped
 * route of every plugin authenticates here (`strapi.plugin('messaging').service('tenantAuth')`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async ofRequest(ctx: Context): Promise<TenantRow> {
    const { tenant, secret } = await services(strapi).tenants.authenticate(ctx.get('authorization'));
    if (tenant.requireSignature) {
      const body = (ctx.request as unknown as { body?: Record<symbol, unknown> }).body?.[UNPARSED];
      await services(strapi).signatures.verify(tenant.id, secret, {
        method: ctx.method,
        url: ctx.originalUrl,
        body: typeof body === 'string' || Buffer.isBuffer(body) ? body : '',
        headers: ctx.headers,
      });
    }
    return tenant;
  },
});
