import { describe, expect, expectTypeOf, it } from 'vitest';
import { createGetService, serviceAccessor, type PluginHost } from '../src';

const clock = () => ({ now: () => new Date(0) });
const ledger = { balance: (user: number) => user * 10 };
type ServiceMap = { clock: typeof clock; ledger: typeof ledger };

const registry: Record<string, Record<string, unknown>> = { points: { clock: clock(), ledger } };
const strapi: PluginHost = { plugin: (name) => (registry[name] ? { service: (s) => registry[name]![s] } : undefined) };

describe('typed services', () => {
  it('getService returns the registered service, typed from the map', () => {
    const getService = createGetService<ServiceMap>('points');
    const c = getService(strapi, 'clock');
    expectTypeOf(c).toEqualTypeOf<{ now: () => Date }>();
    expect(c.now().getTime()).toBe(0);
    expect(getService(strapi, 'ledger').balance(2)).toBe(20);
    // @ts-expect-error a service the map does not list is a type error
    expect(() => getService(strapi, 'orders')).toThrow('plugin points has no service orders');
  });

  it('services(strapi).name is the same, resolved on access', () => {
    const services = serviceAccessor<ServiceMap>('points');
    expect(services(strapi).ledger.balance(3)).toBe(30);
    expectTypeOf(services(strapi).ledger).toEqualTypeOf<typeof ledger>();
    // @ts-expect-error unknown names do not compile
    expect(() => services(strapi).orders).toThrow('no service orders');
    expect(() => serviceAccessor<ServiceMap>('absent')(strapi).clock).toThrow('plugin absent is not loaded');
  });
});
