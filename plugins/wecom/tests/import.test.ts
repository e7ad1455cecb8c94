import { bootStack, CORP_ID, eventually, stopStack, type Stack } from './helpers';

const HEADER = '姓名,帐号,手机号,邮箱,所在部门,职务,性别';
const csvOf = (...lines: string[]) => `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;

/** CSV batch import of members through WeCom's async batch import (batch/syncuser). */
describe('members batch import', () => {
  let stack: Stack;
  const members = () => stack.cms.strapi.db.query('plugin::wecom.member');
  const sent = async () => {
    const c = await stack.admin.counters();
    return (c['/cgi-bin/media/upload']?.calls ?? 0) + (c['/cgi-bin/batch/syncuser']?.calls ?? 0);
  };
  const importJob = async (documentId: string) => (await stack.as('get', `/wecom/member-imports/${documentId}`).expect(200)).body.data;

  beforeAll(async () => {
    stack = await bootStack();
    const started = await stack.as('post', `/wecom/corps/${CORP_ID}/sync`).expect(202);
    await eventually(
      async () => (await stack.as('get', `/wecom/sync-runs/${started.body.data.documentId}`).expect(200)).body.data.status === 'completed',
      60_000,
      200,
    );
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('the template has the Chinese headers WeCom reads', async () => {
    const res = await stack.as('get', `/wecom/corps/${CORP_ID}/member-imports/template`).expect(200);
    expect(res.body.data.csv.replace(/^\uFEFF/, '').trim()).toBe(HEADER);
    expect(res.body.data.columns.filter((c: { required: boolean }) => c.required).map((c: { header: string }) => c.header)).toEqual([
      '姓名',
      '帐号',
      '所在部门',
    ]);
  });

  test('a file with a missing column or bad rows is a 400 naming row and field, and nothing reaches WeCom', async () => {
    const before = await sent();
    const noDept = await stack
      .as('post', `/wecom/corps/${CORP_ID}/member-imports`)
      .send({ csv: '姓名,帐号,手机号\n张三,zhangsan_x,13900000001\n' })
      .expect(400);
    expect(noDept.body.error.message).toContain('缺少必填列「所在部门」');
    expect(noDept.body.error.details.errors[0].path).toEqual(['columns', 'department']);

    const malformed = await stack
      .as('post', `/wecom/corps/${CORP_ID}/member-imports`)
      .send({ csv: '姓名,帐号,手机号,所在部门\n"张三,zhangsan_q,13900000002,2\n' })
      .expect(400);
    expect(malformed.body.error.details.errors[0].path).toEqual(['csv']);
    expect(malformed.body.error.message).toContain('CSV 格式不正确');

    const bad = await stack
      .as('post', `/wecom/corps/${CORP_ID}/member-imports`)
      .send({
        csv: csvOf(
          '赵一,import_ok_1,13900000011,,2,专员,男',
          '钱二,import_bad_mobile,139abc,,2,,',
          '孙三,import_bad_dept,13900000013,,9999,,',
          '李四,import_ok_1,13900000014,,市场部,,',
        ),
        fileName: 'bad.csv',
      })
      .expect(400);
    const paths = bad.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(['rows.3.mobile', 'rows.4.department', 'rows.5.userid']);
    expect(bad.body.error.message).toContain('第 3 行「手机号」格式不正确');
    expect(bad.body.error.message).toContain('第 4 行「所在部门」部门 ID 9999 不存在');
    expect(bad.body.error.message).toContain('第 5 行「帐号」与第 2 行重复');

    expect(await sent()).toBe(before);
    expect((await stack.admin.wecomMembers(CORP_ID, { q: 'import_' })).total).toBe(0);
    expect(await stack.cms.strapi.db.query('plugin::wecom.member-import').count()).toBe(0);
  });

  test('a good file reaches WeCom and the mirror, with a result for every row', async () => {
    const existing = (await stack.admin.wecomMembers(CORP_ID, { limit: 2 })).members;
    const [kept, other] = existing as [(typeof existing)[number], (typeof existing)[number]];
    const csv = csvOf(
      '赵一,import_ok_1,13900000021,zhao@example.com,2,市场专员,男',
      // department names resolve through the mirror; two departments with ;
      '钱二,import_ok_2,,,研发部;客服中心,工程师,女',
      `${kept.name},${kept.userid},${kept.mobile},,13,客服主管,`,
      // a mobile another member already has: WeCom refuses this row (60104), the others go through
      `孙三,import_dup_mobile,${other.mobile},,2,,`,
    );
    const res = await stack.as('post', `/wecom/corps/${CORP_ID}/member-imports`).send({ csv, fileName: '新员工.csv' }).expect(202);
    expect(res.body.data).toMatchObject({ status: 'running', total: 4, fileName: '新员工.csv' });

    const done = await eventually(
      async () => {
        const job = await importJob(res.body.data.documentId);
        return job.status === 'running' ? null : job;
      },
      30_000,
      200,
    );
    expect(done).toMatchObject({ status: 'completed', percentage: 100, total: 4, succeeded: 3, failed: 1, error: null });
    expect(done.results).toEqual([
      { row: 2, userid: 'import_ok_1', name: '赵一', status: 'created', errcode: 0, message: '已创建' },
      { row: 3, userid: 'import_ok_2', name: '钱二', status: 'created', errcode: 0, message: '已创建' },
      { row: 4, userid: kept.userid, name: kept.name, status: 'updated', errcode: 0, message: '已更新' },
      { row: 5, userid: 'import_dup_mobile', name: '孙三', status: 'failed', errcode: 60104, message: expect.stringContaining('手机号码已被其他成员使用') },
    ]);

    // WeCom's truth
    const truth = async (userid: string) => (await stack.admin.wecomMembers(CORP_ID, { q: userid })).members.find((m) => m.userid === userid);
    expect(await truth('import_ok_1')).toMatchObject({ name: '赵一', department: [2], mobile: '13900000021', gender: '1', position: '市场专员' });
    expect(await truth('import_ok_2')).toMatchObject({ name: '钱二', department: [7, 13], gender: '2' });
    expect(await truth(kept.userid)).toMatchObject({ department: [13], position: '客服主管' });
    expect(await truth('import_dup_mobile')).toBeUndefined();

    // WeDraw's mirror
    expect(await members().findOne({ where: { corpId: CORP_ID, userid: 'import_ok_1' } })).toMatchObject({
      name: '赵一',
      departments: [2],
      mobile: '13900000021',
      position: '市场专员',
    });
    expect(await members().findOne({ where: { corpId: CORP_ID, userid: 'import_ok_2' } })).toMatchObject({ departments: [7, 13] });
    expect(await members().findOne({ where: { corpId: CORP_ID, userid: kept.userid } })).toMatchObject({ departments: [13], position: '客服主管' });
    expect(await members().count({ where: { corpId: CORP_ID, userid: 'import_dup_mobile' } })).toBe(0);

    // WeCom told the corp's callback that the job ended (the push may still be on its way when the poll saw the end).
    await eventually(async () => {
      const pushes = await stack.admin.wecomPushes({ corpId: CORP_ID, event: 'batch_job_result' });
      return pushes.length === 1 && pushes[0]!.outcome === 'delivered';
    }, 5000);

    const list = await stack.as('get', `/wecom/corps/${CORP_ID}/member-imports`).expect(200);
    expect(list.body.data[0]).toMatchObject({ documentId: res.body.data.documentId, status: 'completed', succeeded: 3, failed: 1 });
    expect(list.body.data[0].results).toBeUndefined();
  }, 60_000);

  test('progress shows while WeCom works through a larger file', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `批量${i},bulk_${i},,,${(i % 12) + 2},,`);
    const res = await stack
      .as('post', `/wecom/corps/${CORP_ID}/member-imports`)
      .send({ csv: csvOf(...lines) })
      .expect(202);
    const seen = new Set<number>();
    const done = await eventually(
      async () => {
        const job = await importJob(res.body.data.documentId);
        seen.add(job.percentage);
        return job.status === 'running' ? null : job;
      },
      30_000,
      100,
    );
    expect(done).toMatchObject({ status: 'completed', succeeded: 400, failed: 0 });
    // WeCom takes 50 rows per 100 ms here: some reads land between 0 and 100.
    expect([...seen].some((p) => p > 0 && p < 100)).toBe(true);
    expect(await members().count({ where: { corpId: CORP_ID, userid: { $startsWith: 'bulk_' } } })).toBe(400);
  }, 60_000);
});
