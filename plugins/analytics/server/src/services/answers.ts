import type { Core } from '@strapi/strapi';
import type { Redis } from 'ioredis';

const ANSWER_TTL_S = 3600;
const MEMORY_ENTRIES = 500;

/**
 * Computed dashboard answers, cached under the aggregates version. Every write to `daily-stat`
 * (catch-up recount, rebuild) bumps the version after it commits, so an answer cached under an
 * older version is never read again: a stale answer is impossible, not merely short-lived.
 * With Redis the version and the answers are shared by every instance; without Redis (development)
 * they live in process memory.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const runtime = () => strapi.service('api::platform.runtime');
  const redis = () => runtime().redis() as Redis | null;
  const key = (name: string) => `${runtime().keyPrefix()}analytics:${name}`;
  let memoryVersion = 0;
  const memory = new Map<string, string>();

  async function version(): Promise<string> {
    const r = redis();
    if (!r) return String(memoryVersion);
    return (await r.get(key('version'))) ?? '0';
  }

  return {
    version,

    /** Called after every committed write to `daily-stat`. */
    async bump(): Promise<void> {
      const r = redis();
      if (r) await r.incr(key('version'));
      memoryVersion += 1;
      memory.clear();
    },

    /** The answer for these parts under the current version, computed once per version. */
    async get<T>(parts: string[], compute: () => Promise<T>): Promise<T> {
      const r = redis();
      let name: string;
      let hit: string | null | undefined;
      try {
        name = key(`answer:${await version()}:${parts.join(':')}`);
        hit = r ? await r.get(name) : memory.get(name);
      } catch (err) {
        // Redis unreachable: the answer is computed from the aggregates (fresh), and not cached.
        strapi.log.warn(`[analytics] answer cache unavailable: ${(err as Error).message}`);
        return compute();
      }
      if (hit) return JSON.parse(hit) as T;
      const answer = await compute();
      const text = JSON.stringify(answer);
      if (r) await r.set(name, text, 'EX', ANSWER_TTL_S).catch(() => undefined);
      else {
        if (memory.size >= MEMORY_ENTRIES) memory.delete(memory.keys().next().value!);
        memory.set(name, text);
      }
      return answer;
    },
  };
};
