import type { Core } from '@strapi/strapi';
import { currentUserId, type Ctx } from '../util/context';
import { service } from '../util/plugin';
import { pagination, paginationMeta, parse } from '../util/validate';
import { toLine, type createAccountView } from '../services/account';

type AccountView = ReturnType<typeof createAccountView>;

/** GET /api/points/me and /api/points/me/transactions. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const view = () => service<AccountView>(strapi, 'account');
  return {
    async summary(ctx: Ctx) {
      ctx.body = { data: await view().summary(currentUserId(ctx)) };
    },
    async transactions(ctx: Ctx) {
      const page = parse(pagination, ctx.query);
      const { rows, total } = await view().lines(currentUserId(ctx), page);
      ctx.body = { data: rows.map(toLine), meta: paginationMeta(page, total) };
    },
  };
};
