import { serviceAccessor, type Services } from '@wedraw/kit';
import type serviceMap from '../services';

export type OpsServices = Services<typeof serviceMap>;

/** Typed access to the plugin's services: `services(strapi).evaluator.run()`. */
export const services = serviceAccessor<typeof serviceMap>('ops');
