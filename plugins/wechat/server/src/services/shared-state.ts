import type { Core } from '@strapi/strapi';
import { sharedState, type StateRuntime } from '@wedraw/wechat-protocol';

/** The plugin's tokens, locks, leases and de-duplication keys, under `wechat:` in the platform's Redis (memory in development). */
export default ({ strapi }: { strapi: Core.Strapi }) => sharedState(() => strapi.service('api::platform.runtime') as unknown as StateRuntime, 'wechat');
