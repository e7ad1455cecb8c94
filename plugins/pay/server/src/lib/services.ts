import { serviceAccessor, type Services } from '@wedraw/kit';
import type serviceMap from '../services';

export type PayServices = Services<typeof serviceMap>;

/** Typed access to the plugin's services: `services(strapi).orders.create(...)`. */
export const services = serviceAccessor<typeof serviceMap>('pay');
