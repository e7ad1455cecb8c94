import request from 'supertest';
import { readRuntimeConfig } from '../src/infra/runtime';
import { redisAvailable } from './harness/env';
import { startCms, type TestCms } from './harness/strapi';

describe('/health and /metrics with the configured services', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms({ METRICS_TOKEN: 'metrics-secret' });
  });
  afterAll(() => cms?.stop());

  test('reports the database, Redis and the queue', async () => {
    const res = await request(cms.url).get('/health').expect(200);
    expect(res.body).toEqual(
      redisAvailable() ? { status: 'ok', database: 'ok', redis: 'ok', queue: 'ok' } : { status: 'ok', database: 'ok', redis: 'disabled', queue: 'inline' },
    );
  });

  test('/metrics needs the token and speaks Prometheus', async () => {
    await request(cms.url).get('/metrics').expect(401);
    await request(cms.url).get('/api/mall/home').expect(200);
    const res = await request(cms.url).get('/metrics').set('Authorization', 'Bearer metrics-secret').expect(200);
    expect(res.text).toMatch(/wedraw_http_request_duration_seconds_count\{method="GET",route="\/api\/mall\/home",status="200"\} \d+/);
    expect(res.text).toMatch(/wedraw_queue_jobs\{queue="mall",state="waiting"\}/);
  });
});

describe('/health with a wrong REDIS_URL', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startCms({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => cms?.stop());

  test('boots, keeps serving the mall, and reports Redis and the queue down with 503', async () => {
    const res = await request(cms.url).get('/health').expect(503);
    expect(res.body).toEqual({ status: 'error', database: 'ok', redis: 'error', queue: 'error' });
    await request(cms.url).get('/api/goods').expect(200);
  });
});

describe('runtime configuration', () => {
  test('production without Redis refuses to start with a clear message', () => {
    expect(() => readRuntimeConfig({ NODE_ENV: 'production' })).toThrow(/NODE_ENV=production needs REDIS_URL/);
    expect(readRuntimeConfig({ NODE_ENV: 'production', REDIS_URL: 'redis://x:6379' }).redisUrl).toBe('redis://x:6379');
    expect(readRuntimeConfig({}).redisUrl).toBeNull();
  });
});
