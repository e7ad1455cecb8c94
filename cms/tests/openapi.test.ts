import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { startCms, type TestCms } from './harness/strapi';
import { conformanceCheck, DOCUMENT_PATH } from './harness/conformance';
import { documentText } from '../src/openapi/files';
import { contentRoutes } from '../src/openapi/routes';

/**
 * The OpenAPI document (cms/public/openapi.json, `npm run openapi`): complete for every operation,
 * regenerated from the routes' own schemas (a stale committed copy fails), and the source of the
 * client types the contract is checked against. Conformance of real traffic runs in every test
 * file through the harness (harness/conformance.ts).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const CLIENT_TYPES = path.join(ROOT, 'packages', 'contract', 'src', 'openapi.ts');
const WRITES = new Set(['post', 'put', 'patch']);
/** Strapi's own plugins: their routes are documented by Strapi (and strapi-routes.ts). */
const STRAPI_PLUGINS = new Set([
  'users-permissions',
  'upload',
  'i18n',
  'email',
  'content-type-builder',
  'content-manager',
  'content-releases',
  'review-workflows',
  'graphql',
]);
const CORE_ACTIONS = new Set(['find', 'findOne', 'create', 'update', 'delete']);

type Json = Record<string, any>;
const committed = (): Json => JSON.parse(fs.readFileSync(DOCUMENT_PATH, 'utf8'));
const operations = (doc: Json) =>
  Object.entries(doc.paths as Json).flatMap(([p, item]) =>
    Object.entries(item as Json).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, method, op: op as Json })),
  );

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
}, 180_000);
afterAll(() => cms?.stop());

test('the committed document is what the code generates now, and /openapi.json serves it', async () => {
  const fresh = documentText(cms.strapi);
  // A route, schema or summary changed without `npm run openapi`: the committed copy is stale.
  expect(JSON.parse(fresh)).toEqual(committed());
  expect(fresh).toBe(fs.readFileSync(DOCUMENT_PATH, 'utf8'));
  const served = await request(cms.url).get('/openapi.json').expect(200);
  expect(served.body).toEqual(committed());
});

test('every operation documents a success schema, its body, its errors and its security', () => {
  const doc = committed();
  const problems: string[] = [];
  for (const { key, method, op } of operations(doc)) {
    const successes = Object.entries(op.responses as Json).filter(([status]) => /^2\d\d$/.test(status));
    if (!successes.length) problems.push(`${key}: no 2xx response`);
    for (const [status, response] of successes) {
      const media = Object.values((response as Json).content ?? {}) as Json[];
      if (status !== '204' && !media.some((m) => m.schema)) problems.push(`${key}: ${status} has no schema`);
    }
    if (WRITES.has(method) && !op.requestBody && !op['x-wedraw-no-body']) problems.push(`${key}: a write without a request body schema (or body: 'none')`);
    for (const media of Object.values((op.requestBody?.content ?? {}) as Json))
      if (!(media as Json).schema) problems.push(`${key}: request body without a schema`);
    for (const [status, response] of Object.entries(op.responses as Json)) {
      if (/^[45]/.test(status) && !(response as Json).$ref && !(response as Json).content?.['application/json']?.schema)
        problems.push(`${key}: ${status} without the error envelope`);
    }
  }
  expect(problems).toEqual([]);
  expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiToken', 'tenantKey', 'userJwt']);
});

test("every route of WeDraw's APIs and plugins carries its documentation (summary in Chinese, callers)", () => {
  const doc = committed();
  const undocumented = contentRoutes(cms.strapi)
    .filter((r) => !STRAPI_PLUGINS.has(r.owner))
    .filter((r) => !CORE_ACTIONS.has(r.handler.split('.').pop() ?? ''))
    .filter((r) => !r.doc || !/[\u4e00-\u9fff]/.test(r.doc.summary) || !doc.paths[r.path]?.[r.method]?.security)
    .map((r) => `${r.method.toUpperCase()} ${r.path} (${r.owner})`);
  expect(undocumented).toEqual([]);
  const exchange = doc.paths['/points/exchanges'].post;
  expect(exchange.summary).toBe('积分兑换商品（下单）');
  expect(exchange.security).toEqual([{ userJwt: [] }]);
  expect(exchange.requestBody.content['application/json'].schema.required).toEqual(['sku', 'quantity']);
  expect(exchange.responses['201'].content['application/json'].schema.properties.data.$ref).toBe('#/components/schemas/ExchangeOrder');
  expect(exchange.responses['409'].content['application/json'].schema.allOf[1].properties.error.properties.name.enum).toEqual(
    expect.arrayContaining(['InsufficientPoints', 'OutOfStock', 'LimitExceeded', 'NotOnShelf']),
  );
  expect(doc.paths['/wechat/callback/{appId}'].post.security).toEqual([{}]);
});

