import type { Core } from '@strapi/strapi';
import { ensureRules } from './rules';

/** Demo data for `npm run seed`: the built-in rules (idempotent: existing rules are left as operators set them). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed(): Promise<{ rulesCreated: number }> {
    return { rulesCreated: await ensureRules(strapi) };
  },
});
