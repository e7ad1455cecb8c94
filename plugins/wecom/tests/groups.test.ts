import { bootStack, CORP_ID, stopStack, type Stack } from './helpers';

describe('customer groups', () => {
  let stack: Stack;
  let users: string[];
  const customers: string[] = [];
  const client = async (path: string, body: unknown) => {
    const res = await fetch(`${stack.sb.url}/_sandbox/wecom/${CORP_ID}/client${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as any;
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
    expect(json.push?.outcome ?? json.pushes?.[0]?.outcome).toBe('delivered');
    return json;
  };
  const detail = async (chatId: string) => (await stack.as('get', `/wecom/corps/${CORP_ID}/groups/${chatId}`).expect(200)).body.data;

  beforeAll(async () => {
    stack = await bootStack();
    users = (await stack.admin.wecomMembers(CORP_ID, { limit: 3 })).members.map((m) => m.userid);
    for (const name of ['小鹿', '阿青', '米粒'])
      customers.push((await client('/add-customer', { userid: users[0], name, welcomeCode: false })).customer.external_userid);
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('created, joined, left and dismissed in the client: the mirror follows, leavers soft-deleted with the quit scene', async () => {
    const created = await client('/groups', { owner: users[0], name: '门店福利群', members: [customers[0], customers[1], users[1]] });
    const chatId = created.group.chat_id as string;
    let g = await detail(chatId);
    expect(g).toMatchObject({ chatId, name: '门店福利群', owner: users[0], memberCount: 4, dismissedAt: null });
    expect(g.members.find((m: { memberId: string }) => m.memberId === customers[0])).toMatchObject({ type: 2, name: '小鹿', leftAt: null });

    await client(`/groups/${chatId}/join`, { externalUserid: customers[2], scene: 3 });
    await client(`/groups/${chatId}/leave`, { externalUserid: customers[0], removed: true });
    await client(`/groups/${chatId}/leave`, { externalUserid: customers[1] });
    await client(`/groups/${chatId}/update`, { name: '门店福利群（新）' });
    g = await detail(chatId);
    expect(g).toMatchObject({ name: '门店福利群（新）', memberCount: 3 });
    const byId = Object.fromEntries(g.members.map((m: { memberId: string }) => [m.memberId, m]));
    expect(byId[customers[2]!]).toMatchObject({ joinScene: 3, leftAt: null });
    expect(byId[customers[0]!]).toMatchObject({ quitScene: 1 });
    expect(byId[customers[0]!].leftAt).not.toBeNull();
    expect(byId[customers[1]!]).toMatchObject({ quitScene: 0 });
    expect(g.members).toHaveLength(5);

    const list = await stack.as('get', `/wecom/corps/${CORP_ID}/groups`).query({ owner: users[0], minMembers: 3 }).expect(200);
    expect(list.body.data.map((x: { chatId: string }) => x.chatId)).toEqual([chatId]);
    expect((await stack.as('get', `/wecom/corps/${CORP_ID}/groups`).query({ minMembers: 4 }).expect(200)).body.data).toHaveLength(0);

    await client(`/groups/${chatId}/dismiss`, {});
    expect((await detail(chatId)).dismissedAt).not.toBeNull();
    expect((await stack.as('get', `/wecom/corps/${CORP_ID}/groups`).query({ owner: users[0] }).expect(200)).body.data).toHaveLength(0);
  });

  test('a full pull mirrors every group WeCom lists', async () => {
    await client('/groups', { owner: users[1], name: '直播群', members: [customers[2]] });
    await client('/groups', { owner: users[2], name: '会员群', members: [customers[0], customers[1]] });
    await stack.cms.strapi.db.query('plugin::wecom.customer-group-member').deleteMany({ where: {} });
    await stack.cms.strapi.db.query('plugin::wecom.customer-group').deleteMany({ where: {} });
    const res = await stack.as('post', `/wecom/corps/${CORP_ID}/groups/sync`).expect(200);
    expect(res.body.data).toEqual({ groups: 2, dismissed: 0 });
    const list = await stack.as('get', `/wecom/corps/${CORP_ID}/groups`).expect(200);
    expect(list.body.data.map((x: { name: string; memberCount: number }) => [x.name, x.memberCount]).sort()).toEqual([
      ['会员群', 3],
      ['直播群', 2],
    ]);
  });
});
