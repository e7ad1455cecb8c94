import { serviceAccessor, type Services } from '@wedraw/kit';
import type serviceMap from '../services';

export type WechatServices = Services<typeof serviceMap>;

/** Typed access to the plugin's services: `services(strapi).apps.get(appId)`. */
export const services = serviceAccessor<typeof serviceMap>('wechat');
