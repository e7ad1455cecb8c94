import type { Core } from '@strapi/strapi';
import type { Ctx } from '../util/context';
import { currentUserId, paginationMeta, parsePaging } from '@wedraw/kit';
import { getService } from '../util/plugin';
import { toLine } from '../services/account';

/** GET /api/points/me and /api/points/me/transactions. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const view = () => getService(strapi, 'account');
  return {
    async summary(ctx: Ctx) {
      ctx.body = { data: await view().summary(currentUserId(ctx)) };
    },
    async transactions(ctx: Ctx) {
      const page = parsePaging(ctx.query);
      const { rows, total } = await view().lines(currentUserId(ctx), page);
      ctx.body = { data: rows.map(toLine), meta: paginationMeta(page, total) };
    },
  };
};
