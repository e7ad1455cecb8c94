import { serviceAccessor, type Services } from '@wedraw/kit';
import type serviceMap from '../services';

export type WecomServices = Services<typeof serviceMap>;

/** Typed access to the plugin's services: `services(strapi).corps.get(corpId)`. */
export const services = serviceAccessor<typeof serviceMap>('wecom');
