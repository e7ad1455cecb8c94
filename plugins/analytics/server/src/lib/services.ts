import { serviceAccessor } from '@wedraw/kit';
import type serviceMap from '../services';

/** Typed access to the plugin's services: `services(strapi).dashboards.home()`. */
export const services = serviceAccessor<typeof serviceMap>('analytics');
