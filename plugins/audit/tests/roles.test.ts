import { createHash } from 'crypto';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { mallFixtures } from '../../../cms/tests/harness/mall-fixtures';
import type { TestCms } from '../../../cms/tests/harness/strapi';
import { adminJwt, auth, bootCms } from './helpers';

const PLUGINS = ['points', 'wechat', 'wecom', 'messaging', 'pay', 'ops', 'audit', 'analytics'];
const MALL = ['api::category.category', 'api::good.good', 'api::sku.sku', 'api::banner.banner', 'api::zone.zone', 'api::address.address'];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// POSTs that only read, guarded by a read action: UID suggestions, template previews (render a
// template with sample values), a WeCom corp's secret check (asks WeCom for tokens), the documents a
// bulk publish would validate. Not writes.
const READS_BY_POST = [/\/uid\/(generate|check-availability)$/, /\/actions\/bulkFindForValidation$/, /\/templates\/preview$/, /^\/corps\/:[A-Za-z]+\/check$/];
// What changes without any request: the logs that record the refused ones, the login's session, and
// the upload plugin's usage metrics (written by its own timer after start).
const VOLATILE = [/^audit_/, /^strapi_sessions$/, /^strapi_core_store_settings:plugin_upload_metrics$/];

interface Route {
  method: string;
  path: string;
  config?: { auth?: boolean; prefix?: string };
}

/** Every write route Strapi registered for WeDraw's plugins and the content manager's mall types, as called over HTTP. */
function writeRoutes(strapi: Core.Strapi, ids: Record<string, string>): { method: string; url: string }[] {
  const adminRoutesOf = (name: string): Route[] => {
    const routes = strapi.plugin(name)?.routes as unknown as Record<string, { type?: string; routes: Route[] }> | Route[] | undefined;
    if (!routes) return [];
    if (Array.isArray(routes)) return routes;
    return Object.values(routes).flatMap((g) => (g.type === 'admin' ? g.routes : []));
  };
  const fill = (path: string, uid: string) =>
    path.replace(/:([A-Za-z]+)/g, (_m, name: string) =>
      ['model', 'uid', 'contentType'].includes(name) ? uid : ['documentId', 'id'].includes(name) ? (ids[uid] ?? 'x1') : 'x1',
    );
  const out: { method: string; url: string }[] = [];
  for (const name of PLUGINS) {
    for (const r of adminRoutesOf(name)) {
      if (!WRITES.has(r.method) || r.config?.auth === false || READS_BY_POST.some((re) => re.test(r.path))) continue;
      out.push({ method: r.method, url: `${r.config?.prefix ?? `/${name}`}${fill(r.path, '')}` });
    }
  }
  for (const r of adminRoutesOf('content-manager')) {
    if (!WRITES.has(r.method) || !/:(model|uid|contentType)/.test(r.path) || READS_BY_POST.some((re) => re.test(r.path)) || r.path.startsWith('/components/'))
      continue;
    for (const uid of MALL) out.push({ method: r.method, url: `/content-manager${fill(r.path, uid)}` });
  }
  return out;
}

