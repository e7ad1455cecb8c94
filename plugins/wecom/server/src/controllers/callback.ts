import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { BodyTooLarge, readRawBody } from '@wedraw/kit';
import { wecomConfig } from '../config';
import { services } from '../lib/services';
import { PushRejected, type PushQuery } from '../services/callback';

function queryOf(ctx: Context): PushQuery {
  const query: PushQuery = {};
  for (const [key, value] of new URLSearchParams(ctx.querystring)) if (!(key in query)) query[key] = value;
  return query;
}

function fail(ctx: Context, status: number, name: string, message: string) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
}

/** WeCom's callback (API.md "WeCom's callbacks"); refusals carry no detail beyond their name. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function guarded(ctx: Context, run: () => Promise<string>) {
    try {
      const body = await run();
      ctx.status = 200;
      ctx.type = 'text/plain';
      ctx.body = body;
    } catch (err) {
      if (err instanceof PushRejected) return fail(ctx, err.status, err.errorName, err.message);
      if (err instanceof BodyTooLarge) return fail(ctx, 413, 'PayloadTooLarge', '消息体过大');
      throw err;
    }
  }
  return {
    async verify(ctx: Context) {
      await guarded(ctx, () => services(strapi).callback.verify(ctx.params.corpId, queryOf(ctx)));
    },
    async receive(ctx: Context) {
      await guarded(ctx, async () =>
        services(strapi).callback.handle(ctx.params.corpId, queryOf(ctx), await readRawBody(ctx, wecomConfig(strapi).callbackBodyLimit)),
      );
    },
  };
};
