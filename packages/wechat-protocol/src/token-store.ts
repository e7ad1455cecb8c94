import { randomBytes } from 'crypto';
import type { Kv } from './kv';

/** A shared credential (access token or jsapi ticket) and the time after which it must be refreshed. */
export interface Stored {
  value: string;
  /** ms epoch: refresh from here on (ahead of WeChat's real expiry). */
  refreshAt: number;
}

const LOCK_TTL_MS = 15_000;
const WAIT_STEP_MS = 40;
const WAIT_MAX_MS = 15_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Refresh 5 minutes ahead of expiry (half the lifetime when it is shorter than 10 minutes). */
export function refreshAtFor(expiresInSeconds: number, now = Date.now()): number {
  const ahead = expiresInSeconds > 600 ? 300 : expiresInSeconds / 2;
  return now + (expiresInSeconds - ahead) * 1000;
}

/**
 * One value per key shared by every CMS instance. A refresh takes a lock so that exactly one
 * instance calls WeChat; the others wait and then read what it stored.
 */
export class TokenStore {
  constructor(private readonly kv: Kv) {}

  async read(key: string): Promise<Stored | null> {
    const raw = await this.kv.get(key);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as Stored;
    } catch {
      return null;
    }
  }

  /** The current value, or a fresh one when missing, due for refresh, or equal to `rejected`. */
  async current(key: string, fetch: () => Promise<{ value: string; expiresIn: number }>, rejected?: string): Promise<Stored> {
    const usable = (s: Stored | null): s is Stored => !!s && s.refreshAt > Date.now() && s.value !== rejected;
    const found = await this.read(key);
    if (usable(found)) return found;

    const lockKey = `${key}:lock`;
    const owner = randomBytes(8).toString('hex');
    const deadline = Date.now() + WAIT_MAX_MS;
    while (Date.now() < deadline) {
      if (await this.kv.setIfAbsent(lockKey, owner, LOCK_TTL_MS)) {
        try {
          const again = await this.read(key);
          if (usable(again)) return again;
          const fresh = await fetch();
          const stored: Stored = { value: fresh.value, refreshAt: refreshAtFor(fresh.expiresIn) };
          await this.kv.set(key, JSON.stringify(stored), fresh.expiresIn * 1000);
          return stored;
        } finally {
          await this.kv.deleteIfEquals(lockKey, owner);
        }
      }
      await sleep(WAIT_STEP_MS);
      const other = await this.read(key);
      if (usable(other)) return other;
    }
    throw new Error(`timed out waiting for the refresh of ${key}`);
  }
}
