import type { Core } from '@strapi/strapi';
import type { Clock } from '../services/clock';

/** A service of this plugin, typed by the caller. */
export function service<T>(strapi: Core.Strapi, name: string): T {
  return strapi.plugin('points').service(name) as T;
}

export function clock(strapi: Core.Strapi): Clock {
  return service<Clock>(strapi, 'clock');
}
