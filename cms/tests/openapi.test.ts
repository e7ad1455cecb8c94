import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { startCms, type TestCms } from './harness/strapi';

/**
 * The OpenAPI document developers read (cms/public/openapi.json, from `npm run openapi`) must cover
 * every content-API route the running CMS serves: a route added without regenerating fails here.
 */
let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

test('is served at /openapi.json and lists every content-API route', async () => {
  const committed = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'public', 'openapi.json'), 'utf8'));
  const served = await request(cms.url).get('/openapi.json').expect(200);
  expect(served.body.openapi).toMatch(/^3\./);

  const documented = new Set(Object.keys(committed.paths));
  const routes = cms.strapi.server
    .listRoutes()
    .map((layer: { path: string }) => layer.path)
    .filter((p: string) => p.startsWith('/api/') && !p.startsWith('/api/connect') && !p.startsWith('/api/auth') && !p.startsWith('/api/users'))
    .map((p: string) =>
      p
        .replace(/^\/api/, '')
        .replace(/:(\w+)/g, '{$1}')
        .replace(/\(\.\*\)$/, ''),
    );
  const missing = [...new Set(routes)].filter((p) => !documented.has(p));
  expect(missing).toEqual([]);
  for (const p of ['/mall/home', '/goods', '/goods/{documentId}', '/categories/tree', '/zones/{code}/goods', '/banners/{documentId}/click', '/addresses']) {
    expect(documented).toContain(p);
  }
});