/** A fingerprint of every table but the volatile ones: any write shows. */
async function fingerprint(strapi: Core.Strapi): Promise<Record<string, string>> {
  const knex = strapi.db.connection;
  const client = String(knex.client.config.client);
  const tables: string[] =
    client === 'sqlite' || client === 'better-sqlite3'
      ? (await knex.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")).map((r: { name: string }) => r.name)
      : (await knex.raw('show tables'))[0].map((r: Record<string, string>) => Object.values(r)[0]);
  const out: Record<string, string> = {};
  for (const t of tables.sort()) {
    const rows = (await knex(t).select('*')) as Record<string, unknown>[];
    const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    // Strapi's key-value store row by row, so that a difference names its key.
    if (t === 'strapi_core_store_settings') for (const row of rows) out[`${t}:${String(row.key)}`] = hash(row);
    else out[t] = hash(rows);
  }
  return Object.fromEntries(Object.entries(out).filter(([name]) => !VOLATILE.some((re) => re.test(name))));
}

describe('role presets and the read-only role', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms();
  }, 180_000);
  afterAll(async () => {
    await cms?.stop();
  });

  const roleId = async (name: string) => (await cms.strapi.db.query('admin::role').findOne({ where: { name } }))?.id as number | undefined;

  test('the presets exist once, with the actions the plugins registered', async () => {
    for (const name of ['运营管理员', '客服', '财务', '只读']) expect(await roleId(name)).toEqual(expect.any(Number));
    const actionsOf = async (name: string) =>
      ((await cms.strapi.db.query('admin::permission').findMany({ where: { role: await roleId(name) } })) as { action: string; subject: string | null }[]).map(
        (p) => `${p.action}${p.subject ? `@${p.subject}` : ''}`,
      );
    const readonly = await actionsOf('只读');
    expect(readonly).toEqual(
      expect.arrayContaining([
        'plugin::points.orders.read',
        'plugin::wechat.fans.read',
        'plugin::audit.operation-logs.read',
        'plugin::content-manager.explorer.read@api::good.good',
      ]),
    );
    expect(readonly.filter((a) => !/\.read(@|$)/.test(a))).toEqual([]);
    const service = await actionsOf('客服');
    expect(service).toEqual(expect.arrayContaining(['plugin::points.orders.update', 'plugin::messaging.messages.send', 'plugin::wechat.fans.read']));
    expect(service).not.toContain('plugin::audit.phone.view-full');
    const ops = await actionsOf('运营管理员');
    expect(ops).toEqual(
      expect.arrayContaining(['plugin::points.users.adjust', 'plugin::wechat.apps.update', 'plugin::content-manager.explorer.update@api::good.good']),
    );

    // Created once: a preset an operator deleted stays deleted.
    await cms.strapi.service('admin::role').deleteByIds([await roleId('财务')]);
    expect(await cms.strapi.plugin('audit').service('presets').ensure()).toEqual([]);
    expect(await roleId('财务')).toBeUndefined();
  });

  test('只读: every admin write route of the plugins and of the mall types answers 403 and changes nothing', async () => {
    const fixtures = mallFixtures(cms.strapi);
    const category = await fixtures.category('只读测试');
    const good = await fixtures.good('只读商品', category, [{ pointsPrice: 10 }]);
    const zone = await fixtures.zone({ name: '只读专区', code: 'readonly-zone' });
    const banner = await fixtures.banner({ title: '只读轮播', linkType: 'external', linkValue: 'https://example.com' });
    const sku = await cms.strapi.db.query('api::sku.sku').findOne({ where: { good: { documentId: good.documentId } } });
    const ids: Record<string, string> = {
      'api::category.category': category.documentId,
      'api::good.good': good.documentId,
      'api::sku.sku': sku.documentId,
      'api::zone.zone': zone.documentId,
      'api::banner.banner': banner.documentId,
    };
    const { jwt } = await adminJwt(cms, (await roleId('只读'))!);
    const routes = writeRoutes(cms.strapi, ids);
    // Enough to be sure the enumeration found the plugins' and the content manager's routes.
    expect(routes.filter((r) => r.url.startsWith('/content-manager/')).length).toBeGreaterThanOrEqual(MALL.length * 5);
    for (const name of ['points', 'wechat', 'wecom', 'messaging', 'audit']) expect(routes.some((r) => r.url.startsWith(`/${name}/`))).toBe(true);

    const before = await fingerprint(cms.strapi);
    const answers: string[] = [];
    for (const r of routes) {
      const call = request(cms.url)[r.method.toLowerCase() as 'post'];
      const res = await call(r.url)
        .set(auth(jwt))
        .send({ name: '改了', title: '改了', documentIds: Object.values(ids) });
      if (res.status !== 403) answers.push(`${r.method} ${r.url} → ${res.status}`);
    }
    expect(answers).toEqual([]);
    expect(await fingerprint(cms.strapi)).toEqual(before);
    // And it still reads.
    await request(cms.url).get('/audit/operation-logs').set(auth(jwt)).expect(200);
    await request(cms.url).get('/content-manager/collection-types/api::good.good').set(auth(jwt)).expect(200);
  });
});
