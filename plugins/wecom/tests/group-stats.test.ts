import { bootStack, CORP_ID, stopStack, type Stack } from './helpers';

const DAY = 86_400;
const dayName = (seconds: number) => new Date(Math.floor((seconds + 8 * 3600) / DAY) * DAY * 1000).toISOString().slice(0, 10);

/** Groups made two and one (China) days ago in the sandbox, pulled by the plugin: WeCom's figures, per day and per owner. */
describe('customer group statistics (群聊数据统计)', () => {
  let stack: Stack;
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${stack.sb.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.json()) as any;
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const client = (path: string, body: unknown) => post(`/_sandbox/wecom/${CORP_ID}/client${path}`, body);
  const advanceDays = (days: number) => post('/_sandbox/clock', { advanceSeconds: days * DAY });

  beforeAll(async () => {
    stack = await bootStack();
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('the pull stores one row per day and owner; the read sums per day and per owner; a second pull only re-reads yesterday', async () => {
    const users = (await stack.admin.wecomMembers(CORP_ID, { limit: 2 })).members.map((m) => m.userid);
    const customers: string[] = [];
    for (const name of ['小鹿', '阿青', '米粒'])
      customers.push((await client('/add-customer', { userid: users[0], name, welcomeCode: false })).customer.external_userid);
    const now = Math.floor(Date.now() / 1000);
    const [twoDaysAgo, yesterday] = [dayName(now - 2 * DAY), dayName(now - DAY)];

    await advanceDays(-2);
    const g1 = (await client('/groups', { owner: users[0], name: '福利群', members: [customers[0], customers[1]] })).group.chat_id;
    await client('/groups', { owner: users[1], name: '直播群', members: [customers[2]] });
    await advanceDays(1);
    await client(`/groups/${g1}/join`, { externalUserid: customers[2] });
    await client(`/groups/${g1}/leave`, { externalUserid: customers[0] });
    await advanceDays(1);

    // Nothing mirrored yet: nothing to ask WeCom about.
    await stack.cms.strapi.db.query('plugin::wecom.customer-group').deleteMany({ where: {} });
    expect((await stack.as('post', `/wecom/corps/${CORP_ID}/group-stats/pull`).expect(200)).body.data).toEqual({ days: 0, rows: 0 });
    await stack.as('post', `/wecom/corps/${CORP_ID}/groups/sync`).expect(200);

    const first = await stack.as('post', `/wecom/corps/${CORP_ID}/group-stats/pull`).expect(200);
    expect(first.body.data).toEqual({ days: 30, rows: 60 });
    const again = await stack.as('post', `/wecom/corps/${CORP_ID}/group-stats/pull`).expect(200);
    expect(again.body.data).toEqual({ days: 1, rows: 2 });

    const read = await stack.as('get', `/wecom/corps/${CORP_ID}/group-stats`).query({ from: twoDaysAgo, to: yesterday }).expect(200);
    const { days, owners } = read.body.data;
    expect(
      days.map((d: { day: string; newChatCnt: number; chatTotal: number; newMemberCnt: number; memberTotal: number }) => [
        d.day,
        d.newChatCnt,
        d.chatTotal,
        d.newMemberCnt,
        d.memberTotal,
      ]),
    ).toEqual([
      [twoDaysAgo, 2, 2, 5, 5],
      [yesterday, 0, 2, 1, 5],
    ]);
    expect(
      owners.map((o: { owner: string; newChatCnt: number; newMemberCnt: number; memberTotal: number }) => [
        o.owner,
        o.newChatCnt,
        o.newMemberCnt,
        o.memberTotal,
      ]),
    ).toEqual([
      [users[0], 1, 4, 3],
      [users[1], 1, 2, 2],
    ]);
    // Per owner and day, as WeCom's statistic_group_by_day answers them: the join and the leave of yesterday.
    const stored = (await stack.cms.strapi.db.query('plugin::wecom.group-stat').findMany({
      where: { corpId: CORP_ID, owner: users[0], day: { $in: [twoDaysAgo, yesterday] } },
      orderBy: { day: 'asc' },
    })) as { day: string; newChatCnt: number; chatTotal: number; newMemberCnt: number; memberTotal: number }[];
    expect(stored.map((r) => [r.day, r.newChatCnt, r.chatTotal, r.newMemberCnt, r.memberTotal])).toEqual([
      [twoDaysAgo, 1, 1, 3, 3],
      [yesterday, 0, 1, 1, 3],
    ]);
    const one = await stack.as('get', `/wecom/corps/${CORP_ID}/group-stats`).query({ from: twoDaysAgo, to: yesterday, owner: users[1] }).expect(200);
    expect(one.body.data.owners).toHaveLength(1);

    const bad = await stack.as('get', `/wecom/corps/${CORP_ID}/group-stats`).query({ from: '2026/01/01' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('from');
  });

  test('the scheduled run (a repeat job: one tick per cluster) pulls every corp', async () => {
    await stack.cms.strapi.db.query('plugin::wecom.group-stat').deleteMany({ where: {} });
    await stack.cms.strapi.plugin('wecom').service('groupStats').pullAll();
    expect(await stack.cms.strapi.db.query('plugin::wecom.group-stat').count({ where: { corpId: CORP_ID } })).toBe(60);
  });
});
