import { openWecomMessage } from '../src';
import { receiver, useSandbox } from './helpers';
import { admin, APP, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);
const crypt = { corpId: CORP.corpId, token: CORP.callbackToken, encodingAESKey: CORP.encodingAESKey };
const member = async (i = 0) => (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=5`)).body.members[i].userid as string;
const addCustomer = (body: Record<string, unknown>) => admin(t.sb.url, 'POST', `/_sandbox/wecom/${CORP.corpId}/client/add-customer`, body);

describe('WeCom external contacts', () => {
  test('the customer-contact secret (or an app listed for it) reads follow users, customers and their follows; the contacts secret may not', async () => {
    const [zhang, li] = [await member(0), await member(1)];
    const a = await addCustomer({ userid: zhang, name: '小鹿', state: 'shop-01' });
    expect(a.status).toBe(201);
    const id = a.body.customer.external_userid as string;
    await addCustomer({ userid: li, externalUserid: id });
    await addCustomer({ userid: zhang, name: '阿青' });

    const contacts = await qy().token(CORP.contactsSecret);
    expect((await qy().get('/cgi-bin/externalcontact/get_follow_user_list', contacts)).errcode).toBe(48002);

    for (const secret of [CORP.customerSecret, APP!.secret]) {
      const token = await qy().token(secret);
      const follow = await qy().get('/cgi-bin/externalcontact/get_follow_user_list', token);
      expect(follow.follow_user).toEqual(expect.arrayContaining([zhang, li]));
      const list = await qy().get('/cgi-bin/externalcontact/list', token, { userid: zhang });
      expect(list.external_userid).toHaveLength(2);
      const got = await qy().get('/cgi-bin/externalcontact/get', token, { external_userid: id });
      expect(got.external_contact).toMatchObject({ external_userid: id, name: '小鹿', type: 1 });
      expect(got.follow_user.map((f: { userid: string }) => f.userid)).toEqual([zhang, li]);
      expect(got.follow_user[0]).toMatchObject({ userid: zhang, state: 'shop-01', add_way: 1, tags: [] });
      expect(got.next_cursor).toBe('');
    }
    const token = await qy().token(CORP.customerSecret);
    expect((await qy().get('/cgi-bin/externalcontact/get', token, { external_userid: 'wmnope' })).errcode).toBe(40096);
  });

  test('get pages the followers by 500; batch/get_by_user pages with a cursor and gives tag ids', async () => {
    await admin(t.sb.url, 'POST', '/_sandbox/wecom/reset', { members: 510 });
    const users = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=600`)).body.members.map(
      (m: { userid: string }) => m.userid,
    ) as string[];
    expect(users).toHaveLength(510);
    // One customer followed by every member; three members each with one more customer.
    const first = await addCustomer({ userid: users[0], welcomeCode: false });
    const id = first.body.customer.external_userid as string;
    for (const u of users.slice(1)) await addCustomer({ userid: u, externalUserid: id, welcomeCode: false });
    const token = await qy().token(CORP.customerSecret);
    const page1 = await qy().get('/cgi-bin/externalcontact/get', token, { external_userid: id });
    expect(page1.follow_user).toHaveLength(500);
    expect(page1.next_cursor).not.toBe('');
    const page2 = await qy().get('/cgi-bin/externalcontact/get', token, { external_userid: id, cursor: page1.next_cursor });
    expect(page2.follow_user).toHaveLength(10);
    expect(page2.next_cursor).toBe('');

    for (const u of users.slice(0, 3)) await addCustomer({ userid: u, welcomeCode: false });
    const seen: string[] = [];
    let cursor = '';
    let pages = 0;
    do {
      const r = await qy().post('/cgi-bin/externalcontact/batch/get_by_user', token, { userid_list: users.slice(0, 3), cursor, limit: 2 });
      expect(r.errcode).toBe(0);
      for (const row of r.external_contact_list) {
        expect(Array.isArray(row.follow_info.tag_id)).toBe(true);
        expect(row.follow_info.tags).toBeUndefined();
        seen.push(`${row.follow_info.userid}/${row.external_contact.external_userid}`);
      }
      cursor = r.next_cursor;
      pages++;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(pages).toBe(3);
    expect((await qy().post('/cgi-bin/externalcontact/batch/get_by_user', token, { userid_list: users.slice(0, 101) })).errcode).toBe(40058);
    await admin(t.sb.url, 'POST', '/_sandbox/wecom/reset', { members: 200 });
  });

  test('adding a customer pushes add_external_contact with State and a WelcomeCode; the code works once within 20 s', async () => {
    const got: Record<string, unknown>[] = [];
    const r = await receiver((req, res) => {
      if (req.method === 'POST') got.push(openWecomMessage(crypt, req.query, req.body));
      res.end('');
    });
    try {
      await admin(t.sb.url, 'PUT', `/_sandbox/wecom/${CORP.corpId}/callback`, { url: r.url, verify: false });
      const userid = await member(0);
      const added = await addCustomer({ userid, name: '米粒', state: 'qr-spring' });
      expect(added.body.pushes[0].outcome).toBe('delivered');
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({
        Event: 'change_external_contact',
        ChangeType: 'add_external_contact',
        UserID: userid,
        ExternalUserID: added.body.customer.external_userid,
        State: 'qr-spring',
        WelcomeCode: added.body.welcomeCode,
      });

      const token = await qy().token(CORP.customerSecret);
      const send = (welcome_code: string, extra: Record<string, unknown> = {}) =>
        qy().post('/cgi-bin/externalcontact/send_welcome_msg', token, { welcome_code, text: { content: '你好 米粒' }, ...extra });
      const tooMany = Array.from({ length: 10 }, () => ({ msgtype: 'link', link: { title: 't', url: 'https://example.com' } }));
      expect((await send(added.body.welcomeCode, { attachments: tooMany })).errcode).toBe(40058);
      expect((await send(added.body.welcomeCode)).errcode).toBe(0);
      expect((await send(added.body.welcomeCode)).errcode).toBe(41051);

      const later = await addCustomer({ userid });
      await admin(t.sb.url, 'POST', '/_sandbox/clock', { advanceSeconds: 21 });
      expect((await send(later.body.welcomeCode)).errcode).toBe(41051);

      const messages = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/messages?corpId=${CORP.corpId}&kind=welcome`)).body;
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({
        kind: 'welcome',
        touser: [added.body.customer.external_userid],
        payload: { userid, text: { content: '你好 米粒' } },
      });
      expect(typeof messages[0].at).toBe('number');
    } finally {
      await r.close();
    }
  });

  test('41096 while another app distributes the welcome; the same push can be delivered several times', async () => {
    const got: Record<string, unknown>[] = [];
    const r = await receiver((req, res) => {
      if (req.method === 'POST') got.push(openWecomMessage(crypt, req.query, req.body));
      res.end('');
    });
    try {
      await admin(t.sb.url, 'PUT', `/_sandbox/wecom/${CORP.corpId}/callback`, { url: r.url, verify: false });
      const added = await addCustomer({ userid: await member(0), deliveries: 3, busyMs: 2000 });
      expect(added.body.pushes).toHaveLength(3);
      expect(got).toHaveLength(3);
      expect(new Set(got.map((m) => m.WelcomeCode))).toEqual(new Set([added.body.welcomeCode]));
      const token = await qy().token(CORP.customerSecret);
      const send = () => qy().post('/cgi-bin/externalcontact/send_welcome_msg', token, { welcome_code: added.body.welcomeCode, text: { content: 'hi' } });
      expect((await send()).errcode).toBe(41096);
      await admin(t.sb.url, 'POST', '/_sandbox/clock', { advanceSeconds: 3 });
      expect((await send()).errcode).toBe(0);
    } finally {
      await r.close();
    }
  });

  test('bad client input is refused', async () => {
    expect((await addCustomer({})).status).toBe(400);
    expect((await addCustomer({ userid: 'nobody' })).status).toBe(409);
    expect((await addCustomer({ userid: await member(0), deliveries: 9 })).status).toBe(400);
  });
});
