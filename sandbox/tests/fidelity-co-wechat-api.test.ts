import { DEMO_TEMPLATES, type RunningSandbox, type SandboxClient } from '../src';
import { boot, MP, OA } from './helpers';

const WechatAPI = require('co-wechat-api');

/** co-wechat-api pointed at the sandbox through its documented prefix properties (reference §6.1). */
function client(sbUrl: string, app: { appId: string; secret: string }) {
  const api = new WechatAPI(app.appId, app.secret);
  api.prefix = `${sbUrl}/cgi-bin/`;
  api.snsPrefix = `${sbUrl}/sns/`;
  api.wxaPrefix = `${sbUrl}/wxa/`;
  return api;
}

let sb: RunningSandbox;
let admin: SandboxClient;
beforeAll(async () => ({ sb, admin } = await boot({ callbackUrl: undefined })));
afterAll(() => sb.close());

describe('co-wechat-api against the sandbox, unchanged', () => {
  test('token, menu, followers, users, tags, templates, JS-SDK', async () => {
    const api = client(sb.url, OA);
    const token = await api.getAccessToken();
    expect(token.accessToken).toMatch(/^SBXt_/);

    const menu = {
      button: [
        { type: 'click', name: '每日签到', key: 'CHECKIN' },
        { name: '商城', sub_button: [{ type: 'view', name: '首页', url: 'http://h5.local/' }] },
      ],
    };
    expect(await api.createMenu(menu)).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await api.getMenu()).menu.button[1].sub_button[0].url).toBe('http://h5.local/');
    await api.removeMenu();
    await expect(api.getMenu()).rejects.toMatchObject({ code: 46003, name: 'WeChatAPIError' });

    const followers = await api.getFollowers();
    expect(followers.count).toBe(followers.total);
    const first = followers.data.openid[0];
    const user = await api.getUser(first);
    expect(user).toMatchObject({ subscribe: 1, openid: first });
    const users = await api.batchGetUsers(followers.data.openid.slice(0, 3));
    expect(users.user_info_list.map((u: { openid: string }) => u.openid)).toEqual(followers.data.openid.slice(0, 3));

    const { tag } = await api.createTags('来自 co-wechat-api');
    await api.batchTagging(followers.data.openid.slice(0, 2), tag.id);
    expect((await api.getIdList(first)).tagid_list).toContain(tag.id);
    expect((await api.getUsersFromTag(tag.id)).count).toBe(2);
    expect((await api.getTags()).tags.find((t: { id: number }) => t.id === tag.id).count).toBe(2);
    await api.batchUnTagging([first], tag.id);
    await api.updateTag(tag.id, '改名');
    await api.deleteTag(tag.id);

    const { template_list } = await api.getAllPrivateTemplate();
    expect(template_list).toHaveLength(3);
    const sent = await api.sendTemplate(first, DEMO_TEMPLATES[1]!.template_id, 'http://h5.local/order', '#FF0000', { keyword1: { value: '保温杯' } });
    expect(sent).toMatchObject({ errcode: 0, msgid: expect.any(Number) });
    await expect(api.sendTemplate(first, 'nope', '', '', {})).rejects.toMatchObject({ code: 40037 });

    const config = await api.getJsConfig({ url: 'http://h5.local/mall?x=1', jsApiList: ['chooseImage'] });
    const check = await admin.call<{ valid: boolean }>('POST', '/_sandbox/jssdk/verify', { ...config, url: 'http://h5.local/mall?x=1' });
    expect(check.valid).toBe(true);
  });

  test('retries with a fresh token on 40001 / 42001, which the counters show', async () => {
    const api = client(sb.url, OA);
    await api.getAccessToken();
    await admin.resetCounters();
    await admin.expireTokens({ appId: OA.appId });
    await api.getMenu().catch(() => undefined);
    const counters = await admin.counters();
    expect(counters['/cgi-bin/menu/get']?.errcodes['42001']).toBe(1);
    expect(counters['/cgi-bin/token']?.calls).toBe(1);
  });

  test('mini program: code2Session and subscribe messages', async () => {
    const api = client(sb.url, MP);
    const { js_code, openid } = await admin.miniProgramCode(MP.appId);
    const session = await api.code2Session(js_code);
    expect(session.openid).toBe(openid);
    await expect(api.code2Session(js_code)).rejects.toMatchObject({ code: 40163 });
    const tpl = sb.state.apps.get(MP.appId)!.templates[0]!.template_id;
    await admin.grantSubscribe(MP.appId, openid, tpl);
    expect(await api.sendSubscribeMessage(openid, tpl, 'pages/index', { thing1: { value: '保温杯' } })).toMatchObject({ errcode: 0 });
  });
});
