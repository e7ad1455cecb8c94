import request from 'supertest';
import { createUser } from '../../../cms/tests/harness/mall-fixtures';
import type { TestCms } from '../../../cms/tests/harness/strapi';
import { adminJwt, auth, bootCms, createAdmin, login, PASSWORD, sleep } from './helpers';

const IDLE_SECONDS = 3;

describe('admin sessions and phone masking', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms({ ADMIN_SESSION_IDLE_SECONDS: String(IDLE_SECONDS), ADMIN_ACCESS_TOKEN_SECONDS: '60' });
  }, 180_000);
  afterAll(async () => {
    await cms?.stop();
  });
  const roleId = async (name: string) => (await cms.strapi.db.query('admin::role').findOne({ where: { name } })).id as number;

  test('a session idle longer than the setting ends; one that renews its token lives on', async () => {
    const email = await createAdmin(cms.strapi);
    const agent = request.agent(cms.url);
    const first = await agent.post('/admin/login').set('X-Forwarded-For', '10.30.0.1').send({ email, password: PASSWORD }).expect(200);
    await agent.get('/admin/users/me').set(auth(first.body.data.token)).expect(200);
    await sleep((IDLE_SECONDS * 1000) / 2);
    // The admin renews its access token while it is used: the idle clock starts again.
    const renewed = await agent.post('/admin/access-token').send({}).expect(200);
    await sleep((IDLE_SECONDS * 1000) / 2 + 300);
    await agent.get('/admin/users/me').set(auth(renewed.body.data.token)).expect(200);
    await sleep(IDLE_SECONDS * 1000 + 300);
    await agent.get('/admin/users/me').set(auth(renewed.body.data.token)).expect(401);
  });

  test('在线管理员 lists the active sessions; force logout ends one at once', async () => {
    const { jwt: watcher } = await adminJwt(cms);
    const email = await createAdmin(cms.strapi);
    const victim = (await login(cms.url, { email, password: PASSWORD, ip: '10.30.0.2' }).expect(200)).body.data.token as string;
    const online = (await request(cms.url).get('/audit/sessions').set(auth(watcher)).expect(200)).body.data as { sessionId: string; email: string }[];
    const session = online.find((s) => s.email === email);
    expect(session).toBeDefined();
    await request(cms.url).delete(`/audit/sessions/${session!.sessionId}`).set(auth(watcher)).expect(200);
    await request(cms.url).get('/admin/users/me').set(auth(victim)).expect(401);
    await request(cms.url).delete(`/audit/sessions/${session!.sessionId}`).set(auth(watcher)).expect(404);
  });

  test('a phone is masked for 客服 and full for the super admin; saving a masked form keeps the number', async () => {
    const user = await createUser(cms.strapi, `phone${Date.now()}`);
    const address = await cms.strapi.documents('api::address.address' as any).create({
      data: { user: user.id, receiver: '张三', phone: '13812341234', province: '广东', city: '深圳', district: '南山', detail: '科技园 1 号' } as any,
    });
    const url = `/content-manager/collection-types/api::address.address/${address.documentId}`;
    const { jwt: service } = await adminJwt(cms, await roleId('客服'));
    const { jwt: superAdmin } = await adminJwt(cms);
    expect((await request(cms.url).get(url).set(auth(service)).expect(200)).body.data.phone).toBe('138****1234');
    const list = await request(cms.url).get('/content-manager/collection-types/api::address.address').set(auth(service)).expect(200);
    expect(list.body.results.map((r: { phone: string }) => r.phone)).toEqual(['138****1234']);
    expect((await request(cms.url).get(url).set(auth(superAdmin)).expect(200)).body.data.phone).toBe('13812341234');

    const { jwt: ops } = await adminJwt(cms, await roleId('运营管理员'));
    const seen = (await request(cms.url).get(url).set(auth(ops)).expect(200)).body.data;
    expect(seen.phone).toBe('138****1234');
    await request(cms.url).put(url).set(auth(ops)).send({ receiver: '李四', phone: seen.phone }).expect(200);
    const stored = await cms.strapi.db.query('api::address.address').findOne({ where: { documentId: address.documentId } });
    expect(stored).toMatchObject({ receiver: '李四', phone: '13812341234' });
  });
});
