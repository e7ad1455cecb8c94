import type { Core } from '@strapi/strapi';
import { currentUserId } from '@wedraw/kit';
import type { Ctx } from '../util/context';
import { getService } from '../util/plugin';

/** POST /api/points/checkin. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async checkIn(ctx: Ctx) {
    ctx.body = { data: await getService(strapi, 'checkin').checkIn(currentUserId(ctx)) };
  },
});
