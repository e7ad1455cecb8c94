import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { boundedInt, operatorText, pagination, paginationMeta, parse, parsePaging } from '@wedraw/kit';
import type { Ctx } from '../util/context';
import { adjustFromRequest } from '../util/adjustment';
import { getService } from '../util/plugin';
import { toAdminLine } from '../services/account';

/** `q` empty or absent: every user, highest balance first. */
const searchQuery = pagination.extend({ q: z.string().trim().max(100, '不能超过 100 个字').optional() });
const userParam = z.object({ id: boundedInt(1) });

/** Operator tools: find a user, see the balance and ledger, adjust with a reason. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const view = () => getService(strapi, 'account');
  return {
    async search(ctx: Ctx) {
      const { q, ...page } = parse(searchQuery, ctx.query);
      const { rows, total } = await getService(strapi, 'user-directory').find(q, page);
      ctx.body = { data: rows, meta: paginationMeta(page, total) };
    },
    async ledger(ctx: Ctx) {
      const { id } = parse(userParam, ctx.params);
      const page = parsePaging(ctx.query);
      const [summary, { rows, total }, account] = await Promise.all([view().summary(id), view().lines(id, page), getService(strapi, 'ledger').balance(id)]);
      ctx.body = { data: { userId: id, account, summary, lines: rows.map(toAdminLine) }, meta: paginationMeta(page, total) };
    },
    async adjust(ctx: Ctx) {
      const { line, duplicate } = await adjustFromRequest(strapi, ctx.request.body, operatorText(ctx));
      ctx.status = duplicate ? 200 : 201;
      ctx.body = { data: toAdminLine(line) };
    },
  };
};
