import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { boundedInt, operatorText, paginationMeta, parse, parsePaging } from '@wedraw/kit';
import type { Ctx } from '../util/context';
import { adjustFromRequest } from '../util/adjustment';
import { getService } from '../util/plugin';
import { toAdminLine } from '../services/account';

const searchQuery = z.object({ q: z.string({ required_error: '必填' }).trim().min(1, '请输入用户 id、用户名或邮箱').max(100) });
const userParam = z.object({ id: boundedInt(1) });

/** Operator tools: find a user, see the balance and ledger, adjust with a reason. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const view = () => getService(strapi, 'account');
  return {
    async search(ctx: Ctx) {
      ctx.body = { data: await view().searchUsers(parse(searchQuery, ctx.query).q) };
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
