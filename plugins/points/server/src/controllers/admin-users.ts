import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { operatorOf, type Ctx } from '../util/context';
import { adjustFromRequest } from '../util/adjustment';
import { service } from '../util/plugin';
import { boundedInt, pagination, paginationMeta, parse } from '../util/validate';
import { toAdminLine, type createAccountView } from '../services/account';
import type { Ledger } from '../services/ledger';
import type { createUserDirectory } from '../services/user-directory';

type AccountView = ReturnType<typeof createAccountView>;

/** `q` empty or absent: every user, highest balance first. */
const searchQuery = pagination.extend({ q: z.string().trim().max(100, '不能超过 100 个字').optional() });
const userParam = z.object({ id: boundedInt(1) });

/** Operator tools: find a user, see the balance and ledger, adjust with a reason. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const view = () => service<AccountView>(strapi, 'account');
  return {
    async search(ctx: Ctx) {
      const { q, ...page } = parse(searchQuery, ctx.query);
      const { rows, total } = await service<ReturnType<typeof createUserDirectory>>(strapi, 'user-directory').find(q, page);
      ctx.body = { data: rows, meta: paginationMeta(page, total) };
    },
    async ledger(ctx: Ctx) {
      const { id } = parse(userParam, ctx.params);
      const page = parse(pagination, ctx.query);
      const [summary, { rows, total }, account] = await Promise.all([view().summary(id), view().lines(id, page), service<Ledger>(strapi, 'ledger').balance(id)]);
      ctx.body = { data: { userId: id, account, summary, lines: rows.map(toAdminLine) }, meta: paginationMeta(page, total) };
    },
    async adjust(ctx: Ctx) {
      const { line, duplicate } = await adjustFromRequest(strapi, ctx.request.body, operatorOf(ctx));
      ctx.status = duplicate ? 200 : 201;
      ctx.body = { data: toAdminLine(line) };
    },
  };
};
