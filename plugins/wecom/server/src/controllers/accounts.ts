import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { operatorText } from '@wedraw/kit';
import { services } from '../lib/services';

const integratorView = (a: { code: string; kind: string; status: string; lastHeartbeatAt: string | null; onlineSeconds: number; lastError: unknown }) => ({
  code: a.code,
  kind: a.kind,
  status: a.status,
  lastHeartbeatAt: a.lastHeartbeatAt,
  onlineSeconds: a.onlineSeconds,
  lastError: a.lastError,
});

/** Sending accounts: the admin's lifecycle actions, and the integrator's read of status (API.md). */
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
    async integratorList(ctx: Context) {
      ctx.body = { data: (await accounts().list()).map(integratorView) };
    },
    async integratorStatus(ctx: Context) {
      ctx.body = { data: integratorView(await accounts().get(ctx.params.code)) };
    },
  };
};
