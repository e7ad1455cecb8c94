import { randomBytes } from 'crypto';
import request from 'supertest';
import type { TestCms } from '../../../cms/tests/harness/strapi';
import { adminJwt, auth, bootCms, eventually, login, PASSWORD } from './helpers';

const OP = 'plugin::audit.operation-log';
const LOGIN = 'plugin::audit.login-log';

/** RFC 4180 rows of a CSV text (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else cell += c;
  }
  if (cell || row.length) endRow();
  return rows;
}

describe('operation logs', () => {
  let cms: TestCms;
  let jwt: string;
  let email: string;
  const secret = (tag: string) => `${tag}-${randomBytes(12).toString('hex')}`;
  const secrets: string[] = [];
  const as = (method: 'post' | 'put' | 'get' | 'delete', path: string) => request(cms.url)[method](path).set(auth(jwt)).set('X-Forwarded-For', '10.20.0.1');
  const flush = () => cms.strapi.plugin('audit').service('logWriter').flush();
  const lines = async () => (
    await flush(),
    (await cms.strapi.db.query(OP).findMany({ where: { adminId: { $notNull: true } }, orderBy: { id: 'asc' } })) as Record<string, any>[]
  );

  beforeAll(async () => {
    cms = await bootCms();
    ({ jwt, email } = await adminJwt(cms));
  }, 180_000);
  afterAll(async () => {
    await cms?.stop();
  });

  test('each kind of admin write gets one line: module and operation in Chinese, masked params, status, duration', async () => {
    // Content manager: create and update a mall type.
    const created = await as('post', '/content-manager/collection-types/api::category.category').send({ name: '审计测试分类', sort: 1 }).expect(201);
    const documentId = created.body.data.documentId as string;
    await as('put', `/content-manager/collection-types/api::category.category/${documentId}`).send({ name: '审计测试分类二' }).expect(200);
    // A plugin route carrying app secrets.
    const [appSecret, token, aesKey] = [
      secret('appsecret'),
      `tok${randomBytes(8).toString('hex')}`,
      randomBytes(32)
        .toString('base64')
        .replace(/[^A-Za-z0-9]/g, 'a')
        .slice(0, 43),
    ];
    secrets.push(appSecret, token, aesKey);
    await as('post', '/wechat/apps')
      .send({
        name: '审计测试公众号',
        kind: 'official',
        appId: `wx${randomBytes(8).toString('hex')}`,
        secret: appSecret,
        token,
        encodingAESKey: aesKey,
        messageMode: 'safe',
      })
      .expect(201);
    // 通知对象 whose recipient is itself a credential (a webhook URL with its secret in the path, a
    // DingTalk robot's token) and a DingTalk 加签 secret: the route marks `to` as secret.
    const [hookSecret, dingtalkToken, signSecret] = [secret('hook'), `dt${randomBytes(10).toString('hex')}`, `SEC${randomBytes(16).toString('hex')}`];
    secrets.push(hookSecret, dingtalkToken, signSecret);
    await as('post', '/ops/targets')
      .send({ name: '审计测试 Webhook', channel: 'webhook', to: `https://hooks.example.test/services/${hookSecret}`, enabled: false })
      .expect(201);
    await as('post', '/ops/targets').send({ name: '审计测试钉钉', channel: 'dingtalk-robot', to: dingtalkToken, signSecret, enabled: false }).expect(201);
    // Settings: an API token, and the admin's own password.
    await as('post', '/admin/api-tokens')
      .send({ name: `审计令牌${randomBytes(2).toString('hex')}`, type: 'read-only', lifespan: null, description: '' })
      .expect(201);
    // Media library upload.
    await as('post', '/upload')
      .field('fileInfo', JSON.stringify({ name: '审计.txt', caption: '审计' }))
      .attach('files', Buffer.from('audit'), { filename: 'audit.txt', contentType: 'text/plain' })
      .expect(201);
    // A refused write is logged too, with its error.
    await as('put', '/audit/settings').send({ retentionDays: 0 }).expect(400);
    // Last: a password change ends the admin's sessions (logged in again with the new one).
    const newPassword = `New!${randomBytes(6).toString('hex')}A1`;
    secrets.push(PASSWORD, newPassword);
    await as('put', '/admin/users/me').send({ currentPassword: PASSWORD, password: newPassword }).expect(200);
    jwt = (await login(cms.url, { email, password: newPassword, ip: '10.20.0.1' }).expect(200)).body.data.token;

    const rows = await lines();
    const find = (method: string, url: RegExp) => rows.find((r) => r.method === method && url.test(r.url));
    expect(find('POST', /api::category/)).toMatchObject({
      module: '内容管理 · 商品分类',
      operation: '新增',
      status: 201,
      result: 'success',
      ip: '10.20.0.1',
      admin: `admin:${rows[0]!.adminId}:${email}`,
    });
    expect(find('PUT', /api::category/)).toMatchObject({ module: '内容管理 · 商品分类', operation: '修改', status: 200 });
    expect(JSON.parse(find('PUT', /api::category/)!.params).body.name).toBe('审计测试分类二');
    const app = find('POST', /^\/wechat\/apps$/)!;
    expect(app).toMatchObject({ module: '微信', operation: '新增', status: 201 });
    expect(JSON.parse(app.params).body).toMatchObject({ name: '审计测试公众号', secret: '***', token: '***', encodingAESKey: '***' });
    const targets = rows.filter((r) => r.method === 'POST' && r.url === '/ops/targets').map((r) => JSON.parse(r.params).body);
    expect(targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '审计测试 Webhook', to: '***' }),
        expect.objectContaining({ name: '审计测试钉钉', to: '***', signSecret: '***' }),
      ]),
    );
    expect(find('POST', /^\/admin\/api-tokens$/)).toMatchObject({ module: 'API 令牌', operation: '新增' });
    expect(JSON.parse(find('PUT', /^\/admin\/users\/me$/)!.params).body).toEqual({ currentPassword: '***', password: '***' });
    const upload = find('POST', /^\/upload/)!;
    expect(upload).toMatchObject({ module: '媒体库', operation: '上传', status: 201 });
    expect(upload.params).toContain('审计.txt');
    expect(find('PUT', /^\/audit\/settings$/)).toMatchObject({
      module: '安全审计',
      result: 'failure',
      status: 400,
      error: expect.stringMatching(/ValidationError/),
    });
    for (const r of rows) expect(r.durationMs).toEqual(expect.any(Number));
  });

  test('no secret that was set appears anywhere in the log tables', async () => {
    await flush();
    const dump = JSON.stringify([await cms.strapi.db.query(OP).findMany({}), await cms.strapi.db.query(LOGIN).findMany({})]);
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    for (const s of secrets) expect(dump).not.toContain(s);
  });

  test('search by admin, module, result and time', async () => {
    const page = async (query: Record<string, string>) => (await as('get', '/audit/operation-logs').query(query).expect(200)).body;
    const all = await page({});
    expect(all.meta.pagination.total).toBeGreaterThanOrEqual(7);
    expect((await page({ module: '内容管理' })).data.every((r: { module: string }) => r.module.startsWith('内容管理'))).toBe(true);
    expect((await page({ module: '内容管理' })).meta.pagination.total).toBe(2);
    expect((await page({ result: 'failure' })).data.map((r: { url: string }) => r.url)).toEqual(['/audit/settings']);
    expect((await page({ admin: email })).meta.pagination.total).toBe(all.meta.pagination.total);
    expect((await page({ admin: 'nobody@else' })).meta.pagination.total).toBe(0);
    expect((await page({ from: new Date(Date.now() + 60_000).toISOString() })).meta.pagination.total).toBe(0);
    expect((await page({ to: new Date().toISOString(), from: new Date(Date.now() - 600_000).toISOString() })).meta.pagination.total).toBe(
      all.meta.pagination.total,
    );
    const bad = await as('get', '/audit/operation-logs').query({ from: 'yesterday' }).expect(400);
    expect(bad.body.error.message).toMatch(/from/);
    const one = all.data[0];
    expect((await as('get', `/audit/operation-logs/${one.id}`).expect(200)).body.data.id).toBe(one.id);
    const logins = (await as('get', '/audit/login-logs').query({ admin: email, result: 'success' }).expect(200)).body;
    // The first login and the one after the password change.
    expect(logins.meta.pagination.total).toBe(2);
  });

  test('CSV export: UTF-8 with BOM, Chinese intact, one row per line', async () => {
    const res = await as('get', '/audit/operation-logs/export')
      .query({ module: '内容管理' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['时间', '管理员', '模块', '操作', '方法', 'URL', 'IP', '参数（已脱敏）', '状态码', '结果', '错误', '耗时（毫秒）']);
    expect(rows).toHaveLength(3);
    expect(
      rows
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual(['修改', '新增']);
    expect(rows.slice(1).every((r) => r[2] === '内容管理 · 商品分类' && r[9] === '成功')).toBe(true);
    expect(rows.some((r) => r[7]!.includes('审计测试分类二'))).toBe(true);
  });

  test('cleanup removes only the lines past retention', async () => {
    const day = 86_400_000;
    const old = { module: '测试', operation: '新增', method: 'POST', url: '/old', result: 'success', status: 200 };
    await cms.strapi.db.query(OP).createMany({
      data: [
        { ...old, at: new Date(Date.now() - 31 * day) },
        { ...old, at: new Date(Date.now() - 29 * day) },
      ],
    });
    await cms.strapi.db.query(LOGIN).createMany({ data: [{ email: 'old@wedraw.test', result: 'failure', at: new Date(Date.now() - 40 * day) }] });
    const recent = await cms.strapi.db.query(OP).count({ where: { url: { $ne: '/old' } } });
    await as('put', '/audit/settings').send({ retentionDays: 30 }).expect(200);
    const res = await as('post', '/audit/cleanup').expect(200);
    expect(res.body.data).toMatchObject({ operationLogs: 1, loginLogs: 1 });
    const kept = (await cms.strapi.db.query(OP).findMany({ where: { url: '/old' } })) as { at: string }[];
    expect(kept).toHaveLength(1);
    expect(Date.now() - new Date(kept[0]!.at).getTime()).toBeLessThan(30 * day);
    expect(await cms.strapi.db.query(OP).count({ where: { url: { $ne: '/old' } } })).toBeGreaterThanOrEqual(recent);
    expect(await cms.strapi.db.query(LOGIN).count({ where: { email: 'old@wedraw.test' } })).toBe(0);
    expect(await cms.strapi.db.query(LOGIN).count({})).toBeGreaterThan(0);
    // The scheduled job runs the same service.
    await eventually(async () => (await cms.strapi.plugin('audit').service('logs').cleanup()).operationLogs === 0);
  });
});
