import type { Core } from '@strapi/strapi';
import { afterCommit } from '../../../mall/invalidation';

/** `strapi.service('api::platform.transactions').afterCommit(fn)`: run fn once the current transaction commits. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  afterCommit(fn: () => void) {
    return afterCommit(strapi, fn);
  },
});
