import type { Core } from '@strapi/strapi';
import { currentUserId, type Ctx } from '../util/context';
import { service } from '../util/plugin';
import type { createCheckin } from '../services/checkin';

/** POST /api/points/checkin. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async checkIn(ctx: Ctx) {
    ctx.body = { data: await service<ReturnType<typeof createCheckin>>(strapi, 'checkin').checkIn(currentUserId(ctx)) };
  },
});
