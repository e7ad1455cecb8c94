import Redis from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedState } from '../src';

const REDIS_URL = process.env.TEST_REDIS_URL;
const required = process.env.WEDRAW_TEST_SERVICES === 'required';

describe('sharedState', () => {
  it('keeps state in process memory when the platform has no Redis, built once', async () => {
    let reads = 0;
    const state = sharedState(() => {
      reads += 1;
      return { redis: () => null, keyPrefix: () => 'unused:' };
    }, 'wecom');
    await state.kv().set('k', 'v', 1000);
    expect(state.kv().shared).toBe(false);
    expect(await state.kv().get('k')).toBe('v');
    expect(state.tokens()).toBe(state.tokens());
    expect(reads).toBe(1);
  });

  describe.skipIf(!REDIS_URL && !required)('with Redis', () => {
    const redis = new Redis(REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
    const prefix = `wedraw-test-${process.pid}-${Date.now()}:`;
    afterAll(async () => {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    });

    it("writes under the platform's prefix and the plugin's namespace, apart from another plugin's", async () => {
      const runtime = () => ({ redis: () => redis, keyPrefix: () => prefix });
      const wecom = sharedState(runtime, 'wecom');
      const wechat = sharedState(runtime, 'wechat');
      await wecom.kv().set('lock', 'a', 5000);
      expect(wecom.kv().shared).toBe(true);
      expect(await redis.get(`${prefix}wecom:lock`)).toBe('a');
      expect(await wechat.kv().get('lock')).toBeNull();
    });
  });
});
