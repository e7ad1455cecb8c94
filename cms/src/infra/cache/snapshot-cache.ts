import { createHash } from 'crypto';
import type Redis from 'ioredis';

export interface Snapshot {
  /** The pre-serialized JSON response body. */
  body: Buffer;
  etag: string;
  /** Epoch ms after which the snapshot must be rebuilt (e.g. a banner's time window opens or closes). */
  expiresAt: number;
}

export interface BuiltValue {
  value: unknown;
  /** Optional: a moment before the TTL when the value stops being true. */
  validUntil?: number;
}

export interface SnapshotCacheOptions {
  name: string;
  build: () => Promise<BuiltValue>;
  ttlMs: number;
  redis?: Redis | null;
  /** Redis key prefix of this installation (REDIS_KEY_PREFIX). */
  keyPrefix?: string;
}

/**
 * A pre-serialized, versioned snapshot of a read-mostly response (the mall home).
 *
 * Every instance keeps the current snapshot in memory so the hot path is a buffer write. With Redis,
 * the snapshot is shared under a version number: `invalidate()` bumps the version and the cache bus
 * tells every instance to drop its copy; the first instance to need it again builds it once and the
 * others read it from Redis. Without Redis it is the same, in one process.
 */
export class SnapshotCache {
  private local: (Snapshot & { version: number }) | null = null;
  private generation = 0;
  private building: Promise<Snapshot> | null = null;
  private readonly redis: Redis | null;

  constructor(private readonly options: SnapshotCacheOptions) {
    this.redis = options.redis ?? null;
  }

  get name(): string {
    return this.options.name;
  }

  /** The in-memory snapshot when it is still valid: the synchronous fast path. */
  peek(now = Date.now()): Snapshot | null {
    return this.local && this.local.expiresAt > now ? this.local : null;
  }

  async get(): Promise<Snapshot> {
    const fresh = this.peek();
    if (fresh) return fresh;
    if (!this.building) {
      this.building = this.load().finally(() => {
        this.building = null;
      });
    }
    return this.building;
  }

  /** Called through the cache bus on every instance when any instance invalidated this cache. */
  dropLocal(): void {
    this.generation++;
    this.local = null;
  }

  /** Mark the data changed: bumps the shared version. The caller broadcasts through the bus. */
  async bumpVersion(): Promise<void> {
    this.dropLocal();
    await this.shared((redis) => redis.incr(this.key('ver')), 0);
  }

  private key(suffix: string | number): string {
    return `${this.options.keyPrefix ?? 'wedraw:'}cache:${this.options.name}:${suffix}`;
  }

  private async load(): Promise<Snapshot> {
    const generation = this.generation;
    const version = this.redis ? await this.shared(async (redis) => Number((await redis.get(this.key('ver'))) ?? 0), -1) : 0;
    let snapshot = version >= 0 ? await this.shared((redis) => this.readShared(redis, version), null) : null;
    if (!snapshot) {
      const built = await this.buildSnapshot();
      snapshot = built;
      if (version < 0) {
        // Redis is configured but unreachable: serve what we built, keep it only briefly.
        snapshot = { ...built, expiresAt: Math.min(built.expiresAt, Date.now() + 1000) };
      } else {
        const ttl = Math.max(1, built.expiresAt - Date.now());
        await this.shared((redis) => redis.set(this.key(version), `${built.expiresAt}\n${built.body.toString('utf8')}`, 'PX', ttl), null);
      }
    }
    // An invalidation that arrived while we were loading makes this snapshot stale: serve it to the
    // callers already waiting, but do not keep it.
    if (generation === this.generation) this.local = { ...snapshot, version };
    return snapshot;
  }

  /** Run a Redis step; without Redis, or when it fails, answer `fallback` (the cache degrades to memory). */
  private async shared<T>(step: (redis: Redis) => Promise<T>, fallback: T): Promise<T> {
    if (!this.redis) return fallback;
    try {
      return await step(this.redis);
    } catch {
      return fallback;
    }
  }

  private async readShared(redis: Redis, version: number): Promise<Snapshot | null> {
    const raw = await redis.get(this.key(version));
    if (!raw) return null;
    const newline = raw.indexOf('\n');
    const expiresAt = Number(raw.slice(0, newline));
    if (!(expiresAt > Date.now())) return null;
    return toSnapshot(Buffer.from(raw.slice(newline + 1), 'utf8'), expiresAt);
  }

  private async buildSnapshot(): Promise<Snapshot> {
    const built = await this.options.build();
    const ttlEnd = Date.now() + this.options.ttlMs;
    const expiresAt = built.validUntil ? Math.min(built.validUntil, ttlEnd) : ttlEnd;
    return toSnapshot(Buffer.from(JSON.stringify(built.value), 'utf8'), expiresAt);
  }
}

function toSnapshot(body: Buffer, expiresAt: number): Snapshot {
  const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
  return { body, etag, expiresAt };
}
