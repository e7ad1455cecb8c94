/**
 * Typed access to a plugin's services. A plugin lists its services once, in its service map
 * (`server/src/services/index.ts`: name → factory `({strapi}) => service` or a plain object), and
 * derives its getter from that map's type:
 *
 *     import type serviceMap from '../services';
 *     export const services = serviceAccessor<typeof serviceMap>('wechat');
 *     services(strapi).apps.get(appId);          // typed; `services(strapi).nope` does not compile
 *     getService(strapi, 'apps')                 // the same, by name
 */
export type ServiceMap = Record<string, unknown>;

/** What Strapi holds for a map entry: the factory's result, or the object itself. */
export type ServiceOf<E> = E extends (...args: never[]) => infer R ? R : E;

export type Services<M extends ServiceMap> = { readonly [K in keyof M]: ServiceOf<M[K]> };

/** The part of Strapi this needs: `strapi.plugin(name).service(name)`. */
export interface PluginHost {
  plugin(name: string): { service(name: string): unknown } | undefined;
}

function lookup(strapi: PluginHost, plugin: string, name: string): unknown {
  const p = strapi.plugin(plugin);
  if (!p) throw new Error(`plugin ${plugin} is not loaded`);
  const service = p.service(name);
  if (service === undefined) throw new Error(`plugin ${plugin} has no service ${name}`);
  return service;
}

/** `getService(strapi, name)` for one plugin, typed by its service map. */
export function createGetService<M extends ServiceMap>(plugin: string) {
  return <K extends keyof M & string>(strapi: PluginHost, name: K): ServiceOf<M[K]> => lookup(strapi, plugin, name) as ServiceOf<M[K]>;
}

/** `services(strapi).name` for one plugin, typed by its service map (resolved on each access). */
export function serviceAccessor<M extends ServiceMap>(plugin: string) {
  return (strapi: PluginHost): Services<M> =>
    new Proxy({} as Services<M>, {
      // `then` is asked by `await`, never a service name.
      get: (_target, name) => (typeof name === 'string' && name !== 'then' ? lookup(strapi, plugin, name) : undefined),
    });
}
