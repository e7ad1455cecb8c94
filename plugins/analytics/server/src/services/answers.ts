import type { Core } from '@strapi/strapi';
import type { Redis } from 'ioredis';

const ANSWER_TTL_S = 3600;
const MEMORY_ENTRIES = 500;

/**
 * Computed dashboard answers, cached under the aggregates version. Every write to `daily-stat`
 * (catch-up recount, rebuild) bumps the version after it commits, so an answer cached under an
 * older version is never read again: a stale answer is impossible, not merely short-lived.
 * With Redis the version and the answers are shared by every instance (each also keeps the answers
 * it served in memory, under the same versioned names); without Redis (development) only memory.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const runtime = () => strapi.service('api::platform.runtime');
  const redis = () => runtime().redis() as Redis | null;
  const key = (name: string) => `${runtime().keyPrefix()}analytics:${name}`;
  let memoryVersion = 0;
  let highestSeen = 0;
  const memory = new Map<string, string>();

  /** Names carry the version, so an entry of an older version is simply never asked for again. */
  function remember(name: string, text: string): void {
    if (memory.has(name)) return;
    if (memory.size >= MEMORY_ENTRIES) memory.delete(memory.keys().next().value!);
    memory.set(name, text);
  }

  async function version(): Promise<string> {
    const r = redis();
    if (!r) return String(memoryVersion);
    const shared = Number((await r.get(key('version'))) ?? 0);
    // Redis lost its keys (restart without persistence): the version starts over, so must memory.
    if (shared < highestSeen) memory.clear();
    highestSeen = shared;
    return String(shared);
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
      return JSON.parse(await this.text(parts, compute)) as T;
    },

    /**
     * The same answer serialized: what a request writes out as is. A hit costs one Redis read (the
     * version) and a lookup in this process; an answer another instance computed costs one more read.
     */
    async text(parts: string[], compute: () => Promise<unknown>): Promise<string> {
      const r = redis();
      let name: string;
      let hit: string | null | undefined;
      try {
        name = key(`answer:${await version()}:${parts.join(':')}`);
        hit = memory.get(name) ?? (r ? await r.get(name) : undefined);
      } catch (err) {
        // Redis unreachable: the answer is computed from the aggregates (fresh), and not cached.
        strapi.log.warn(`[analytics] answer cache unavailable: ${(err as Error).message}`);
        return JSON.stringify(await compute());
      }
      if (hit) {
        remember(name, hit);
        return hit;
      }
      const text = JSON.stringify(await compute());
      if (r) await r.set(name, text, 'EX', ANSWER_TTL_S).catch(() => undefined);
      remember(name, text);
      return text;
    },
  };
};