test('the client types generated from the document are committed, and the contract type-checks against them', async () => {
  // openapi-typescript is loaded by Node itself (its dependencies are ES modules Jest cannot require).
  const files = path.join(__dirname, '..', 'dist', 'src', 'openapi', 'files.js');
  const generate = `require(${JSON.stringify(files)}).clientTypesText(require('fs').readFileSync(${JSON.stringify(DOCUMENT_PATH)}, 'utf8')).then((t) => process.stdout.write(t))`;
  expect(execFileSync(process.execPath, ['-e', generate], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).toBe(fs.readFileSync(CLIENT_TYPES, 'utf8'));
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  // api-check.ts holds every contract type (what the H5 and the mini program use) against them.
  execFileSync(process.execPath, [tsc, '--noEmit', '-p', path.join(ROOT, 'packages', 'contract', 'tsconfig.json')], { stdio: 'pipe' });

  // The check bites: a contract that drops a field the document has does not compile.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-drift-'));
  const src = path.join(ROOT, 'packages', 'contract', 'src');
  try {
    fs.writeFileSync(
      path.join(dir, 'drift.ts'),
      `import type { components } from '${src}/openapi';\nimport type { GoodCard } from '${src}/types';\ntype Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;\nexport const drift: Same<Omit<GoodCard, 'sales'>, components['schemas']['GoodCard']> = true;\n`,
    );
    expect(() => execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', path.join(dir, 'drift.ts')], { stdio: 'pipe' })).toThrow();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test('the conformance check refuses an answer the document does not describe', async () => {
  const check = conformanceCheck();
  const answer = (status: number, body: unknown) => {
    const ctx: Json = { method: 'GET', path: '/api/points/me', querystring: '', headers: {}, status, body, response: { type: 'application/json' } };
    return check.middleware(ctx as never, async () => undefined);
  };
  await answer(200, { data: { balance: 10, totalEarned: 10, totalSpent: 0, totalExpired: 0, expiring: null, checkedInToday: false, streak: 0 } });
  expect(check.violations).toEqual([]);
  await answer(200, { data: { balance: '10' } });
  await answer(418, { data: null, error: { status: 418, name: 'Teapot', message: '' } });
  await answer(401, { data: null, error: { status: 401, name: 'Whatever', message: '请先登录' } });
  expect(check.violations).toHaveLength(3);
  expect(check.violations[1]).toMatch(/status not documented/);
});

test("the integrator docs' signed request and its answer are what the document describes", async () => {
  // docs/api.md "Signed requests": the request, the signature recomputed with the message center's
  // own signing code, and the answer checked by the same validator as the test traffic.
  const text = fs.readFileSync(path.join(ROOT, 'docs', 'api.md'), 'utf8');
  const section = text.slice(text.indexOf('## Signed requests'));
  const secret = /secret is `([^`]+)`/.exec(section)![1]!;
  const [req, res] = [...section.matchAll(/```http\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
  const [head, body] = req!.split('\n\n') as [string, string];
  const [requestLine, ...headerLines] = head.split('\n');
  const headers = Object.fromEntries(headerLines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  const [method, url] = requestLine!.split(' ') as [string, string];
  const signatures = require(path.join(ROOT, 'plugins', 'messaging', 'dist', 'server', 'src', 'services', 'signatures.js'));
  const canonical = signatures.canonical(headers['X-WeDraw-Timestamp'], headers['X-WeDraw-Nonce'], method, url, body);
  expect(headers['X-WeDraw-Signature']).toBe(signatures.requestSignature(secret, canonical));
  expect(section).toContain(canonical.split('\n').pop()!);

  const doc = committed();
  const operation = doc.paths[url.replace(/^\/api/, '')][method.toLowerCase()];
  expect(operation.security).toEqual([{ tenantKey: [] }]);
  const documentedHeaders = operation.parameters.filter((p: Json) => p.in === 'header').map((p: Json) => p.name);
  expect(documentedHeaders.sort()).toEqual(
    Object.keys(headers)
      .filter((h) => h.startsWith('X-WeDraw-'))
      .sort(),
  );
  const Ajv2020 = require('ajv/dist/2020').default;
  const ajv = new Ajv2020({ strict: false, validateSchema: false });
  ajv.addSchema(doc, 'openapi.json');
  const validBody = ajv.compile({ $ref: 'openapi.json#/paths/~1messaging~1messages/post/requestBody/content/application~1json/schema' });
  expect(validBody(JSON.parse(body))).toBe(true);

  const [statusLine, ...rest] = res!.split('\n');
  const status = Number(statusLine!.split(' ')[1]);
  const answer = JSON.parse(rest.slice(rest.indexOf('') + 1).join('\n'));
  const check = conformanceCheck();
  const ctx: Json = { method, path: url, status, body: answer, response: { type: 'application/json' } };
  await check.middleware(ctx as never, async () => undefined);
  expect(check.violations).toEqual([]);
  expect(Object.keys(operation.responses)).toContain(String(status));
  // The same check refuses the example once it drifts from the document.
  await check.middleware({ ...ctx, body: { data: { ...answer.data, status: 'queued' } } } as never, async () => undefined);
  expect(check.violations).toHaveLength(1);
});

test('/docs serves Swagger UI from npm (no CDN) on the document, in Chinese', async () => {
  const page = await request(cms.url).get('/docs').expect(200);
  expect(page.text).toContain('<title>WeDraw 接口文档</title>');
  expect(page.text).not.toMatch(/https?:\/\//);
  const scripts = [...page.text.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
  expect(scripts).toEqual(['/docs/assets/swagger-ui-bundle.js', '/docs/zh.js', '/docs/init.js']);
  for (const src of scripts)
    await request(cms.url)
      .get(src)
      .expect(200)
      .expect('Content-Type', /javascript/);
  await request(cms.url).get('/docs/assets/swagger-ui.css').expect(200).expect('Content-Type', /css/);
  await request(cms.url).get('/docs/assets/..%2Fpackage.json').expect(404);
  const init = await request(cms.url).get('/docs/init.js');
  expect(init.text).toContain("url: '/openapi.json'");
  expect(init.text).toContain('tryItOutEnabled: true');
});
