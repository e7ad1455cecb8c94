import { useSandbox } from './helpers';
import { admin, APP, CORP, Qy } from './wecom-helpers';

const t = useSandbox({}, { resetEach: true });
const qy = () => new Qy(t.wx);

describe('WeCom departments', () => {
  test('create "created", update "updated", delete "deleted"; simplelist, get and list', async () => {
    const token = await qy().token();
    const created = await qy().post('/cgi-bin/department/create', token, { name: '直播运营部', parentid: 2, order: 5 });
    expect(created).toMatchObject({ errcode: 0, errmsg: 'created' });
    const id = created.id as number;
    expect((await qy().post('/cgi-bin/department/update', token, { id, name: '直播部' })).errmsg).toBe('updated');
    expect((await qy().get('/cgi-bin/department/get', token, { id: String(id) })).department).toMatchObject({ id, name: '直播部', parentid: 2, order: 5 });
    const simple = await qy().get('/cgi-bin/department/simplelist', token, { id: '2' });
    expect(simple.department_id).toEqual([
      { id: 2, parentid: 1, order: expect.any(Number) },
      { id, parentid: 2, order: 5 },
    ]);
    expect((await qy().get('/cgi-bin/department/list', token)).department).toHaveLength(14);
    expect((await qy().get('/cgi-bin/department/delete', token, { id: String(id) })).errmsg).toBe('deleted');
    expect((await qy().get('/cgi-bin/department/get', token, { id: String(id) })).errcode).toBe(60003);
  });

  test('refusals: 60005 members, 60006 children, 60004 parent, 60001 length, 60009 characters, 60008 duplicate, 60010 own subtree', async () => {
    const token = await qy().token();
    expect((await qy().get('/cgi-bin/department/delete', token, { id: '8' })).errcode).toBe(60005);
    expect((await qy().get('/cgi-bin/department/delete', token, { id: '7' })).errcode).toBe(60006);
    expect((await qy().post('/cgi-bin/department/create', token, { name: '某部', parentid: 999 })).errcode).toBe(60004);
    expect((await qy().post('/cgi-bin/department/create', token, { name: '长'.repeat(65), parentid: 1 })).errcode).toBe(60001);
    expect((await qy().post('/cgi-bin/department/create', token, { name: 'a|b', parentid: 1 })).errcode).toBe(60009);
    expect((await qy().post('/cgi-bin/department/create', token, { name: '市场部', parentid: 1 })).errcode).toBe(60008);
    expect((await qy().post('/cgi-bin/department/update', token, { id: 7, parentid: 8 })).errcode).toBe(60010);
    expect((await qy().post('/cgi-bin/department/create', token, '{not json')).errcode).toBe(47001);
    expect((await qy().post('/cgi-bin/department/create', token, { name: '排序错', parentid: 1, order: -1 })).errcode).toBe(40058);
  });
});

