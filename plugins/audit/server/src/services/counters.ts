import type { Core } from '@strapi/strapi';
import type Redis from 'ioredis';

/**
 * Expiring counters and single-use values, shared by every instance through Redis (the platform's
 * client); process memory only where the platform runs without Redis (development on SQLite —
 * production refuses to start without it).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const memory = new Map<string, { value: string; until: number }>();
  const redis = () => strapi.service('api::platform.runtime').redis() as Redis | null;
  const key = (name: string) => `${strapi.service('api::platform.runtime').keyPrefix()}audit:${name}`;

  const live = (name: string) => {
    const entry = memory.get(name);
    if (entry && entry.until <= Date.now()) memory.delete(name);
    return memory.get(name);
  };

  return {
    /** Adds one; the window starts at the first increment. Returns the new count. */
    async increment(name: string, ttlS: number): Promise<number> {
      const r = redis();
      if (r) {
        const [[, count], [, ttl]] = (await r.multi().incr(key(name)).ttl(key(name)).exec()) as [[unknown, number], [unknown, number]];
        // -1: no expiry yet (the first failure of a window); any Redis version, unlike EXPIRE NX.
        if (ttl < 0) await r.expire(key(name), ttlS);
        return Number(count);
      }
      const count = Number(live(name)?.value ?? 0) + 1;
      memory.set(name, { value: String(count), until: live(name)?.until ?? Date.now() + ttlS * 1000 });
      return count;
    },

    async count(name: string): Promise<number> {
      const r = redis();
      return Number((r ? await r.get(key(name)) : live(name)?.value) ?? 0);
    },

    async get(name: string): Promise<string | null> {
      const r = redis();
      return r ? r.get(key(name)) : (live(name)?.value ?? null);
    },

    async set(name: string, value: string, ttlS: number): Promise<void> {
      const r = redis();
      if (r) await r.set(key(name), value, 'EX', ttlS);
      else memory.set(name, { value, until: Date.now() + ttlS * 1000 });
    },

    /** Seconds left before the value expires; 0 when there is none. */
    async ttl(name: string): Promise<number> {
      const r = redis();
      if (r) return Math.max(0, await r.ttl(key(name)));
      const entry = live(name);
      return entry ? Math.ceil((entry.until - Date.now()) / 1000) : 0;
    },

    /** Reads and removes in one step: a captcha answer can be tried once. */
    async take(name: string): Promise<string | null> {
      const r = redis();
      if (r) {
        const [[, value]] = (await r.multi().get(key(name)).del(key(name)).exec()) as [[unknown, string | null]];
        return value;
      }
      const entry = live(name);
      memory.delete(name);
      return entry?.value ?? null;
    },

    async remove(...names: string[]): Promise<void> {
      const r = redis();
      if (r) await r.del(...names.map(key));
      else for (const name of names) memory.delete(name);
    },
  };
};
