import request from 'supertest';
import { bootStack, CORP_ID, eventually, stopStack, type Stack } from './helpers';

/** The employees' directory (WeCom H5): members of the corp only, searched and paged, mobiles masked. */
describe('employee directory', () => {
  let stack: Stack;
  let employeeJwt = '';
  let me: { userid: string; name: string; department: number[] };
  const api = () => request(stack.cms.url);
  const asEmployee = (path: string) => api().get(path).set('Authorization', `Bearer ${employeeJwt}`);

  beforeAll(async () => {
    stack = await bootStack();
    const started = await stack.as('post', `/wecom/corps/${CORP_ID}/sync`).expect(202);
    await eventually(
      async () => {
        const run = (await stack.as('get', `/wecom/sync-runs/${started.body.data.documentId}`).expect(200)).body.data;
        return run.status === 'completed' ? run : null;
      },
      60_000,
      200,
    );
    const members = (await stack.admin.wecomMembers(CORP_ID, { limit: 200 })).members;
    me = members.find((m) => m.status === 1 && m.position && m.mobile)!;
    const { code } = await stack.admin.wecomLoginCode(CORP_ID, me.userid);
    employeeJwt = (await api().post('/api/wecom/login').send({ code }).expect(200)).body.jwt;
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('the logged-in employee: name, corp, departments by name', async () => {
    const res = await asEmployee('/api/wecom/employee/me').expect(200);
    expect(res.body.data).toMatchObject({ corpId: CORP_ID, corpName: 'WeDraw 演示企业', userid: me.userid, name: me.name, position: me.position });
    const departments = await stack.cms.strapi.db.query('plugin::wecom.department').findMany({ where: { corpId: CORP_ID, deptId: { $in: me.department } } });
    expect(res.body.data.departments.map((d: { name: string }) => d.name).sort()).toEqual(departments.map((d: { name: string }) => d.name).sort());
    expect(res.body.data.mobile).toBe(`${me.mobile.slice(0, 3)}****${me.mobile.slice(-4)}`);
  });

  test('search by name, userid and department name; paged with the kit', async () => {
    const all = await asEmployee('/api/wecom/employee/members?pageSize=5').expect(200);
    expect(all.body.meta.pagination).toEqual({ page: 1, pageSize: 5, pageCount: 40, total: 200 });
    expect(all.body.data).toHaveLength(5);
    expect(Object.keys(all.body.data[0]).sort()).toEqual(['departments', 'name', 'position', 'userid']);

    const byName = await asEmployee(`/api/wecom/employee/members?q=${encodeURIComponent(me.name)}`).expect(200);
    expect(byName.body.data.map((m: { userid: string }) => m.userid)).toContain(me.userid);
    const byUserid = await asEmployee(`/api/wecom/employee/members?q=${me.userid}`).expect(200);
    expect(byUserid.body.data[0]).toMatchObject({ userid: me.userid, name: me.name });

    // 研发部 has three groups under it: a search by its name finds their members too.
    const rd = await stack.cms.strapi.db.query('plugin::wecom.department').findOne({ where: { corpId: CORP_ID, name: '研发部' } });
    const inRd = (await stack.admin.wecomMembers(CORP_ID, { department: rd.deptId, fetchChild: true, limit: 200 })).total;
    const byDept = await asEmployee(`/api/wecom/employee/members?q=${encodeURIComponent('研发部')}&pageSize=100`).expect(200);
    expect(byDept.body.meta.pagination.total).toBeGreaterThanOrEqual(inRd);
    const onlyRd = await asEmployee(`/api/wecom/employee/members?department=${rd.deptId}&pageSize=100`).expect(200);
    expect(onlyRd.body.meta.pagination.total).toBe(inRd);

    const bad = await asEmployee('/api/wecom/employee/members?pageSize=500').expect(400);
    expect(bad.body.error.message).toContain('pageSize');
  });

  test('member detail: departments, position, the mobile masked; unknown → 404', async () => {
    const res = await asEmployee(`/api/wecom/employee/members/${me.userid}`).expect(200);
    expect(res.body.data).toMatchObject({ userid: me.userid, name: me.name, position: me.position });
    expect(res.body.data.mobile).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(JSON.stringify(res.body)).not.toContain(me.mobile);
    await asEmployee('/api/wecom/employee/members/nobody-here').expect(404);
  });

  test('anyone not linked to a member is refused: a mall user → 403, no token → 403', async () => {
    const registered = await api()
      .post('/api/auth/local/register')
      .send({ username: `visitor${Date.now()}`, email: `visitor${Date.now()}@wedraw.test`, password: 'Passw0rd!123' })
      .expect(200);
    for (const path of ['/api/wecom/employee/me', '/api/wecom/employee/members', `/api/wecom/employee/members/${me.userid}`]) {
      const res = await api().get(path).set('Authorization', `Bearer ${registered.body.jwt}`).expect(403);
      expect(res.body.error).toMatchObject({ name: 'NotAnEmployee', message: '仅企业微信成员可以使用，请用企业微信登录' });
      await api().get(path).expect(403);
    }
  });
});
