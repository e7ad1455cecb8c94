import { factories } from '@strapi/strapi';
import { createZoneViews } from '../../../mall/zone-views';

export default factories.createCoreService('api::zone.zone', ({ strapi }) => ({
  /** Count an opening of the zone's goods page for the visitor's day. 404 for an unknown or disabled zone. */
  recordView(code: string, visitor: string, at?: Date) {
    return createZoneViews(strapi).record(code, visitor, at);
  },
}));
