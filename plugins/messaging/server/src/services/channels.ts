import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';
import { ChannelRegistry } from '../channels/registry';
import type { ChannelProvider } from '../channels/types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SETTINGS_TTL_MS = 5000;

interface ChannelSettings {
  /** Channels the operator switched off. */
  disabled: string[];
  /** Per-channel override of the provider's messages per second per account. */
  rates: Record<string, number>;
}

/**
 * The channel registry as a service, with the operator's switches (on/off, rate per account) kept
 * in the plugin store, and the per-account send rate shared by every instance (a Redis counter per
 * second; process memory only in development without Redis).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = new ChannelRegistry();
  const store = () => strapi.store({ type: 'plugin', name: 'messaging', key: 'channels' });
  let cached: { at: number; value: ChannelSettings } | null = null;
  const counters = new Map<string, number>();

  async function settings(): Promise<ChannelSettings> {
    if (cached && Date.now() - cached.at < SETTINGS_TTL_MS) return cached.value;
    const value = ((await store().get({})) as ChannelSettings | null) ?? { disabled: [], rates: {} };
    cached = { at: Date.now(), value: { disabled: value.disabled ?? [], rates: value.rates ?? {} } };
    return cached.value;
  }

  async function count(key: string, n: number): Promise<number> {
    const redis = strapi.service('api::platform.runtime').redis() as Redis | null;
    if (redis) {
      const [[, value]] = (await redis.multi().incrby(key, n).pexpire(key, 3000).exec()) as [[unknown, number], unknown];
      return value;
    }
    if (counters.size > 10_000) counters.clear();
    const value = (counters.get(key) ?? 0) + n;
    counters.set(key, value);
    return value;
  }

  return {
    register: (provider: ChannelProvider) => registry.register(provider),
    get: (name: string) => registry.get(name),
    names: () => registry.names(),
    all: () => registry.list(),

    async enabled(name: string): Promise<boolean> {
      return !(await settings()).disabled.includes(name);
    },

    /** The admin's view: every channel with its switch and rate. */
    async overview() {
      const s = await settings();
      return registry.list().map((p) => ({
        name: p.name,
        label: p.label,
        receipts: p.receipts,
        enabled: !s.disabled.includes(p.name),
        ratePerSecond: s.rates[p.name] ?? p.ratePerSecond,
      }));
    },

    async configure(name: string, change: { enabled?: boolean; ratePerSecond?: number }) {
      const s = await settings();
      const disabled = new Set(s.disabled);
      if (change.enabled === false) disabled.add(name);
      if (change.enabled === true) disabled.delete(name);
      const rates = { ...s.rates, ...(change.ratePerSecond ? { [name]: change.ratePerSecond } : {}) };
      await store().set({ value: { disabled: [...disabled], rates } });
      cached = null;
    },

    /** Waits until this channel account may send n more messages this second. */
    async acquire(channel: string, account: string | null, n: number): Promise<void> {
      const provider = registry.get(channel);
      const perSecond = (await settings()).rates[channel] ?? provider?.ratePerSecond ?? 100;
      const prefix = `${strapi.service('api::platform.runtime').keyPrefix()}messaging:rate:${channel}:${account ?? '-'}`;
      for (;;) {
        if ((await count(`${prefix}:${Math.floor(Date.now() / 1000)}`, n)) <= Math.max(perSecond, n)) return;
        await sleep(1000 - (Date.now() % 1000) + Math.floor(Math.random() * 20));
      }
    },
  };
};
