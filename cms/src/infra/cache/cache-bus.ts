import type Redis from 'ioredis';
import type { SnapshotCache } from './snapshot-cache';

/**
 * Tells every instance that a cache changed. With Redis it is pub/sub on one channel (each instance
 * holds one subscriber connection); without Redis it is a direct call in this process.
 */
export class CacheBus {
  private readonly caches = new Map<string, SnapshotCache>();
  private readonly listeners = new Map<string, Array<() => void>>();
  private readonly channel: string;

  constructor(
    private readonly publisher: Redis | null,
    private readonly subscriber: Redis | null,
    keyPrefix = 'wedraw:',
  ) {
    this.channel = `${keyPrefix}cache:invalidate`;
    if (subscriber) {
      subscriber.on('message', (channel: string, name: string) => {
        if (channel === this.channel) this.dropLocal(name);
      });
      // Re-subscribe is automatic in ioredis after a reconnect.
      subscriber.subscribe(this.channel).catch(() => undefined);
    }
  }

  register(cache: SnapshotCache): SnapshotCache {
    this.caches.set(cache.name, cache);
    return cache;
  }

  /** Also drop something else held in memory whenever `name` is invalidated (on every instance). */
  onInvalidate(name: string, listener: () => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }

  private dropLocal(name: string): void {
    for (const listener of this.listeners.get(name) ?? []) listener();
    this.caches.get(name)?.dropLocal();
  }

  get(name: string): SnapshotCache | undefined {
    return this.caches.get(name);
  }

  /** Drop `name` (a snapshot cache, or only what its listeners hold) here and on every instance. */
  async invalidate(name: string): Promise<void> {
    const cache = this.caches.get(name);
    if (!cache && !this.listeners.has(name)) return;
    // Listeners first: what they drop (e.g. the category tree) feeds the rebuild of the snapshot.
    for (const listener of this.listeners.get(name) ?? []) listener();
    await cache?.bumpVersion();
    if (this.publisher) await this.publisher.publish(this.channel, name);
  }

  async close(): Promise<void> {
    this.subscriber?.disconnect();
  }
}
