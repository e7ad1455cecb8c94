import Redis, { type RedisOptions } from 'ioredis';

/**
 * One place that opens Redis connections, so every part uses the same options:
 * - commands fail fast while Redis is down (no unbounded offline queue), so a request never hangs;
 * - the connection keeps retrying in the background, so the instance heals when Redis comes back.
 */
export function openRedis(url: string, overrides: RedisOptions = {}): Redis {
  const client = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    // Commands issued in the same tick go out in one write: the per-request rate-limit check of
    // many concurrent requests becomes one round trip instead of one each.
    enableAutoPipelining: true,
    ...overrides,
  });
  // ioredis emits 'error' on every failed reconnect; health reports it, the log should not drown in it.
  let lastLogged = 0;
  client.on('error', (err: Error) => {
    const now = Date.now();
    if (now - lastLogged > 30_000) {
      lastLogged = now;
      console.warn(`[redis] ${err.message}`);
    }
  });
  return client;
}

/** Ping with a deadline: used by /health, which must answer even when Redis is unreachable. */
export async function pingRedis(client: Redis, timeoutMs = 1000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const reply = await Promise.race([
      client.ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return reply === 'PONG';
  } catch {
    return false;
  } finally {
    if (timer) clearTimeout(timer);
  }
}
