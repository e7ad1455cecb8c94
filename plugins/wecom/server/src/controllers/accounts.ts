import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { notFound, operatorText } from '@wedraw/kit';
import { usableBy, type SendingTenant } from '../lib/tenant-accounts';
import { services } from '../lib/services';

const integratorView = (a: { code: string; kind: string; status: string; lastHeartbeatAt: string | null; onlineSeconds: number; lastError: unknown }) => ({
  code: a.code,
  kind: a.kind,
  status: a.status,
  lastHeartbeatAt: a.lastHeartbeatAt,
  onlineSeconds: a.onlineSeconds,
  lastError: a.lastError,
});

/** The tenant of an integrator request, authenticated by the message center (API.md); 404 without the center. */
async function tenantOf(strapi: Core.Strapi, ctx: Context): Promise<SendingTenant> {
  const auth = strapi.plugin('messaging')?.service('tenantAuth') as { ofRequest(ctx: Context): Promise<SendingTenant> } | undefined;
  if (!auth) throw notFound('未安装消息中心');
  return auth.ofRequest(ctx);
}

/** Sending accounts: the admin's lifecycle actions, and the integrator's read of its own accounts' status (API.md). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const accounts = () => services(strapi).accounts;
  return {
    async list(ctx: Context) {
      ctx.body = { data: await accounts().list() };
    },
    async create(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await accounts().create((ctx.request as { body?: unknown }).body, operatorText(ctx)) };
    },
    async history(ctx: Context) {
      ctx.body = { data: await accounts().history(ctx.params.code) };
    },
    async verify(ctx: Context) {
      ctx.body = { data: await accounts().verify(ctx.params.code, operatorText(ctx)) };
    },
    async offline(ctx: Context) {
      ctx.body = { data: await accounts().takeOffline(ctx.params.code, operatorText(ctx)) };
    },
    async update(ctx: Context) {
      ctx.body = { data: await accounts().update(ctx.params.code, (ctx.request as { body?: unknown }).body, operatorText(ctx)) };
    },
    /** The tenant's own accounts (the built-in tenant's key: every account). */
    async integratorList(ctx: Context) {
      const tenant = await tenantOf(strapi, ctx);
      ctx.body = { data: (await accounts().list()).filter((a) => usableBy(a, tenant)).map(integratorView) };
    },
    /** Another tenant's account is a 404, as if it did not exist. */
    async integratorStatus(ctx: Context) {
      const tenant = await tenantOf(strapi, ctx);
      const account = await accounts().get(ctx.params.code);
      if (!usableBy(account, tenant)) throw notFound('发送账号不存在');
      ctx.body = { data: integratorView(account) };
    },
  };
};
