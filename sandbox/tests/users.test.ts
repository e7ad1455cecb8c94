import { boot, MP, OA, type Json, type Wx } from './helpers';
import type { RunningSandbox, SandboxClient } from '../src';

let sb: RunningSandbox;
let admin: SandboxClient;
let wx: Wx;
let token: string;
beforeAll(async () => {
  ({ sb, admin, wx } = await boot());
  token = await wx.token();
});
afterAll(() => sb.close());

const q = () => ({ access_token: token });

describe('users', () => {
  test('user/get lists the followers in one page, then count 0 with an empty next_openid', async () => {
    const apps = await admin.apps();
    const oa = apps.find((a) => a.appId === OA.appId)!;
    const page = await wx.get('/cgi-bin/user/get', q());
    expect(page.total).toBe(oa.followers);
    expect(page.count).toBe(oa.followers);
    expect(page.data.openid).toHaveLength(oa.followers);
    expect(page.next_openid).toBe(page.data.openid[page.count - 1]);
    const end = await wx.get('/cgi-bin/user/get', { ...q(), next_openid: page.next_openid });
    expect(end).toEqual({ total: oa.followers, count: 0, next_openid: '' });
    expect((await wx.get('/cgi-bin/user/get', { ...q(), next_openid: 'oUnknown' })).errcode).toBe(40003);
  });

  test('user/info answers the current field set, with the unionid shared with the mini program', async () => {
    const { fans } = await admin.fans(OA.appId, { limit: 1 });
    const fan = fans[0]!;
    const info = await wx.get('/cgi-bin/user/info', { ...q(), openid: fan.openid, lang: 'zh_CN' });
    expect(info).toMatchObject({ subscribe: 1, openid: fan.openid, unionid: fan.unionid, language: 'zh_CN', remark: '', groupid: 0 });
    expect(Object.keys(info).sort()).toEqual(
      ['groupid', 'language', 'openid', 'qr_scene', 'qr_scene_str', 'remark', 'subscribe', 'subscribe_scene', 'subscribe_time', 'tagid_list', 'unionid'].sort(),
    );
    const mp = await admin.fans(MP.appId, { q: fan.unionid });
    expect(mp.fans[0]?.nickname).toBe(fan.nickname);
    expect(mp.fans[0]?.openid).not.toBe(fan.openid);
    const unfollowed = await admin.fans(OA.appId, { subscribed: false, limit: 1 });
    const gone = await wx.get('/cgi-bin/user/info', { ...q(), openid: unfollowed.fans[0]!.openid });
    expect(gone.subscribe).toBe(0);
    expect(gone.subscribe_time).toBeUndefined();
    expect((await wx.get('/cgi-bin/user/info', { ...q(), openid: 'nobody' })).errcode).toBe(40003);
  });

  test('batchget takes 1..100 openids (40032 otherwise)', async () => {
    const page = await wx.get('/cgi-bin/user/get', q());
    const list = (page.data.openid as string[]).slice(0, 100).map((openid) => ({ openid, lang: 'zh_CN' }));
    const res = await wx.post('/cgi-bin/user/info/batchget', q(), { user_list: list });
    expect(res.user_info_list).toHaveLength(100);
    expect(res.user_info_list[5].openid).toBe(list[5]!.openid);
    const over = [...list, { openid: list[0]!.openid }];
    expect((await wx.post('/cgi-bin/user/info/batchget', q(), { user_list: over })).errcode).toBe(40032);
    expect((await wx.post('/cgi-bin/user/info/batchget', q(), { user_list: [] })).errcode).toBe(40032);
  });

  test('updateremark', async () => {
    const { fans } = await admin.fans(OA.appId, { limit: 1 });
    expect((await wx.post('/cgi-bin/user/info/updateremark', q(), { openid: fans[0]!.openid, remark: '老客户' })).errcode).toBe(0);
    expect((await wx.get('/cgi-bin/user/info', { ...q(), openid: fans[0]!.openid })).remark).toBe('老客户');
  });
});

