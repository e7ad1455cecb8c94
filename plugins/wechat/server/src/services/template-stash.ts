import type Redis from 'ioredis';

/**
 * A stash for TEMPLATESENDJOBFINISH pushes that arrive before the sender wrote the msgid (Redis,
 * shared by every instance; process memory without Redis in development: one instance).
 */
export interface TemplateStash {
  stash(appId: string, msgid: string, status: string): Promise<void>;
  /** Takes (reads and removes) the stashed statuses of these msgids. */
  takeStashed(appId: string, msgids: string[]): Promise<Map<string, string>>;
}

const STASH_TTL_MS = 3600_000;

export function templateStash(redis: Redis | null, prefix: string): TemplateStash {
  const stashed = new Map<string, { status: string; at: number }>();
  const stashKey = (appId: string, msgid: string) => `${prefix}tplfinish:${appId}:${msgid}`;

  return {
    async stash(appId, msgid, status) {
      if (redis) await redis.set(stashKey(appId, msgid), status, 'PX', STASH_TTL_MS);
      else {
        if (stashed.size > 10_000) stashed.clear();
        stashed.set(stashKey(appId, msgid), { status, at: Date.now() });
      }
    },
    async takeStashed(appId, msgids) {
      const found = new Map<string, string>();
      if (msgids.length === 0) return found;
      const keys = msgids.map((m) => stashKey(appId, m));
      if (redis) {
        const values = await redis.mget(...keys);
        values.forEach((v, i) => v !== null && found.set(msgids[i], v));
        if (found.size) await redis.del(...[...found.keys()].map((m) => stashKey(appId, m)));
      } else {
        keys.forEach((k, i) => {
          const hit = stashed.get(k);
          if (hit && Date.now() - hit.at < STASH_TTL_MS) found.set(msgids[i], hit.status);
          stashed.delete(k);
        });
      }
      return found;
    },
  };
}