describe('WeCom members', () => {
  test('create, get, update, delete, batchdelete with their errcodes', async () => {
    const token = await qy().token();
    const body = { userid: 'LiLei', name: '李雷', department: [2, 8], mobile: '13900000001', position: '讲师' };
    expect(await qy().post('/cgi-bin/user/create', token, body)).toMatchObject({ errcode: 0, errmsg: 'created' });
    expect((await qy().post('/cgi-bin/user/create', token, body)).errcode).toBe(60102);
    expect((await qy().post('/cgi-bin/user/create', token, { ...body, userid: 'other', mobile: '13900000001' })).errcode).toBe(60104);
    expect((await qy().post('/cgi-bin/user/create', token, { ...body, userid: 'bad', mobile: 'abc' })).errcode).toBe(60103);
    expect((await qy().post('/cgi-bin/user/create', token, { ...body, userid: 'x2', mobile: undefined, department: [999] })).errcode).toBe(60003);
    const got = await qy().get('/cgi-bin/user/get', token, { userid: 'LiLei' });
    expect(got).toMatchObject({ errcode: 0, userid: 'LiLei', name: '李雷', department: [2, 8], main_department: 2, position: '讲师', status: 4 });
    expect((await qy().post('/cgi-bin/user/update', token, { userid: 'LiLei', department: [9], position: '架构师' })).errmsg).toBe('updated');
    expect(await qy().get('/cgi-bin/user/get', token, { userid: 'LiLei' })).toMatchObject({ department: [9], main_department: 9, position: '架构师' });
    expect((await qy().get('/cgi-bin/user/get', token, { userid: 'nobody' })).errcode).toBe(60111);
    expect((await qy().get('/cgi-bin/user/delete', token, { userid: 'LiLei' })).errmsg).toBe('deleted');
    const two = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=2`)).body.members.map((m: { userid?: string }) => m.userid);
    expect((await qy().post('/cgi-bin/user/batchdelete', token, { useridlist: [...two, 'nobody'] })).errcode).toBe(60111);
    expect((await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members`)).body.total).toBe(200);
    expect((await qy().post('/cgi-bin/user/batchdelete', token, { useridlist: two })).errmsg).toBe('deleted');
    expect((await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members`)).body.total).toBe(198);
  });

  test('list_id: one row per (member, department), cursor paging, limit 1..10000', async () => {
    const token = await qy().token();
    await qy().post('/cgi-bin/user/create', token, { userid: 'multi', name: '多部门', department: [2, 8, 13] });
    const rows: { userid: string; department: number }[] = [];
    let cursor = '';
    let pages = 0;
    do {
      const page = await qy().post('/cgi-bin/user/list_id', token, { cursor, limit: 64 });
      expect(page.errcode).toBe(0);
      expect(page.dept_user.length).toBeLessThanOrEqual(64);
      rows.push(...page.dept_user);
      cursor = page.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThan(3);
    expect(rows.filter((r) => r.userid === 'multi').map((r) => r.department)).toEqual([2, 8, 13]);
    expect(new Set(rows.map((r) => `${r.userid}|${r.department}`)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.userid)).size).toBe(201);
    expect((await qy().post('/cgi-bin/user/list_id', token, { limit: 10001 })).errcode).toBe(40058);
    expect((await qy().post('/cgi-bin/user/list_id', token, { cursor: 'garbage!' })).errcode).toBe(40058);
  });

  test('simplelist and list by department, fetch_child', async () => {
    const token = await qy().token();
    const direct = await qy().get('/cgi-bin/user/simplelist', token, { department_id: '7' });
    expect(direct.userlist).toEqual([]);
    const all = await qy().get('/cgi-bin/user/list', token, { department_id: '7', fetch_child: '1' });
    expect(all.userlist.length).toBeGreaterThan(10);
    expect(all.userlist[0]).toHaveProperty('mobile');
  });
});

describe('WeCom tags', () => {
  test('owned by the creating secret: another one gets 81011; add/del members report invalid ones', async () => {
    const contacts = await qy().token();
    const app = await qy().token(APP.secret);
    const created = await qy().post('/cgi-bin/tag/create', contacts, { tagname: '新品体验官' });
    expect(created).toMatchObject({ errcode: 0, errmsg: 'created' });
    const tagid = created.tagid as number;
    const userid = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=1`)).body.members[0].userid as string;
    const add = await qy().post('/cgi-bin/tag/addtagusers', contacts, { tagid, userlist: [userid, 'ghost'], partylist: [2, 999] });
    expect(add).toMatchObject({ errcode: 0, invalidlist: 'ghost', invalidparty: [999] });
    expect(await qy().get('/cgi-bin/tag/get', app, { tagid: String(tagid) })).toMatchObject({ tagname: '新品体验官', userlist: [{ userid }], partylist: [2] });
    expect((await qy().post('/cgi-bin/tag/addtagusers', app, { tagid, userlist: [userid] })).errcode).toBe(81011);
    expect((await qy().post('/cgi-bin/tag/update', app, { tagid, tagname: 'x' })).errcode).toBe(81011);
    expect((await qy().get('/cgi-bin/tag/delete', contacts, { tagid: '2' })).errcode).toBe(81011);
    expect((await qy().post('/cgi-bin/tag/deltagusers', contacts, { tagid, userlist: [userid] })).errcode).toBe(0);
    expect((await qy().get('/cgi-bin/tag/get', app, { tagid: String(tagid) })).userlist).toEqual([]);
    expect((await qy().post('/cgi-bin/tag/create', contacts, { tagname: '新品体验官' })).errcode).toBe(40071);
    expect((await qy().get('/cgi-bin/tag/list', app)).taglist.map((x: { tagid?: number }) => x.tagid)).toEqual([1, 2, tagid]);
    expect((await qy().get('/cgi-bin/tag/delete', contacts, { tagid: String(tagid) })).errmsg).toBe('deleted');
  });
});

