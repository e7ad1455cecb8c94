import type { Core } from '@strapi/strapi';
import { createGetService } from '@wedraw/kit';
import type serviceMap from '../services';
import type { Clock } from '../services/clock';

/** A service of this plugin by name, typed from the service map (`services/index.ts`). */
export const getService = createGetService<typeof serviceMap>('points');

// Typed by hand: services read the clock, so inferring it from the map would be circular.
export const clock = (strapi: Core.Strapi): Clock => getService(strapi, 'clock') as Clock;
