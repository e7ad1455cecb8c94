import type { Core } from '@strapi/strapi';
import { pingRedis } from '../infra/redis';
import type { Platform } from './index';

type PartStatus = 'ok' | 'error';

export interface HealthReport {
  status: 'ok' | 'error';
  database: PartStatus;
  redis: PartStatus | 'disabled';
  queue: PartStatus | 'inline';
}

export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), ms);
      }),
    ]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** /health of API.md: the database, Redis and the queue backend, each checked for real. */
export async function checkHealth(strapi: Core.Strapi, platform: Platform): Promise<HealthReport> {
  const [database, redis, queue] = await Promise.all([
    withDeadline(strapi.db.connection.raw('select 1'), 2000).then(
      () => 'ok' as const,
      () => 'error' as const,
    ),
    platform.redis ? pingRedis(platform.redis, 1000).then((ok) => (ok ? ('ok' as const) : ('error' as const))) : Promise.resolve('disabled' as const),
    withDeadline(platform.queue.health(), 1500).catch(() => 'error' as const),
  ]);
  const status = database === 'ok' && redis !== 'error' && queue !== 'error' ? 'ok' : 'error';
  return { status, database, redis, queue };
}
