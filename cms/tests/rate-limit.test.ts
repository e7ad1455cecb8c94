import request from 'supertest';
import { createUser } from './harness/mall-fixtures';
import { startCms, type TestCms } from './harness/strapi';

describe('per-IP limit on the content API (no trusted proxy)', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms({ RATE_LIMIT_IP_PER_MINUTE: '5', RATE_LIMIT_USER_WRITES_PER_MINUTE: '3' });
  });
  afterAll(() => cms?.stop());

  test('the 6th request in a minute gets 429 with Retry-After and a Chinese message; X-Forwarded-For is ignored', async () => {
    for (let i = 0; i < 5; i++) {
      await request(cms.url).get('/api/goods').set('X-Forwarded-For', `10.0.0.${i}`).expect(200);
    }
    const res = await request(cms.url).get('/api/mall/home').set('X-Forwarded-For', '10.0.0.99').expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });
    expect(res.body.error.message).toMatch(/请求过于频繁/);
    // Operations endpoints are outside the content API limit.
    await request(cms.url)
      .get('/health')
      .expect((r) => expect([200, 503]).toContain(r.status));
  });
});

describe('behind a trusted proxy', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms({ RATE_LIMIT_IP_PER_MINUTE: '2', TRUST_PROXY: 'true', RATE_LIMIT_USER_WRITES_PER_MINUTE: '3' });
  });
  afterAll(() => cms?.stop());

  test('each client IP from X-Forwarded-For has its own budget', async () => {
    await request(cms.url).get('/api/goods').set('X-Forwarded-For', '203.0.113.1').expect(200);
    await request(cms.url).get('/api/goods').set('X-Forwarded-For', '203.0.113.1').expect(200);
    await request(cms.url).get('/api/goods').set('X-Forwarded-For', '203.0.113.1').expect(429);
    await request(cms.url).get('/api/goods').set('X-Forwarded-For', '203.0.113.2').expect(200);
  });

  test('writes are limited per user, whatever the IP', async () => {
    const user = await createUser(cms.strapi, 'writer');
    const address = { receiver: '张三', phone: '13800138000', detail: '科技园 1 号' };
    for (let i = 0; i < 3; i++) {
      await request(cms.url)
        .post('/api/addresses')
        .set('X-Forwarded-For', `198.51.100.${i}`)
        .set('Authorization', `Bearer ${user.jwt}`)
        .send(address)
        .expect(201);
    }
    const res = await request(cms.url)
      .post('/api/addresses')
      .set('X-Forwarded-For', '198.51.100.50')
      .set('Authorization', `Bearer ${user.jwt}`)
      .send(address)
      .expect(429);
    expect(res.headers['retry-after']).toBeDefined();
    const other = await createUser(cms.strapi, 'other-writer');
    await request(cms.url).post('/api/addresses').set('X-Forwarded-For', '198.51.100.51').set('Authorization', `Bearer ${other.jwt}`).send(address).expect(201);
  });
});

describe('per-IP counting in batches (the hot path pays one store call per batch)', () => {
  test('never refuses below the limit, refuses within 2% above it, then refuses at once', async () => {
    // Imported from the source: this exercises the counting itself, with the in-memory store.
    const { RateLimits } = await import('../src/platform/rate-limits');
    const limits = new RateLimits({ ipPerMinute: 600, userWritesPerMinute: 60 }, null);
    try {
      const verdicts = [];
      for (let i = 0; i < 620; i++) verdicts.push(await limits.consumeIp('192.0.2.7'));
      const firstRefusal = verdicts.findIndex((v) => !v.allowed);
      expect(firstRefusal).toBeGreaterThanOrEqual(600);
      expect(firstRefusal).toBeLessThan(612);
      expect(verdicts.slice(firstRefusal).every((v) => !v.allowed)).toBe(true);
      expect(limits.consumeIp('192.0.2.7')).toMatchObject({ allowed: false }); // answered without a store call
      expect(await limits.consumeIp('192.0.2.8')).toEqual({ allowed: true });
    } finally {
      limits.close();
    }
  });
});
