import { randomUUID } from 'crypto';
import type { Kv } from './kv';

/** What `withLease` answers when another worker holds the key. */
export const HELD_ELSEWHERE = Symbol('held elsewhere');

/**
 * Runs `work` while holding `key` in the shared kv: one holder across instances, the lease renewed
 * every third of `ttlMs` while the work runs and released (only if still ours) when it ends. A
 * holder that dies stops renewing, so another worker can take the key after `ttlMs`.
 */
export async function withLease<T>(kv: Kv, key: string, ttlMs: number, work: () => Promise<T>): Promise<T | typeof HELD_ELSEWHERE> {
  const token = randomUUID();
  if (!(await kv.setIfAbsent(key, token, ttlMs))) return HELD_ELSEWHERE;
  const renew = setInterval(
    () => {
      // A failed renewal is tried again next time; losing the lease only lets another worker resume.
      kv.get(key)
        .then((value) => (value === token ? kv.set(key, token, ttlMs) : undefined))
        .catch(() => undefined);
    },
    Math.max(200, Math.floor(ttlMs / 3)),
  );
  renew.unref?.();
  try {
    return await work();
  } finally {
    clearInterval(renew);
    await kv.deleteIfEquals(key, token);
  }
}
