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
  /** Requests per IP counted here and not yet sent to the shared store. */
  private readonly pendingIp = new Map<string, number>();
  /** IPs the shared store refused, until their window ends. */
  private readonly blockedIp = new Map<string, number>();
  private readonly ipBatch: number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    readonly settings: RateLimitSettings,
    redis: Redis | null,
    keyPrefix = 'wedraw:',
  ) {
    this.ip = limiter(redis, `${keyPrefix}rl:ip`, settings.ipPerMinute);
    this.userWrites = limiter(redis, `${keyPrefix}rl:user-writes`, settings.userWritesPerMinute);
    // The per-IP check runs on every content-API request, cached home included: send it to the
    // shared store in batches (one call per `ipBatch` requests of an IP) so a hot path does not pay a
    // Redis round trip per request. Each instance may let through at most ipBatch - 1 uncounted
    // requests per IP and window, at most 2% of the limit (12 at the default 600/min); small limits
    // (tests, strict setups) get a batch of 1, i.e. exact.
    this.ipBatch = Math.max(1, Math.min(100, Math.floor(settings.ipPerMinute / 50)));
    this.sweeper = setInterval(() => {
      this.pendingIp.clear();
      const now = Date.now();
      for (const [ip, until] of this.blockedIp) if (until <= now) this.blockedIp.delete(ip);
    }, 60_000);
    this.sweeper.unref();
  }

  /** Synchronous when the answer is known here (the common case): a hot path awaits only a real store call. */
  consumeIp(ip: string): LimitResult | Promise<LimitResult> {
    const now = Date.now();
    const blockedUntil = this.blockedIp.get(ip);
    if (blockedUntil !== undefined) {
      if (blockedUntil > now) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((blockedUntil - now) / 1000)) };
      this.blockedIp.delete(ip);
    }
    const counted = (this.pendingIp.get(ip) ?? 0) + 1;
    if (counted < this.ipBatch) {
      this.pendingIp.set(ip, counted);
      return { allowed: true };
    }
    this.pendingIp.delete(ip);
    return consume(this.ip, ip, counted).then((verdict) => {
      if (!verdict.allowed) this.blockedIp.set(ip, now + verdict.retryAfterSeconds * 1000);
      return verdict;
    });
  }

  close(): void {
    clearInterval(this.sweeper);
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

async function consume(limiter: RateLimiterAbstract, key: string, points = 1): Promise<LimitResult> {
  try {
    await limiter.consume(key, points);
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