describe('WeCom message/send and media', () => {
  test('invalid recipients are reported lower-cased, 81013 when all are invalid; recorded as app messages', async () => {
    const app = await qy().token(APP.secret);
    const userid = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/${CORP.corpId}/members?limit=1`)).body.members[0].userid as string;
    const sent = await qy().post('/cgi-bin/message/send', app, {
      touser: `${userid}|NoBody`,
      toparty: '999',
      msgtype: 'text',
      agentid: APP.agentId,
      text: { content: '你好' },
    });
    expect(sent).toMatchObject({ errcode: 0, errmsg: 'ok', invaliduser: 'nobody', invalidparty: '999', invalidtag: '' });
    expect(typeof sent.msgid).toBe('string');
    expect((await qy().post('/cgi-bin/message/send', app, { touser: 'NoBody', msgtype: 'text', agentid: APP.agentId, text: { content: 'x' } })).errcode).toBe(
      81013,
    );
    expect((await qy().post('/cgi-bin/message/send', app, { touser: userid, msgtype: 'text', agentid: 1, text: { content: 'x' } })).errcode).toBe(301002);
    expect(
      (await qy().post('/cgi-bin/message/send', await qy().token(), { touser: userid, msgtype: 'text', agentid: APP.agentId, text: { content: 'x' } })).errcode,
    ).toBe(48002);
    const messages = (await admin(t.sb.url, 'GET', `/_sandbox/wecom/messages?corpId=${CORP.corpId}&kind=app`)).body;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ msgid: sent.msgid, touser: [userid], msgtype: 'text' });
  });

  test('media/upload: multipart `media`, created_at a string; 40004 type, 44001 no file, 40006 size', async () => {
    const token = await qy().token();
    const form = new FormData();
    form.append('media', new Blob(['姓名,帐号,所在部门\n'], { type: 'text/csv' }), 'members.csv');
    const up = (await (await fetch(`${t.sb.url}/cgi-bin/media/upload?access_token=${token}&type=file`, { method: 'POST', body: form })).json()) as Record<
      string,
      unknown
    >;
    expect(up).toMatchObject({ errcode: 0, errmsg: '', type: 'file', media_id: expect.any(String), created_at: expect.stringMatching(/^\d+$/) });
    const bad = (await (await fetch(`${t.sb.url}/cgi-bin/media/upload?access_token=${token}&type=gif`, { method: 'POST', body: form })).json()) as Record<
      string,
      unknown
    >;
    expect(bad.errcode).toBe(40004);
    expect((await t.wx.post('/cgi-bin/media/upload', { access_token: token, type: 'file' }, {})).errcode).toBe(44001);
    const tiny = new FormData();
    tiny.append('media', new Blob(['abc']), 'a.txt');
    const small = (await (await fetch(`${t.sb.url}/cgi-bin/media/upload?access_token=${token}&type=file`, { method: 'POST', body: tiny })).json()) as Record<
      string,
      unknown
    >;
    expect(small.errcode).toBe(40006);
  });
});
