import request from 'supertest';
import type { Core } from '@strapi/strapi';

let seq = 0;

export interface TestUser {
  id: number;
  jwt: string;
}

export async function createUser(strapi: Core.Strapi, name = 'u'): Promise<TestUser> {
  seq++;
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const user = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: `${name}${seq}_${Date.now()}`,
      email: `${name}${seq}_${Date.now()}@example.com`,
      password: 'Passw0rd!',
      provider: 'local',
      confirmed: true,
      role: role.id,
    });
  const jwt = await strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  return { id: user.id, jwt };
}

export async function createUsers(strapi: Core.Strapi, n: number): Promise<TestUser[]> {
  const users: TestUser[] = [];
  for (let i = 0; i < n; i++) users.push(await createUser(strapi));
  return users;
}

export async function createSku(strapi: Core.Strapi, opts: { stock: number; pointsPrice: number; onShelf?: boolean; limit?: number }) {
  const good = await strapi.db.query('api::good.good').create({
    data: { title: `测试商品${++seq}`, onShelf: opts.onShelf ?? true, exchangeLimitPerUser: opts.limit ?? 0 },
  });
  const sku = await strapi.db.query('api::sku.sku').create({
    data: { good: good.id, pointsPrice: opts.pointsPrice, stock: opts.stock, sales: 0, specs: { 颜色: '红' } },
  });
  return { good, sku };
}

export const skuRow = (strapi: Core.Strapi, id: number) => strapi.db.query('api::sku.sku').findOne({ where: { id } });

export const points = (strapi: Core.Strapi) => ({
  ledger: strapi.plugin('points').service('ledger'),
  clock: strapi.plugin('points').service('clock'),
  verify: strapi.plugin('points').service('verify'),
  expiry: strapi.plugin('points').service('expiry'),
  checkin: strapi.plugin('points').service('checkin'),
  rules: strapi.plugin('points').service('rules'),
});

export async function grantPoints(strapi: Core.Strapi, userId: number, amount: number, key = `grant:${userId}:${++seq}`) {
  return points(strapi).ledger.award(userId, amount, { idempotencyKey: key, source: 'test' });
}

export async function setRule(strapi: Core.Strapi, code: string, data: Record<string, unknown>) {
  await strapi.db.query('plugin::points.rule').update({ where: { code }, data });
}

export async function expectVerified(strapi: Core.Strapi) {
  const report = await points(strapi).verify.run();
  expect(report.findings).toEqual([]);
  expect(report.ok).toBe(true);
}

export async function adminToken(strapi: Core.Strapi, url: string): Promise<string> {
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  return adminTokenFor(strapi, url, superAdmin.id);
}

/** Log in over HTTP as a new admin user holding one role; the admin JWT. */
export async function adminTokenFor(strapi: Core.Strapi, url: string, roleId: number): Promise<string> {
  const email = `op${++seq}_${Date.now()}@example.com`;
  await strapi
    .service('admin::user')
    .create({ email, firstname: '运营', lastname: '甲', password: 'Operat0rPass', isActive: true, registrationToken: null, roles: [roleId] });
  const res = await request(url).post('/admin/login').send({ email, password: 'Operat0rPass' }).expect(200);
  return res.body.data.token;
}

/** A new admin role holding exactly these actions (no subject, no conditions). */
export async function adminRole(strapi: Core.Strapi, name: string, actions: string[]): Promise<number> {
  const role = await strapi.service('admin::role').create({ name: `${name}${++seq}`, description: name });
  await strapi.service('admin::role').assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
  );
  return role.id;
}

export const auth = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });
