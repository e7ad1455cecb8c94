import request from 'supertest';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';
import { adminRole, adminToken, adminTokenFor, auth, createSku, createUser, grantPoints, type TestUser } from './helpers';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
}, 120_000);
afterAll(() => cms?.stop());

interface AdminRoute {
  method: string;
  path: string;
  config: { policies: Array<string | { name: string; config?: { actions?: string[] } }> };
}

/** Every admin route of the plugin, as Strapi loaded it (a route added later is covered here too). */
const adminRoutes = () => (cms.strapi.plugin('points').routes as unknown as { admin: { routes: AdminRoute[] } }).admin.routes;
const routeName = (r: AdminRoute) => `${r.method} ${r.path}`;

/** The RBAC action a route's admin::hasPermissions policy requires. */
function actionOf(route: AdminRoute): string {
  const policy = route.config.policies.find((p) => typeof p === 'object' && p.name === 'admin::hasPermissions');
  const actions = typeof policy === 'object' ? (policy.config?.actions ?? []) : [];
  expect([routeName(route), actions.length]).toEqual([routeName(route), 1]);
  return actions[0];
}

let user: TestUser;
let sku: { documentId: string };
/** A fresh order for each move, so every allowed call can succeed. */
async function newOrder(): Promise<string> {
  return (await request(cms.url).post('/api/points/exchanges').set(auth(user.jwt)).send({ sku: sku.documentId, quantity: 1 }).expect(201)).body.data.orderNo;
}
let seq = 0;

/** A valid request for each admin route; a route without one fails the test (add it here). */
const SAMPLES: Record<string, () => Promise<{ url: string; body?: object }>> = {
  'GET /users': async () => ({ url: `/points/users?q=${user.id}` }),
  'GET /users/:id/ledger': async () => ({ url: `/points/users/${user.id}/ledger` }),
  'POST /adjustments': async () => ({ url: '/points/adjustments', body: { user: user.id, delta: 1, reason: '权限测试', idempotencyKey: `perm-${++seq}` } }),
  'GET /orders': async () => ({ url: '/points/orders' }),
  'POST /orders/:orderNo/status': async () => ({ url: `/points/orders/${await newOrder()}/status`, body: { to: 'to_ship' } }),
  'GET /stats/daily': async () => ({ url: '/points/stats/daily' }),
  'GET /verify': async () => ({ url: '/points/verify' }),
};

async function call(route: AdminRoute, token: string) {
  const sample = SAMPLES[routeName(route)];
  if (!sample) throw new Error(`no sample request for ${routeName(route)}: add one to SAMPLES`);
  const { url, body } = await sample();
  const req =
    route.method === 'GET'
      ? request(cms.url).get(url)
      : request(cms.url)
          .post(url)
          .send(body ?? {});
  return req.set(auth(token));
}

beforeAll(async () => {
  user = await createUser(cms.strapi);
  await grantPoints(cms.strapi, user.id, 10_000);
  ({ sku } = await createSku(cms.strapi, { stock: 1000, pointsPrice: 10 }));
});

const registeredActions = async (): Promise<string[]> =>
  (cms.strapi.service('admin::permission').actionProvider.values() as Array<{ actionId: string }>)
    .map((a) => a.actionId)
    .filter((id) => id.startsWith('plugin::points.'));

test('every points admin route requires a registered points action', async () => {
  const registered = await registeredActions();
  expect(registered.sort()).toEqual([
    'plugin::points.orders.read',
    'plugin::points.orders.update',
    'plugin::points.reports.read',
    'plugin::points.users.adjust',
    'plugin::points.users.read',
  ]);
  expect(adminRoutes().length).toBeGreaterThanOrEqual(7);
  for (const route of adminRoutes()) {
    expect(route.config.policies).toContain('admin::isAuthenticatedAdmin');
    expect(registered).toContain(actionOf(route));
  }
});

test('an admin role without the points actions gets 403 on every points admin route, and no points permission for the menu', async () => {
  const token = await adminTokenFor(cms.strapi, cms.url, await adminRole(cms.strapi, '无积分权限', ['plugin::upload.read']));
  for (const route of adminRoutes()) expect([routeName(route), (await call(route, token)).status]).toEqual([routeName(route), 403]);
  const mine = await request(cms.url).get('/admin/users/me/permissions').set(auth(token)).expect(200);
  expect(mine.body.data.map((p: { action: string }) => p.action).filter((a: string) => a.startsWith('plugin::points.'))).toEqual([]);
  for (const route of adminRoutes()) expect((await request(cms.url)[route.method === 'GET' ? 'get' : 'post'](`/points${route.path}`)).status).toBe(401);
});

test("a role holding every points action but a route's own gets 403 on that route", async () => {
  const all = await registeredActions();
  for (const action of all) {
    const token = await adminTokenFor(
      cms.strapi,
      cms.url,
      await adminRole(
        cms.strapi,
        `缺${action}`,
        all.filter((a) => a !== action),
      ),
    );
    for (const route of adminRoutes()) {
      const status = (await call(route, token)).status;
      if (actionOf(route) === action) expect([routeName(route), status]).toEqual([routeName(route), 403]);
      else expect([routeName(route), status < 300]).toEqual([routeName(route), true]);
    }
  }
});

test('a role with the points actions, and the super admin, get through every points admin route', async () => {
  const operator = await adminTokenFor(cms.strapi, cms.url, await adminRole(cms.strapi, '积分运营', await registeredActions()));
  const superAdmin = await adminToken(cms.strapi, cms.url);
  for (const token of [operator, superAdmin]) {
    for (const route of adminRoutes()) {
      const res = await call(route, token);
      expect([routeName(route), res.status]).toEqual([routeName(route), route.method === 'POST' && route.path === '/adjustments' ? 201 : 200]);
    }
  }
  const mine = await request(cms.url).get('/admin/users/me/permissions').set(auth(superAdmin)).expect(200);
  expect(mine.body.data.map((p: { action: string }) => p.action)).toEqual(expect.arrayContaining(await registeredActions()));
});
