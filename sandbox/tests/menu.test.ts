import { boot, OA, type Wx } from './helpers';
import type { RunningSandbox } from '../src';

let sb: RunningSandbox;
let wx: Wx;
let token: string;
beforeAll(async () => {
  ({ sb, wx } = await boot());
  token = await wx.token();
});
afterAll(() => sb.close());

const create = (button: unknown) => wx.post('/cgi-bin/menu/create', { access_token: token }, { button });
const leaf = (name: string, key = 'K') => ({ type: 'click', name, key });

describe('custom menu', () => {
  test('create, get (with sub_button arrays), delete, then 46003', async () => {
    const menu = [
      { type: 'view', name: '积分商城', url: 'https://h5.example.com/' },
      {
        name: '更多',
        sub_button: [
          leaf('联系客服', 'CONTACT'),
          { type: 'miniprogram', name: '小程序', url: 'https://x.example.com', appid: 'wx5a0d7e3c1b9f0002', pagepath: 'pages/index' },
        ],
      },
    ];
    expect(await create(menu)).toEqual({ errcode: 0, errmsg: 'ok' });
    const got = await wx.get('/cgi-bin/menu/get', { access_token: token });
    expect(got.menu.button[0]).toEqual({ type: 'view', name: '积分商城', url: 'https://h5.example.com/', sub_button: [] });
    expect(got.menu.button[1].sub_button[0]).toEqual({ type: 'click', name: '联系客服', key: 'CONTACT', sub_button: [] });
    expect(await create(got.menu.button)).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await wx.get('/cgi-bin/menu/delete', { access_token: token })).errcode).toBe(0);
    const none = await wx.get('/cgi-bin/menu/get', { access_token: token });
    expect(none.errcode).toBe(46003);
    expect(none.errmsg).toMatch(/^menu no exist/);
  });

  test.each([
    ['no buttons', [], 40016],
    ['four buttons', [leaf('a'), leaf('b'), leaf('c'), leaf('d')], 40016],
    ['unknown type', [{ type: 'tap', name: 'a', key: 'k' }], 40017],
    ['no type and no sub_button', [{ name: 'a' }], 40017],
    ['parent with a type', [{ type: 'click', name: 'a', key: 'k', sub_button: [leaf('b')] }], 40017],
    ['top name over 16 bytes (6 Chinese characters)', [leaf('积分商城积分商')], 40018],
    ['empty name', [leaf('')], 40018],
    ['click without key', [{ type: 'click', name: 'a' }], 40019],
    ['key over 128 bytes', [leaf('a', 'k'.repeat(129))], 40019],
    ['view without url', [{ type: 'view', name: 'a' }], 40020],
    ['url over 1024 bytes', [{ type: 'view', name: 'a', url: `https://x.com/${'a'.repeat(1020)}` }], 40020],
    ['url not http(s)', [{ type: 'view', name: 'a', url: 'ftp://x.com' }], 40054],
    ['six sub-buttons', [{ name: 'p', sub_button: [1, 2, 3, 4, 5, 6].map((i) => leaf(`s${i}`)) }], 40023],
    ['sub-button type', [{ name: 'p', sub_button: [{ type: 'bad', name: 's' }] }], 40024],
    ['sub-button name over 60 bytes', [{ name: 'p', sub_button: [leaf('名'.repeat(21))] }], 40025],
    ['sub-button key', [{ name: 'p', sub_button: [{ type: 'click', name: 's' }] }], 40026],
    ['sub-button url', [{ name: 'p', sub_button: [{ type: 'view', name: 's' }] }], 40027],
    ['sub-button url domain', [{ name: 'p', sub_button: [{ type: 'view', name: 's', url: 'javascript:x' }] }], 40055],
    ['media_id button without media_id', [{ type: 'media_id', name: 'a' }], 40007],
  ])('%s', async (_what, button, errcode) => {
    expect((await create(button)).errcode).toBe(errcode);
  });

  test('16-byte top names and 60-byte sub names are accepted', async () => {
    const res = await create([{ name: '积分商城积', sub_button: [leaf('名'.repeat(20))] }]);
    expect(res.errcode).toBe(0);
  });

  test('malformed body gets 47001, a missing body 44002', async () => {
    expect((await wx.post('/cgi-bin/menu/create', { access_token: token }, '{"button":')).errcode).toBe(47001);
    expect((await wx.post('/cgi-bin/menu/create', { access_token: token }, '')).errcode).toBe(44002);
    expect(OA.appId).toBeDefined();
  });
});
