import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimitSettings {
  /** Requests per minute per client IP on the whole content API. */
  ipPerMinute: number;
  /** Writes per minute per logged-in user on points, order and address routes. */
  userWritesPerMinute: number;
}

export function readRateLimitSettings(env: NodeJS.ProcessEnv = process.env): RateLimitSettings {
  return {
    ipPerMinute: positiveInt(env.RATE_LIMIT_IP_PER_MINUTE, 600),
    userWritesPerMinute: positiveInt(env.RATE_LIMIT_USER_WRITES_PER_MINUTE, 60),
  };
}

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Rate limits shared by every instance through Redis (rate-limiter-flexible), with an in-memory
 * insurance limiter so a Redis outage degrades to per-instance limits instead of failing requests.
 */
export class RateLimits {
  private readonly ip: RateLimiterAbstract;
  private readonly userWrites: RateLimiterAbstract;

  constructor(readonly settings: RateLimitSettings, redis: Redis | null, keyPrefix = 'wedraw:') {
    this.ip = limiter(redis, `${keyPrefix}rl:ip`, settings.ipPerMinute);
    this.userWrites = limiter(redis, `${keyPrefix}rl:user-writes`, settings.userWritesPerMinute);
  }

  consumeIp(ip: string): Promise<LimitResult> {
    return consume(this.ip, ip);
  }

  consumeUserWrite(userId: string | number): Promise<LimitResult> {
    return consume(this.userWrites, String(userId));
  }
}

function limiter(redis: Redis | null, name: string, points: number): RateLimiterAbstract {
  const base = { keyPrefix: name, points, duration: 60 };
  if (!redis) return new RateLimiterMemory(base);
  return new RateLimiterRedis({
    ...base,
    storeClient: redis,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(base),
  });
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<LimitResult> {
  try {
    await limiter.consume(key);
    return { allowed: true };
  } catch (res) {
    if (res instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    }
    return { allowed: true }; // the store failed and the insurance limiter too: never block on our own fault
  }
}

export function tooManyRequestsBody(retryAfterSeconds: number) {
  return {
    data: null,
    error: {
      status: 429,
      name: 'RateLimitError',
      message: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`,
      details: { retryAfter: retryAfterSeconds },
    },
  };
}
