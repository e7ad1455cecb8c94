import { clientAction, bootStack, CORP_ID, eventually, stopStack, type Stack } from './helpers';

/** 客户 by corp tag: the library read from WeCom, tags mirrored from edit_external_contact, the list filtered. */
describe('customers filtered by corp tag', () => {
  let stack: Stack;
  const client = (path: string, body: unknown) => clientAction(stack, path, body);
  const list = async (query: Record<string, string>) =>
    (await stack.as('get', `/wecom/corps/${CORP_ID}/customers`).query(query).expect(200)).body.data.map((c: { name: string }) => c.name).sort();

  beforeAll(async () => {
    stack = await bootStack();
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('the tag library; a member tags in the client; the list filters by tag id', async () => {
    const library = await stack.as('get', `/wecom/corps/${CORP_ID}/customer-tags`).expect(200);
    expect(library.body.data.map((g: { groupName: string; tags: { id: string }[] }) => [g.groupName, g.tags.map((t) => t.id)])).toEqual([
      ['客户等级', ['etTagVip', 'etTagRegular']],
      ['来源', ['etTagStore', 'etTagLive']],
    ]);

    const userid = (await stack.admin.wecomMembers(CORP_ID, { limit: 1 })).members[0]!.userid;
    const ids: string[] = [];
    for (const name of ['林小鹿', '陈阿青', '王米粒']) ids.push((await client('/add-customer', { userid, name, welcomeCode: false })).customer.external_userid);
    await eventually(async () => (await list({})).length === 3, 10_000, 100);

    const tagged = await client(`/customers/${ids[0]}/tags`, { userid, add: ['etTagVip', 'etTagLive'] });
    expect(tagged.push.outcome).toBe('delivered');
    await client(`/customers/${ids[1]}/tags`, { userid, add: ['etTagVip'] });
    // Two edits of one customer within the same second are the same push to the byte (deduplicated as a repeat): a second apart.
    await new Promise((r) => setTimeout(r, 1100));
    await client(`/customers/${ids[1]}/tags`, { userid, remove: ['etTagVip'], add: ['etTagStore'] });

    expect(await eventually(async () => ((await list({ tag: 'etTagVip' })).length === 1 ? list({ tag: 'etTagVip' }) : null), 10_000, 100)).toEqual(['林小鹿']);
    expect(await list({ tag: 'etTagStore' })).toEqual(['陈阿青']);
    expect(await list({ tag: 'etTagLive', followUser: userid })).toEqual(['林小鹿']);
    expect(await list({ tag: 'etTagRegular' })).toEqual([]);
    const detail = (await stack.as('get', `/wecom/corps/${CORP_ID}/customers/${ids[0]}`).expect(200)).body.data;
    expect(JSON.stringify(detail)).toContain('直播间');

    const bad = await stack.as('get', `/wecom/corps/${CORP_ID}/customers`).query({ tag: '"%' }).expect(400);
    expect(JSON.stringify(bad.body.error)).toContain('tag');
  });
});
