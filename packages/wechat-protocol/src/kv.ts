import type Redis from 'ioredis';

/**
 * The few shared-state operations a WeChat-family plugin needs (tokens, locks, de-duplication):
 * Redis when the platform has it, process memory otherwise (development only: one instance).
 */
export interface Kv {
  readonly shared: boolean;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Sets only when absent; true when this call set it. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Deletes only when the value is still `value` (releasing one's own lock). */
  deleteIfEquals(key: string, value: string): Promise<void>;
}

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export function redisKv(redis: Redis, prefix: string): Kv {
  return {
    shared: true,
    get: (key) => redis.get(prefix + key),
    async set(key, value, ttlMs) {
      await redis.set(prefix + key, value, 'PX', Math.max(1, Math.floor(ttlMs)));
    },
    async setIfAbsent(key, value, ttlMs) {
      return (await redis.set(prefix + key, value, 'PX', Math.max(1, Math.floor(ttlMs)), 'NX')) === 'OK';
    },
    async deleteIfEquals(key, value) {
      await redis.eval(RELEASE, 1, prefix + key, value);
    },
  };
}

export function memoryKv(): Kv {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  const sweep = () => {
    if (entries.size < 10_000) return;
    const now = Date.now();
    for (const [k, e] of entries) if (e.expiresAt <= now) entries.delete(k);
  };
  const live = (key: string) => {
    const e = entries.get(key);
    if (e && e.expiresAt <= Date.now()) entries.delete(key);
    return entries.get(key) ?? null;
  };
  return {
    shared: false,
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, ttlMs) {
      sweep();
      entries.set(key, { value, expiresAt: Date.now() + ttlMs });
    },
    async setIfAbsent(key, value, ttlMs) {
      if (live(key)) return false;
      sweep();
      entries.set(key, { value, expiresAt: Date.now() + ttlMs });
      return true;
    },
    async deleteIfEquals(key, value) {
      if (live(key)?.value === value) entries.delete(key);
    },
  };
}
