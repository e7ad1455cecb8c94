import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { wechatConfig } from '../config';
import { BodyTooLarge, readRawBody } from '@wedraw/kit';
import { PushRejected, type PushQuery } from '../services/push-envelope';
import { services } from '../lib/services';
import { UnknownApp } from '../services/callback';

function fail(ctx: Context, status: number, name: string, message: string) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
}

/** The push's query string, first value of each key (plain URLSearchParams: no qs nesting to pay for). */
function queryOf(ctx: Context): PushQuery {
  const query: PushQuery = {};
  for (const [key, value] of new URLSearchParams(ctx.querystring)) if (!(key in query)) query[key] = value;
  return query;
}

/** WeChat's callback (API.md "WeChat's callbacks"); refusals carry no detail beyond their name. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function guarded(ctx: Context, run: () => Promise<string>, type: string) {
    try {
      const body = await run();
      ctx.status = 200;
      ctx.type = type;
      ctx.body = body;
    } catch (err) {
      if (err instanceof PushRejected) return fail(ctx, err.status, err.errorName, err.message);
      if (err instanceof UnknownApp) return fail(ctx, 404, 'NotFound', '没有这个应用');
      if (err instanceof BodyTooLarge) return fail(ctx, 413, 'PayloadTooLarge', '消息体过大');
      throw err;
    }
  }

  return {
    async verify(ctx: Context) {
      await guarded(ctx, () => services(strapi).callback.verify(ctx.params.appId, queryOf(ctx)), 'text/plain');
    },
    async receive(ctx: Context) {
      await guarded(
        ctx,
        async () => services(strapi).callback.handle(ctx.params.appId, queryOf(ctx), await readRawBody(ctx, wechatConfig(strapi).callbackBodyLimit)),
        'application/xml',
      );
    },
  };
};
