import request from 'supertest';
import { sealWecomMessage } from '@wedraw/sandbox';
import { bootStack, CORP, CORP_ID, eventually, stopStack, type Stack } from './helpers';

const MEMBERS = 2000;

async function waitForRun(stack: Stack, documentId: string, ms = 60_000) {
  return eventually(
    async () => {
      const run = (await stack.as('get', `/wecom/sync-runs/${documentId}`).expect(200)).body.data;
      return run.status === 'completed' || run.status === 'failed' ? run : null;
    },
    ms,
    200,
  );
}

describe('contacts both ways', () => {
  let stack: Stack;
  const members = () => stack.cms.strapi.db.query('plugin::wecom.member');
  beforeAll(async () => {
    // Small list_id pages, so that members of two departments are split across pages in the fallback.
    stack = await bootStack({ WECOM_SYNC_PAGE: '300' }, { members: MEMBERS });
  }, 180_000);
  afterAll(() => stopStack(stack));

  test(`a full pull mirrors ${MEMBERS} members, the departments and the tags`, async () => {
    const started = await stack.as('post', `/wecom/corps/${CORP_ID}/sync`).expect(202);
    expect(started.body.data).toMatchObject({ status: 'queued', phase: 'departments', resumed: false });
    const run = await waitForRun(stack, started.body.data.documentId);
    // `processed` counts members once, however many departments list them.
    expect(run).toMatchObject({ status: 'completed', departments: 13, processed: MEMBERS, detailMissing: 0, errors: [] });

    const truth = await stack.admin.wecomMembers(CORP_ID, { limit: MEMBERS });
    expect(truth.total).toBe(MEMBERS);
    expect(truth.members.filter((m) => m.department.length > 1).length).toBeGreaterThan(100);
    expect(await members().count({ where: { corpId: CORP_ID } })).toBe(MEMBERS);
    const sample = truth.members.filter((_, i) => i % 97 === 0);
    for (const m of sample) {
      const row = await members().findOne({ where: { corpId: CORP_ID, userid: m.userid } });
      expect(row).toMatchObject({ name: m.name, departments: m.department, status: m.status, position: m.position || null, mobile: m.mobile || null });
    }
    const depts = (await stack.as('get', `/wecom/corps/${CORP_ID}/departments`).expect(200)).body.data;
    expect(depts.map((d: { name: string }) => d.name)).toEqual(expect.arrayContaining(['市场部', '华东大区', '客服中心']));
    const tags = (await stack.as('get', `/wecom/corps/${CORP_ID}/tags`).expect(200)).body.data;
    expect(tags.map((t: { name: string }) => t.name)).toEqual(['门店店长', '消息平台测试组']);

    // Members of a department's subtree (销售部 = 3 with its three regions), paged, as WeCom counts them.
    const page = await stack.as('get', `/wecom/corps/${CORP_ID}/members`).query({ department: 3, pageSize: 5 }).expect(200);
    const inSales = await stack.admin.wecomMembers(CORP_ID, { department: 3, fetchChild: true, limit: 1 });
    expect(page.body.meta.pagination.total).toBe(inSales.total);
  });

  test('a second pull of an unchanged corp writes no duplicate', async () => {
    const started = await stack.as('post', `/wecom/corps/${CORP_ID}/sync`).expect(202);
    await waitForRun(stack, started.body.data.documentId);
    expect(await members().count({ where: { corpId: CORP_ID } })).toBe(MEMBERS);
  });

  /** Every member's departments in the mirror equal WeCom's, each member once. */
  async function expectDepartmentsMirrored() {
    const truth = await stack.admin.wecomMembers(CORP_ID, { limit: MEMBERS });
    const rows = (await members().findMany({ where: { corpId: CORP_ID }, select: ['userid', 'departments', 'detailRead'] })) as {
      userid: string;
      departments: number[];
      detailRead: boolean;
    }[];
    expect(rows).toHaveLength(MEMBERS);
    const mirrored = new Map(rows.map((r) => [r.userid, [...r.departments].sort()]));
    for (const m of truth.members) expect([m.userid, mirrored.get(m.userid)]).toEqual([m.userid, [...m.department].sort()]);
    return rows;
  }

  test('when WeCom refuses detail reads from a new IP (48009), the pull falls back to list_id page by page', async () => {
    await stack.admin.wecomFaults({ corpId: CORP_ID, newIp: true });
    const calls = async () => (await stack.admin.counters())['/cgi-bin/user/list_id']?.calls ?? 0;
    const before = await calls();
    try {
      const started = await stack.as('post', `/wecom/corps/${CORP_ID}/sync`).expect(202);
      const run = await waitForRun(stack, started.body.data.documentId);
      expect(run).toMatchObject({ status: 'completed', departments: 13, processed: MEMBERS, detailMissing: MEMBERS, errors: [] });
    } finally {
      await stack.admin.wecomFaults({ corpId: CORP_ID, newIp: false });
    }
    // one row per (member, department), 300 a page
    expect((await calls()) - before).toBeGreaterThan(MEMBERS / 300);
    const rows = await expectDepartmentsMirrored();
    expect(rows.every((r) => r.detailRead === false)).toBe(true);
    // what an earlier pull read of the member stays
    expect((await members().findOne({ where: { corpId: CORP_ID, userid: rows[0]!.userid } })).name).toBeTruthy();
    expect(await stack.cms.strapi.db.query('plugin::wecom.department').count({ where: { corpId: CORP_ID } })).toBe(13);
  });

  test('out of range (60011) on member details falls back the same way, and a later pull reads the details again', async () => {
    await stack.admin.fault({
      path: '/cgi-bin/user/list',
      appId: CORP_ID,
      errcode: 60011,
      errmsg: 'no privilege to access/modify contact/party/agent',
      times: -1,
    });
    try {
      const started = await stack.as('post', `/wecom/corps/${CORP_ID}/sync`).expect(202);
      const run = await waitForRun(stack, started.body.data.documentId);
      expect(run).toMatchObject({ status: 'completed', processed: MEMBERS, detailMissing: MEMBERS, errors: [] });
    } finally {
      await stack.admin.clearFaults();
    }
    await expectDepartmentsMirrored();

    const again = await stack.as('post', `/wecom/corps/${CORP_ID}/sync`).expect(202);
    expect(await waitForRun(stack, again.body.data.documentId)).toMatchObject({ status: 'completed', processed: MEMBERS, detailMissing: 0 });
    const rows = await expectDepartmentsMirrored();
    expect(rows.every((r) => r.detailRead === true)).toBe(true);
  });

  test("a change made in WeCom's console comes back as a push and is mirrored within 2 s", async () => {
    await stack.admin.wecomConsole(CORP_ID, 'POST', 'members', { userid: 'console_new', name: '控制台新人', department: [2], position: '实习生' });
    const row = await eventually(() => members().findOne({ where: { corpId: CORP_ID, userid: 'console_new' } }), 2000);
    expect(row).toMatchObject({ name: '控制台新人', departments: [2], position: '实习生' });

    await stack.admin.wecomConsole(CORP_ID, 'PATCH', 'members/console_new', { position: '专员' });
    await eventually(async () => (await members().findOne({ where: { userid: 'console_new' } }))?.position === '专员', 2000);

    await stack.admin.wecomConsole(CORP_ID, 'POST', 'departments', { name: '控制台部门', parentid: 1 });
    await eventually(() => stack.cms.strapi.db.query('plugin::wecom.department').findOne({ where: { corpId: CORP_ID, name: '控制台部门' } }), 2000);

    await stack.admin.wecomConsole(CORP_ID, 'DELETE', 'members/console_new');
    await eventually(async () => (await members().count({ where: { userid: 'console_new' } })) === 0, 2000);
  });

  test('user and tag events in any order converge', async () => {
    await stack.admin.call('POST', `/_sandbox/wecom/${CORP_ID}/console/batch`, {
      order: 'reverse',
      actions: [
        { method: 'POST', path: 'members', body: { userid: 'order_test', name: '乱序测试', department: [13] } },
        { method: 'POST', path: 'tags/1/members', body: { addUsers: ['order_test'] } },
      ],
    });
    await eventually(async () => {
      const tag = await stack.cms.strapi.db.query('plugin::wecom.tag').findOne({ where: { corpId: CORP_ID, tagId: 1 } });
      const member = await members().findOne({ where: { userid: 'order_test' } });
      return member?.name === '乱序测试' && tag?.userIds.includes('order_test');
    }, 2000);
  });

  test('edits in WeDraw go to WeCom first and are not echoed back as pushes', async () => {
    const pushesBefore = (await stack.admin.wecomPushes({ corpId: CORP_ID })).length;
    const made = await stack.as('post', `/wecom/corps/${CORP_ID}/departments`).send({ name: '直播运营部', parentId: 2 });
    expect(made.body.error ?? null).toBeNull();
    expect(made.status).toBe(201);
    const id = made.body.data.id as number;
    expect((await stack.admin.wecomDepartments(CORP_ID)).find((d) => d.id === id)).toMatchObject({ name: '直播运营部', parentid: 2 });

    await stack.as('put', `/wecom/corps/${CORP_ID}/departments/${id}`).send({ name: '直播中心', parentId: 1 }).expect(200);
    expect((await stack.admin.wecomDepartments(CORP_ID)).find((d) => d.id === id)).toMatchObject({ name: '直播中心', parentid: 1 });

    const member = await stack
      .as('post', `/wecom/corps/${CORP_ID}/members`)
      .send({ userid: 'live_host', name: '主播小王', departments: [id], mobile: '19999990001' })
      .expect(201);
    expect(member.body.data).toMatchObject({ userid: 'live_host', name: '主播小王', department: [id] });
    await stack.as('put', `/wecom/corps/${CORP_ID}/members/live_host`).send({ position: '主播' }).expect(200);
    expect((await stack.admin.wecomMembers(CORP_ID, { q: 'live_host' })).members[0]).toMatchObject({ position: '主播' });
    expect(await members().findOne({ where: { userid: 'live_host' } })).toMatchObject({ position: '主播', departments: [id] });

    const tagged = await stack
      .as('post', `/wecom/corps/${CORP_ID}/tags/1/members`)
      .send({ add: ['live_host', 'nobody_here'] })
      .expect(200);
    expect(tagged.body.data.userIds).toContain('live_host');
    expect(tagged.body.data.invalid).toEqual(['nobody_here']);

    // A department with a member cannot go (WeCom's 60005); after 离职 it can.
    const refused = await stack.as('delete', `/wecom/corps/${CORP_ID}/departments/${id}`).expect(409);
    expect(refused.body.error).toMatchObject({ name: 'WecomRefused', details: { errcode: 60005 } });
    await stack.as('delete', `/wecom/corps/${CORP_ID}/members/live_host`).expect(204);
    await stack.as('delete', `/wecom/corps/${CORP_ID}/departments/${id}`).expect(204);
    expect((await stack.admin.wecomDepartments(CORP_ID)).some((d) => d.id === id)).toBe(false);
    expect(await stack.cms.strapi.db.query('plugin::wecom.department').count({ where: { corpId: CORP_ID, deptId: id } })).toBe(0);

    await new Promise((r) => setTimeout(r, 300));
    expect((await stack.admin.wecomPushes({ corpId: CORP_ID })).length).toBe(pushesBefore);
  });

  test('bad edits are refused before WeCom is asked, naming the field', async () => {
    const badName = await stack.as('post', `/wecom/corps/${CORP_ID}/departments`).send({ name: '研发*部', parentId: 1 }).expect(400);
    expect(badName.body.error.message).toMatch(/name：部门名称不能包含/);
    const tooLong = await stack
      .as('post', `/wecom/corps/${CORP_ID}/departments`)
      .send({ name: '部'.repeat(65), parentId: 1 })
      .expect(400);
    expect(tooLong.body.error.message).toContain('64');
    // 研发部 (7) under its own 前端组 (8).
    const cycle = await stack.as('put', `/wecom/corps/${CORP_ID}/departments/7`).send({ parentId: 8 }).expect(409);
    expect(cycle.body.error.name).toBe('DepartmentCycle');
    expect((await stack.admin.wecomDepartments(CORP_ID)).find((d) => d.id === 7)).toMatchObject({ parentid: 1 });
    const children = await stack.as('delete', `/wecom/corps/${CORP_ID}/departments/3`).expect(409);
    expect(children.body.error.name).toBe('DepartmentHasChildren');
    const noDept = await stack.as('post', `/wecom/corps/${CORP_ID}/members`).send({ userid: 'x1', name: '某人', departments: [] }).expect(400);
    expect(noDept.body.error.message).toContain('departments');
  });

  test('forged, stale and replayed pushes are refused with 401 and nothing is stored', async () => {
    const url = `/api/wecom/callback/${CORP_ID}`;
    const message = {
      ToUserName: CORP_ID,
      FromUserName: 'sys',
      CreateTime: String(Math.floor(Date.now() / 1000)),
      MsgType: 'event',
      Event: 'change_contact',
      ChangeType: 'create_user',
      UserID: 'forged_user',
      Name: '伪造',
      Department: '1',
    };
    const forged = sealWecomMessage({ corpId: CORP_ID, token: 'not_the_token', encodingAESKey: CORP.encodingAESKey }, message, Math.floor(Date.now() / 1000));
    const bad = await request(stack.cms.url).post(url).query(forged.query).type('text/xml').send(forged.body).expect(401);
    expect(bad.body.error.name).toBe('InvalidSignature');

    const stale = sealWecomMessage(
      { corpId: CORP_ID, token: CORP.callbackToken, encodingAESKey: CORP.encodingAESKey },
      message,
      Math.floor(Date.now() / 1000) - 3600,
    );
    expect((await request(stack.cms.url).post(url).query(stale.query).type('text/xml').send(stale.body).expect(401)).body.error.name).toBe('StaleTimestamp');

    const real = sealWecomMessage(
      { corpId: CORP_ID, token: CORP.callbackToken, encodingAESKey: CORP.encodingAESKey },
      { ...message, UserID: 'replay_user', Name: '重放' },
      Math.floor(Date.now() / 1000),
    );
    await request(stack.cms.url).post(url).query(real.query).type('text/xml').send(real.body).expect(200);
    await members().deleteMany({ where: { userid: 'replay_user' } });
    const replay = await request(stack.cms.url).post(url).query(real.query).type('text/xml').send(real.body).expect(401);
    expect(replay.body.error.name).toBe('ReplayedRequest');
    expect(await members().count({ where: { userid: { $in: ['forged_user', 'replay_user'] } } })).toBe(0);

    const verifyForged = await request(stack.cms.url).get(url).query({ msg_signature: 'x', timestamp: '1', nonce: '1', echostr: 'abc' }).expect(401);
    expect(verifyForged.body.error.name).toBe('InvalidSignature');
  });
});