describe('tags', () => {
  let openids: string[];
  beforeAll(async () => {
    openids = (await wx.get('/cgi-bin/user/get', q())).data.openid;
  });

  test('tags/get lists the demo tags with counts, including the reserved 星标组', async () => {
    const { tags } = await wx.get('/cgi-bin/tags/get', q());
    expect(tags.find((t: Json) => t.id === 2).name).toBe('星标组');
    const vip = tags.find((t: Json) => t.name === 'VIP会员');
    expect(vip.count).toBeGreaterThan(0);
  });

  test('create, update, delete with their errcodes', async () => {
    const created = await wx.post('/cgi-bin/tags/create', q(), { tag: { name: '测试标签' } });
    expect(created.tag).toEqual({ id: expect.any(Number), name: '测试标签' });
    expect((await wx.post('/cgi-bin/tags/create', q(), { tag: { name: '测试标签' } })).errcode).toBe(45157);
    expect((await wx.post('/cgi-bin/tags/create', q(), { tag: { name: '长'.repeat(11) } })).errcode).toBe(45158);
    expect((await wx.post('/cgi-bin/tags/update', q(), { tag: { id: created.tag.id, name: '改名了' } })).errcode).toBe(0);
    expect((await wx.post('/cgi-bin/tags/update', q(), { tag: { id: 2, name: 'x' } })).errcode).toBe(45058);
    expect((await wx.post('/cgi-bin/tags/update', q(), { tag: { id: 99999, name: 'x' } })).errcode).toBe(45159);
    expect((await wx.post('/cgi-bin/tags/delete', q(), { tag: { id: 2 } })).errcode).toBe(45058);
    expect((await wx.post('/cgi-bin/tags/delete', q(), { tag: { id: created.tag.id } })).errcode).toBe(0);
    const { tags } = await wx.get('/cgi-bin/tags/get', q());
    expect(tags.find((t: Json) => t.id === created.tag.id)).toBeUndefined();
  });

  test('at most 100 tags (45056)', async () => {
    const { tags } = await wx.get('/cgi-bin/tags/get', q());
    for (let i = tags.length; i < 100; i++) expect((await wx.post('/cgi-bin/tags/create', q(), { tag: { name: `批量${i}` } })).tag).toBeDefined();
    expect((await wx.post('/cgi-bin/tags/create', q(), { tag: { name: '第101个' } })).errcode).toBe(45056);
    sb.reset();
    token = await wx.token();
  });

  test('batch tagging takes at most 50 openids; members, getidlist and untagging follow', async () => {
    const tag = (await wx.post('/cgi-bin/tags/create', q(), { tag: { name: '五十人' } })).tag;
    const fifty = openids.slice(0, 50);
    expect((await wx.post('/cgi-bin/tags/members/batchtagging', q(), { openid_list: fifty, tagid: tag.id })).errcode).toBe(0);
    expect((await wx.post('/cgi-bin/tags/members/batchtagging', q(), { openid_list: openids.slice(0, 51), tagid: tag.id })).errcode).toBe(40032);
    expect((await wx.post('/cgi-bin/tags/members/batchtagging', q(), { openid_list: [], tagid: tag.id })).errcode).toBe(40032);
    expect((await wx.post('/cgi-bin/tags/members/batchtagging', q(), { openid_list: fifty, tagid: 424242 })).errcode).toBe(45159);
    expect((await wx.post('/cgi-bin/tags/members/batchtagging', q(), { openid_list: ['nobody'], tagid: tag.id })).errcode).toBe(40003);
    const mpFan = (await admin.fans(MP.appId, { limit: 1 })).fans[0]!;
    expect((await wx.post('/cgi-bin/tags/members/batchtagging', q(), { openid_list: [mpFan.openid], tagid: tag.id })).errcode).toBe(49003);

    const members = await wx.post('/cgi-bin/user/tag/get', q(), { tagid: tag.id, next_openid: '' });
    expect(members.count).toBe(50);
    expect(members.data.openid).toEqual(fifty);
    expect((await wx.post('/cgi-bin/tags/getidlist', q(), { openid: fifty[0] })).tagid_list).toContain(tag.id);
    expect((await wx.get('/cgi-bin/tags/get', q())).tags.find((t: Json) => t.id === tag.id).count).toBe(50);

    expect((await wx.post('/cgi-bin/tags/members/batchuntagging', q(), { openid_list: fifty.slice(0, 10), tagid: tag.id })).errcode).toBe(0);
    expect((await wx.post('/cgi-bin/user/tag/get', q(), { tagid: tag.id })).count).toBe(40);
  });

  test('a fan can hold at most 20 tags (45059)', async () => {
    const openid = openids[1]!;
    const info = await wx.get('/cgi-bin/user/info', { ...q(), openid });
    for (let i = info.tagid_list.length; i < 20; i++) {
      const tag = (await wx.post('/cgi-bin/tags/create', q(), { tag: { name: `满${i}` } })).tag;
      expect((await wx.post('/cgi-bin/tags/members/batchtagging', q(), { openid_list: [openid], tagid: tag.id })).errcode).toBe(0);
    }
    const extra = (await wx.post('/cgi-bin/tags/create', q(), { tag: { name: '第二十一个' } })).tag;
    expect((await wx.post('/cgi-bin/tags/members/batchtagging', q(), { openid_list: [openid], tagid: extra.id })).errcode).toBe(45059);
  });
});
