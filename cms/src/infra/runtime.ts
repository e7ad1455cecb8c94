/**
 * Runtime parts chosen from the environment (DESIGN.md "Runtime parts"):
 * Redis when REDIS_URL is set, in-process memory otherwise. Production refuses to run without Redis,
 * because tokens, locks, rate limits and scheduled jobs must be shared by every instance.
 */
export interface RuntimeConfig {
  redisUrl: string | null;
  production: boolean;
  keyPrefix: string;
}

export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const redisUrl = env.REDIS_URL && env.REDIS_URL.trim() !== '' ? env.REDIS_URL.trim() : null;
  const production = env.NODE_ENV === 'production';
  if (production && !redisUrl) {
    throw new Error(
      'WeDraw refuses to start: NODE_ENV=production needs REDIS_URL (queues, caches, locks and rate limits ' +
        'must be shared by every instance). Set REDIS_URL=redis://host:6379, or run without NODE_ENV=production for development.',
    );
  }
  return { redisUrl, production, keyPrefix: env.REDIS_KEY_PREFIX || 'wedraw:' };
}
