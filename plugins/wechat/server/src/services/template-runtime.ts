import type Redis from 'ioredis';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Shared state of template sends: a per-app send rate (a counter per second, across every
 * instance when Redis is there) and a stash for TEMPLATESENDJOBFINISH pushes that arrive before
 * the sender wrote the msgid. Process memory without Redis (development: one instance).
 */
export interface TemplateRuntime {
  /** Waits until the app may send `n` more messages this second. */
  acquire(appId: string, perSecond: number, n: number): Promise<void>;
  stash(appId: string, msgid: string, status: string): Promise<void>;
  /** Takes (reads and removes) the stashed statuses of these msgids. */
  takeStashed(appId: string, msgids: string[]): Promise<Map<string, string>>;
}

const STASH_TTL_MS = 3600_000;

export function templateRuntime(redis: Redis | null, prefix: string): TemplateRuntime {
  const counters = new Map<string, number>();
  const stashed = new Map<string, { status: string; at: number }>();
  const rateKey = (appId: string, second: number) => `${prefix}tplrate:${appId}:${second}`;
  const stashKey = (appId: string, msgid: string) => `${prefix}tplfinish:${appId}:${msgid}`;

  async function count(key: string, by: number): Promise<number> {
    if (redis) {
      const [[, n]] = (await redis.multi().incrby(key, by).pexpire(key, 3000).exec()) as [[unknown, number], unknown];
      return n;
    }
    if (counters.size > 1000) counters.clear();
    const n = (counters.get(key) ?? 0) + by;
    counters.set(key, n);
    return n;
  }

  return {
    async acquire(appId, perSecond, n) {
      for (;;) {
        const now = Date.now();
        if ((await count(rateKey(appId, Math.floor(now / 1000)), n)) <= Math.max(perSecond, n)) return;
        await sleep(1000 - (Date.now() % 1000) + Math.floor(Math.random() * 20));
      }
    },
    async stash(appId, msgid, status) {
      if (redis) await redis.set(stashKey(appId, msgid), status, 'PX', STASH_TTL_MS);
      else stashed.set(stashKey(appId, msgid), { status, at: Date.now() });
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
