import type { Core } from '@strapi/strapi';
import { operatorText } from '@wedraw/kit';
import type { Ctx } from '../util/context';
import { adjustFromRequest } from '../util/adjustment';
import { toAdminLine } from '../services/account';

/** POST /api/points/adjustments: privileged (API tokens with the permission; never granted to user roles). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Ctx) {
    const { line, duplicate } = await adjustFromRequest(strapi, ctx.request.body, operatorText(ctx));
    ctx.status = duplicate ? 200 : 201;
    ctx.body = { data: toAdminLine(line) };
  },
});
