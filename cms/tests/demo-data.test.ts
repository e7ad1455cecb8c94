import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { loadDemoData } from '../src/seed/demo-data';
import { cmsEnv, createTestDatabase, type TestDatabase } from './harness/env';
import { removeUploads, startCms, type TestCms } from './harness/strapi';

/**
 * The demo data is loaded into a database once: an operator's rename or delete survives every
 * restart of `npm run dev` (which runs `npm run seed`, i.e. cms/scripts/seed.js, before the CMS).
 */
const seedDir = path.resolve(__dirname, '..', '..', 'database', 'seed');
const demo = JSON.parse(fs.readFileSync(path.join(seedDir, 'mall.json'), 'utf8')) as { goods: { title: string }[] };
const SANDBOX = 'http://127.0.0.1:7199';
let database: TestDatabase;
let cms: TestCms | null = null;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  if (cms) {
    await removeUploads(cms.strapi);
    await cms.stop();
  }
  await database.drop();
});

async function adminToken(c: TestCms): Promise<string> {
  const role = await c.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  const email = 'operator@wedraw.test';
  const password = 'Passw0rd!Passw0rd';
  await c.strapi.service('admin::user').create({ email, firstname: 'Op', password, isActive: true, registrationToken: null, roles: [role.id] });
  return (await request(c.url).post('/admin/login').send({ email, password }).expect(200)).body.data.token;
}

const goodsNamed = async (c: TestCms, title: string) =>
  (await c.strapi.db.query('api::good.good').findMany({ where: { title }, populate: ['skus'] })) as { documentId: string; skus: unknown[] }[];
const publicTotal = async (c: TestCms) => (await request(c.url).get('/api/goods?pageSize=1').expect(200)).body.meta.pagination.total as number;

test('loaded once; a renamed good stays renamed and a deleted one stays deleted across restarts', async () => {
  cms = await startCms({}, database);
  const first = await loadDemoData(cms.strapi, seedDir, SANDBOX);
  expect(first.loaded).toBe(true);
  expect(await publicTotal(cms)).toBe(demo.goods.length);

  // An operator renames one good and deletes another in the admin (content manager, over HTTP).
  const token = await adminToken(cms);
  const cm = (method: 'put' | 'delete', documentId: string) =>
    request(cms!.url)[method](`/content-manager/collection-types/api::good.good/${documentId}`).set('Authorization', `Bearer ${token}`);
  const [renamed, removed] = [demo.goods[0]!.title, demo.goods[1]!.title];
  const [target] = await goodsNamed(cms, renamed);
  const skuCount = target!.skus.length;
  await cm('put', target!.documentId).send({ title: '快充充电头（运营改名）' }).expect(200);
  await cm('delete', (await goodsNamed(cms, removed))[0]!.documentId).expect(200);

  // The same process loads again: nothing.
  expect(await loadDemoData(cms.strapi, seedDir, SANDBOX)).toEqual({ loaded: false, since: expect.any(String) });
  await cms.stop();
  cms = null;

  // A restart: `npm run seed` as `npm run dev` runs it, in its own process on the same database
  // (on dist/ as this run compiled it: other suites may be running on it).
  const env = { ...process.env, ...cmsEnv(database) };
  const seed = spawnSync(process.execPath, [path.resolve(__dirname, '..', 'scripts', 'seed.js'), '--no-compile'], {
    cwd: path.resolve(__dirname, '..'),
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(seed.status).toBe(0);
  expect(seed.stdout).toContain('demo data already in this database');
  expect(seed.stdout).not.toContain('"created"');

  cms = await startCms({}, database);
  expect(await goodsNamed(cms, renamed)).toHaveLength(0);
  const kept = await goodsNamed(cms, '快充充电头（运营改名）');
  expect(kept).toHaveLength(1);
  expect(kept[0]!.skus).toHaveLength(skuCount);
  expect(await goodsNamed(cms, removed)).toHaveLength(0);
  expect(await publicTotal(cms)).toBe(demo.goods.length - 1);
  const listed = (await request(cms.url).get('/api/goods').query({ q: '快充充电头', pageSize: 50 }).expect(200)).body.data.map(
    (g: { title: string }) => g.title,
  );
  expect(listed).toEqual(['快充充电头（运营改名）']);
}, 420_000);

test('a database whose mall was filled before the marker existed is left alone; a load cut short resumes', async () => {
  cms ??= await startCms({}, database);
  const store = cms.strapi.store({ type: 'app', name: 'wedraw', key: 'demo-data' });
  const before = await publicTotal(cms);

  await store.delete({});
  expect((await loadDemoData(cms.strapi, seedDir, SANDBOX)).loaded).toBe(false);
  expect(await publicTotal(cms)).toBe(before);

  // A load that died halfway (marker still `loading`) finishes at the next start, adding only what is missing.
  await store.set({ value: { state: 'loading', at: new Date().toISOString() } });
  const zone = await cms.strapi.db.query('api::zone.zone').findOne({ where: { code: 'brand' } });
  await cms.strapi.documents('api::zone.zone').delete({ documentId: zone.documentId });
  const resumed = await loadDemoData(cms.strapi, seedDir, SANDBOX);
  expect(resumed.loaded).toBe(true);
  if (resumed.loaded) expect(resumed.mall.created.zone).toBe(1);
  expect((await loadDemoData(cms.strapi, seedDir, SANDBOX)).loaded).toBe(false);
}, 120_000);
