import { openWecomMessage } from '../src';
import { receiver, useSandbox } from './helpers';
import { admin, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);
const crypt = { corpId: CORP.corpId, token: CORP.callbackToken, encodingAESKey: CORP.encodingAESKey };
const base = `/_sandbox/wecom/${CORP.corpId}/client`;

describe('WeCom customer groups', () => {
  test('client actions push change_external_chat; groupchat/list and groupchat/get show WeCom truth', async () => {
    const got: Record<string, unknown>[] = [];
    const r = await receiver((req, res) => {
      if (req.method === 'POST') got.push(openWecomMessage(crypt, req.query, req.body));
      res.end('');
    });
    try {
      await admin(t.sb.url, 'PUT', `/_sandbox/wecom/${CORP.corpId}/callback`, { url: r.url, verify: false });
      const users = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=3`)).body.members.map((m: { userid: string }) => m.userid);
      const customers: string[] = [];
      for (const name of ['小鹿', '阿青', '米粒'])
        customers.push((await admin(t.sb.url, 'POST', `${base}/add-customer`, { userid: users[0], name, welcomeCode: false })).body.customer.external_userid);

      const created = await admin(t.sb.url, 'POST', `${base}/groups`, { owner: users[0], name: '门店福利群', members: [customers[0], customers[1], users[1]] });
      expect(created.status).toBe(201);
      const chatId = created.body.group.chat_id as string;
      await admin(t.sb.url, 'POST', `${base}/groups`, { owner: users[1], name: '直播群', members: [customers[2]] });
      const joined = await admin(t.sb.url, 'POST', `${base}/groups/${chatId}/join`, { externalUserid: customers[2], scene: 3 });
      const left = await admin(t.sb.url, 'POST', `${base}/groups/${chatId}/leave`, { externalUserid: customers[0], removed: true });
      expect(left.status).toBe(200);
      await admin(t.sb.url, 'POST', `${base}/groups/${chatId}/update`, { name: '门店福利群 2' });

      expect(got.map((m) => [m.Event, m.ChangeType, m.UpdateDetail ?? ''])).toEqual([
        ['change_external_contact', 'add_external_contact', ''],
        ['change_external_contact', 'add_external_contact', ''],
        ['change_external_contact', 'add_external_contact', ''],
        ['change_external_chat', 'create', ''],
        ['change_external_chat', 'create', ''],
        ['change_external_chat', 'update', 'add_member'],
        ['change_external_chat', 'update', 'del_member'],
        ['change_external_chat', 'update', 'change_name'],
      ]);
      expect(got[5]).toMatchObject({ ChatId: chatId, JoinScene: '3', MemChangeCnt: '1', MemChangeList: { Item: customers[2] } });
      expect(got[6]).toMatchObject({ QuitScene: '1', LastMemVer: joined.body.group.member_version, CurMemVer: left.body.group.member_version });

      const token = await qy().token(CORP.customerSecret);
      const list = await qy().post('/cgi-bin/externalcontact/groupchat/list', token, { limit: 1 });
      expect(list.group_chat_list).toHaveLength(1);
      const rest = await qy().post('/cgi-bin/externalcontact/groupchat/list', token, { limit: 1, cursor: list.next_cursor });
      expect(rest.next_cursor).toBe('');
      const mine = await qy().post('/cgi-bin/externalcontact/groupchat/list', token, { limit: 10, owner_filter: { userid_list: [users[0]] } });
      expect(mine.group_chat_list).toEqual([{ chat_id: chatId, status: 0 }]);
      expect((await qy().post('/cgi-bin/externalcontact/groupchat/list', token, {})).errcode).toBe(40058);

      const detail = await qy().post('/cgi-bin/externalcontact/groupchat/get', token, { chat_id: chatId, need_name: 1 });
      expect(detail.group_chat).toMatchObject({
        chat_id: chatId,
        name: '门店福利群 2',
        owner: users[0],
        admin_list: [],
        member_version: left.body.group.member_version,
      });
      expect(detail.group_chat.member_list.map((m: { userid: string; type: number }) => [m.userid, m.type])).toEqual([
        [users[0], 1],
        [customers[1], 2],
        [users[1], 1],
        [customers[2], 2],
      ]);
      expect(detail.group_chat.member_list[3]).toMatchObject({ join_scene: 3, name: '米粒' });

      await admin(t.sb.url, 'POST', `${base}/groups/${chatId}/dismiss`, {});
      expect(got.at(-1)).toMatchObject({ ChangeType: 'dismiss', ChatId: chatId });
      expect((await qy().post('/cgi-bin/externalcontact/groupchat/get', token, { chat_id: chatId })).errcode).toBe(86001);
      expect((await qy().post('/cgi-bin/externalcontact/groupchat/list', token, { limit: 10 })).group_chat_list).toHaveLength(1);
    } finally {
      await r.close();
    }
  });

  test('refusals: unknown owner or member, joining twice, the owner leaving', async () => {
    const users = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=2`)).body.members.map((m: { userid: string }) => m.userid);
    expect((await admin(t.sb.url, 'POST', `${base}/groups`, { owner: 'nobody', name: 'x' })).status).toBe(409);
    expect((await admin(t.sb.url, 'POST', `${base}/groups`, { owner: users[0], name: 'x', members: ['wmunknown'] })).status).toBe(409);
    const g = await admin(t.sb.url, 'POST', `${base}/groups`, { owner: users[0], name: 'x', members: [users[1]] });
    const chatId = g.body.group.chat_id;
    expect((await admin(t.sb.url, 'POST', `${base}/groups/${chatId}/join`, { userid: users[1] })).status).toBe(409);
    expect((await admin(t.sb.url, 'POST', `${base}/groups/${chatId}/leave`, { userid: users[0] })).status).toBe(409);
    expect((await admin(t.sb.url, 'POST', `${base}/groups/wrnope/join`, { userid: users[1] })).status).toBe(409);
  });
});
