import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Redis } from 'ioredis';

/** How long a write waits at most for every instance to be able to see its new generation. */
const PUBLISH_WAIT_MS = 1000;

/**
 * A cache generation shared by every instance through Redis, changed on any write to `models`: a
 * cached authentication is reused only while the generation it was stored under is current.
 * - A new generation is a random value, never a counter: one seen before a Redis restart cannot come back.
 * - A write waits (at most 1 s) for the new value to reach Redis, so its response comes after
 *   every instance can see it — but only when Redis is connected: an unreachable Redis queues
 *   commands, and writes (Strapi's own at boot among them) must never hang on it.
 * - Redis absent, down, or without a value yet: `current()` is '' and callers reuse nothing.
 */
export function sharedGeneration(strapi: Core.Strapi, name: string, models: string[], onChange: () => void) {
  let local = 0;
  const runtime = () => strapi.service('api::platform.runtime');
  const redis = () => runtime().redis() as Redis | null;
  const key = () => `${runtime().keyPrefix()}analytics:${name}-generation`;
  const fresh = () => randomBytes(8).toString('hex');

  async function current(): Promise<string> {
    const r = redis();
    if (!r) return '';
    const shared = await r.get(key()).catch(() => null);
    if (shared === null) {
      void r.set(key(), fresh(), 'NX').catch(() => undefined);
      return '';
    }
    return `${shared}.${local}`;
  }

  async function bump(): Promise<void> {
    local += 1;
    onChange();
    const r = redis();
    if (!r) return;
    const set = r.set(key(), fresh()).catch(() => undefined);
    if (r.status === 'ready') await Promise.race([set, new Promise((resolve) => setTimeout(resolve, PUBLISH_WAIT_MS).unref())]);
  }

  strapi.db.lifecycles.subscribe({
    models,
    afterCreate: bump,
    afterCreateMany: bump,
    afterUpdate: bump,
    afterUpdateMany: bump,
    afterDelete: bump,
    afterDeleteMany: bump,
  } as any);

  return { current };
}
