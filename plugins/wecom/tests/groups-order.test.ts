import { sealWecomMessage } from '@wedraw/sandbox';
import { clientAction, bootStack, CORP, CORP_ID, stopStack, type Stack } from './helpers';

/**
 * Pushes out of order: while the CMS is unreachable a customer joins and leaves, another joins, a
 * third is removed and one joins, leaves and joins again; the pushes then arrive newest first (every
 * leave before its join). The mirror ends as WeCom's truth (`groupchat/get`), not as the last push says.
 */
describe('customer group pushes out of order', () => {
  let stack: Stack;
  const client = (path: string, body: unknown) => clientAction(stack, path, body);

  beforeAll(async () => {
    stack = await bootStack();
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('leave delivered before join converges to groupchat/get', async () => {
    const owner = (await stack.admin.wecomMembers(CORP_ID, { limit: 1 })).members[0]!.userid;
    const c: string[] = [];
    for (const name of ['甲', '乙', '丙', '丁']) c.push((await client('/add-customer', { userid: owner, name, welcomeCode: false })).customer.external_userid);
    const chatId = (await client('/groups', { owner, name: '乱序群', members: [c[0]] })).group.chat_id as string;
    const detail = async () => (await stack.as('get', `/wecom/corps/${CORP_ID}/groups/${chatId}`).expect(200)).body.data;
    expect((await detail()).memberCount).toBe(2);

    const callback = `${stack.cms.url}/api/wecom/callback/${CORP_ID}`;
    await stack.admin.wecomSetCallback(CORP_ID, null);
    await client(`/groups/${chatId}/join`, { externalUserid: c[1] });
    await client(`/groups/${chatId}/leave`, { externalUserid: c[1] });
    await client(`/groups/${chatId}/join`, { externalUserid: c[2] });
    await client(`/groups/${chatId}/leave`, { externalUserid: c[0], removed: true });
    await client(`/groups/${chatId}/join`, { externalUserid: c[3] });
    await client(`/groups/${chatId}/leave`, { externalUserid: c[3] });
    await client(`/groups/${chatId}/join`, { externalUserid: c[3] });
    await stack.admin.wecomSetCallback(CORP_ID, callback);

    const held = (await stack.admin.wecomPushes({ corpId: CORP_ID, event: 'change_external_chat' })).filter((p) => p.outcome === 'no-callback');
    expect(held.map((p) => p.message.UpdateDetail)).toEqual(['add_member', 'del_member', 'add_member', 'del_member', 'add_member', 'del_member', 'add_member']);
    const target = { corpId: CORP_ID, token: CORP.callbackToken, encodingAESKey: CORP.encodingAESKey };
    for (const push of [...held].reverse()) {
      const sealed = sealWecomMessage(target, push.message as never, Math.floor(Date.now() / 1000));
      const res = await fetch(`${callback}?${new URLSearchParams(sealed.query)}`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body: sealed.body,
      });
      expect(res.status).toBe(200);
    }

    const truth = (await (await fetch(`${stack.sb.url}/_sandbox/wecom/${CORP_ID}/groups`)).json()) as { chat_id: string; member_list: { userid: string }[] }[];
    const present = truth
      .find((g) => g.chat_id === chatId)!
      .member_list.map((m) => m.userid)
      .sort();
    expect(present).toEqual([owner, c[2], c[3]].sort());

    const g = await detail();
    expect(g.memberCount).toBe(3);
    const byId = Object.fromEntries(g.members.map((m: { memberId: string }) => [m.memberId, m]));
    expect(
      g.members
        .filter((m: { leftAt: string | null }) => !m.leftAt)
        .map((m: { memberId: string }) => m.memberId)
        .sort(),
    ).toEqual(present);
    // Removed by the owner: soft-deleted with the scene its push gave.
    expect(byId[c[0]!]).toMatchObject({ quitScene: 1 });
    expect(byId[c[0]!].leftAt).not.toBeNull();
    // Joined and left while the CMS was away: WeCom no longer lists them, so neither does the mirror.
    expect(byId[c[1]!]).toBeUndefined();
    // Joined, left and joined again: the stale leave did not remove them.
    expect(byId[c[3]!]).toMatchObject({ leftAt: null, quitScene: null });
  });
});
