import { serviceAccessor, type Services } from '@wedraw/kit';
import type serviceMap from '../services';

export type MessagingServices = Services<typeof serviceMap>;

/** Typed access to the plugin's services: `services(strapi).sending.accept(...)`. */
export const services = serviceAccessor<typeof serviceMap>('messaging');
