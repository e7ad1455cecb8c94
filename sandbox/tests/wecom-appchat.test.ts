import { useSandbox } from './helpers';
import { APP, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);

describe('WeCom app chats (appchat)', () => {
  test("create, get, update and send with an app token; the chat is the app's", async () => {
    const token = await qy().token(APP.secret);
    const members = (await t.admin.wecomMembers(CORP.corpId, { limit: 4 })).members.map((m) => m.userid);
    const created = await qy().post('/cgi-bin/appchat/create', token, { name: '门店运营', owner: members[0], userlist: members.slice(0, 3), chatid: 'store1' });
    expect(created).toEqual({ errcode: 0, errmsg: 'ok', chatid: 'store1' });
    expect((await qy().post('/cgi-bin/appchat/create', token, { userlist: members.slice(0, 2), chatid: 'store1' })).errcode).toBe(86215);
    expect((await qy().post('/cgi-bin/appchat/create', token, { userlist: members.slice(0, 1) })).errcode).toBe(86006);
    expect((await qy().post('/cgi-bin/appchat/create', token, { userlist: [members[0], 'nobody'] })).errcode).toBe(86216);
    expect((await qy().post('/cgi-bin/appchat/create', token, { userlist: members.slice(0, 2), owner: members[3] })).errcode).toBe(86005);
    const generated = await qy().post('/cgi-bin/appchat/create', token, { userlist: members.slice(0, 2) });
    expect(generated.chatid).toMatch(/^[0-9a-zA-Z]{1,32}$/);

    const info = await qy().get('/cgi-bin/appchat/get', token, { chatid: 'store1' });
    expect(info.chat_info).toMatchObject({ chatid: 'store1', name: '门店运营', owner: members[0], userlist: members.slice(0, 3) });
    expect((await qy().get('/cgi-bin/appchat/get', token, { chatid: 'nope' })).errcode).toBe(86003);

    expect(
      (await qy().post('/cgi-bin/appchat/update', token, { chatid: 'store1', name: '门店运营群', add_user_list: [members[3]], del_user_list: [members[1]] }))
        .errcode,
    ).toBe(0);
    expect((await qy().get('/cgi-bin/appchat/get', token, { chatid: 'store1' })).chat_info.userlist).toEqual([members[0], members[2], members[3]]);
    expect((await qy().post('/cgi-bin/appchat/update', token, { chatid: 'store1', del_user_list: [members[0]] })).errcode).toBe(86005);

    expect((await qy().post('/cgi-bin/appchat/send', token, { chatid: 'store1', msgtype: 'text', text: { content: '今日盘点' } })).errcode).toBe(0);
    expect((await qy().post('/cgi-bin/appchat/send', token, { chatid: 'store1', msgtype: 'text', text: {} })).errcode).toBe(40058);
    expect((await qy().post('/cgi-bin/appchat/send', token, { chatid: 'nope', msgtype: 'text', text: { content: 'x' } })).errcode).toBe(86003);
    // A contacts token may not use app chats.
    expect((await qy().post('/cgi-bin/appchat/send', await qy().token(), { chatid: 'store1', msgtype: 'text', text: { content: 'x' } })).errcode).toBe(48002);

    const sent = await t.admin.wecomMessages({ corpId: CORP.corpId, kind: 'appchat' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'appchat', chatid: 'store1', agentid: APP.agentId, msgtype: 'text', touser: [members[0], members[2], members[3]] });
    expect((await t.admin.wecomAppChats(CORP.corpId)).map((c) => c.chatid)).toEqual(['store1', generated.chatid]);
  });
});
