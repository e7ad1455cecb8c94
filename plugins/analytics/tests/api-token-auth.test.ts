import request from 'supertest';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';

/**
 * The dashboards' API-token path reuses Strapi's token check per token for a few seconds: a
 * revoked, re-permissioned or expired token is refused on the next request, a write seen only by
 * another instance (its new generation in Redis) too, and a token that never existed never passes.
 */
jest.setTimeout(240_000);

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms({ ANALYTICS_CATCH_UP_EVERY_MS: '0' });
});
afterAll(async () => cms?.stop());

const HOME = '/api/analytics/home';
const get = (path: string, accessKey: string) => request(cms.url).get(path).set('Authorization', `Bearer ${accessKey}`);
const tokens = () => cms.strapi.service('admin::api-token');

async function create(name: string, permissions = ['plugin::analytics.dashboards.home', 'plugin::analytics.dashboards.domain']) {
  const t = await tokens().create({ name, kind: 'content-api', type: 'custom', lifespan: null, permissions });
  return { id: t.id as number, accessKey: t.accessKey as string };
}

test('a revoked token is refused at once; so is one whose permission was withdrawn', async () => {
  const a = await create('bi-a');
  await get(HOME, a.accessKey).expect(200);
  await get(HOME, a.accessKey).expect(200); // reused
  const used = await cms.strapi.db.query('admin::api-token' as any).findOne({ where: { id: a.id } });
  expect(Date.now() - Date.parse(used.lastUsedAt)).toBeLessThan(60_000); // Strapi's lastUsedAt still written
  await tokens().revoke(a.id);
  await get(HOME, a.accessKey).expect(401);

  const b = await create('bi-b');
  await get('/api/analytics/dashboards/orders', b.accessKey).expect(200);
  await tokens().update(b.id, { permissions: ['plugin::analytics.dashboards.home'] });
  await get('/api/analytics/dashboards/orders', b.accessKey).expect(403);
  await get(HOME, b.accessKey).expect(200);

  await get(HOME, 'not-a-token').expect(401);
  await request(cms.url).get(HOME).expect(403);
});

test("another instance's revocation reaches this one through the generation in Redis", async () => {
  const c = await create('bi-c');
  await get(HOME, c.accessKey).expect(200);
  // The row goes without this instance's lifecycles (as when another instance deletes it): the
  // cached check still answers here…
  const meta = cms.strapi.db.metadata.get('admin::api-token' as any);
  await cms.strapi.db.connection(meta.tableName).where('id', c.id).delete();
  await get(HOME, c.accessKey).expect(200);
  // …until the other instance's write sets a new generation in Redis, as its lifecycle does.
  const runtime = cms.strapi.service('api::platform.runtime');
  await runtime.redis().set(`${runtime.keyPrefix()}analytics:api-token-generation`, 'other-instance');
  await get(HOME, c.accessKey).expect(401);
});

test('an expiring token is refused the moment it expires, cached or not', async () => {
  const d = await create('bi-d');
  await cms.strapi.db.query('admin::api-token' as any).update({ where: { id: d.id }, data: { expiresAt: new Date(Date.now() + 1500) } });
  await get(HOME, d.accessKey).expect(200);
  await get(HOME, d.accessKey).expect(200);
  await new Promise((resolve) => setTimeout(resolve, 1600));
  await get(HOME, d.accessKey).expect(401);
});
