import { serviceAccessor, type Services } from '@wedraw/kit';
import type serviceMap from '../services';

export type AuditServices = Services<typeof serviceMap>;

/** Typed access to the plugin's services: `services(strapi).loginGuard.state(...)`. */
export const services = serviceAccessor<typeof serviceMap>('audit');
