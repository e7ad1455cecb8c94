import request from 'supertest';
import { DEMO_MENU } from '@wedraw/sandbox';
import { byteLength, clickKeys, menuProblems, normaliseMenu, type MenuButton } from '../server/src/services/menu-rules';
import { explainMenuErrcode } from '../server/src/services/menu-errcodes';
import { adminToken, bootStack, MP, OA, stopStack, type Stack } from './helpers';

let stack: Stack;
let jwt: string;
beforeAll(async () => {
  stack = await bootStack();
  jwt = await adminToken(stack.cms);
}, 120_000);
afterAll(() => stopStack(stack));

const base = `/wechat/menus/${OA.appId}`;
const asAdmin = (method: 'get' | 'put' | 'post' | 'delete', path: string) => request(stack.cms.url)[method](path).set('Authorization', `Bearer ${jwt}`);
const createCalls = async () => (await stack.admin.counters())['/cgi-bin/menu/create']?.calls ?? 0;
const sandboxMenu = async () => (await stack.admin.call<{ menu: MenuButton[] | null }>('GET', `/_sandbox/apps/${OA.appId}`)).menu;
const saveDraft = (button: unknown) => asAdmin('put', `${base}/draft`).send({ button });

const GOOD_MENU: MenuButton[] = [
  { type: 'view', name: '积分商城', url: 'https://mall.wedraw.test/' },
  { type: 'click', name: '每日签到', key: 'CHECKIN' },
  {
    name: '更多服务',
    sub_button: [
      { type: 'miniprogram', name: '小程序首页', appid: MP.appId, pagepath: 'pages/index/index', url: 'https://mall.wedraw.test/mp' },
      { type: 'click', name: '领取礼品', key: 'GIFT' },
      { type: 'scancode_push', name: '扫一扫', key: 'SCAN_1' },
    ],
  },
];

describe('menu rules (the pure module the admin page also uses)', () => {
  test('byte limits count UTF-8 bytes: 5 Chinese characters fit a top button, 6 do not', () => {
    expect(byteLength('积分商城签')).toBe(15);
    expect(menuProblems({ button: [{ type: 'click', name: '积分商城签', key: 'K' }] })).toEqual([]);
    const [p] = menuProblems({ button: [{ type: 'click', name: '积分商城签到', key: 'K' }] });
    expect(p).toMatchObject({ path: ['button', 0, 'name'] });
    expect(p!.message).toContain('16 字节');
    expect(menuProblems({ button: [{ name: '更多', sub_button: [{ type: 'click', name: '子'.repeat(20), key: 'K' }] }] })).toEqual([]);
    expect(menuProblems({ button: [{ name: '更多', sub_button: [{ type: 'click', name: '子'.repeat(21), key: 'K' }] }] })[0]!.path).toEqual([
      'button',
      0,
      'sub_button',
      0,
      'name',
    ]);
  });

  test('counts, types and each type’s fields', () => {
    const four = Array.from({ length: 4 }, (_, i) => ({ type: 'click', name: `菜单${i}`, key: `K${i}` }));
    expect(menuProblems({ button: four })[0]!.path).toEqual(['button']);
    expect(menuProblems({ button: [] })[0]!.message).toContain('至少需要 1 个');
    const six = Array.from({ length: 6 }, (_, i) => ({ type: 'click', name: `子${i}`, key: `K${i}` }));
    expect(menuProblems({ button: [{ name: '更多', sub_button: six }] })[0]!.path).toEqual(['button', 0, 'sub_button']);
    const paths = (button: unknown[]) => menuProblems({ button }).map((p) => p.path.join('.'));
    expect(paths([{ type: 'click', name: 'A', key: 'k'.repeat(129) }])).toEqual(['button.0.key']);
    expect(paths([{ type: 'view', name: 'A', url: 'ftp://x.test/' }])).toEqual(['button.0.url']);
    expect(paths([{ type: 'view', name: 'A', url: `https://x.test/${'a'.repeat(1010)}` }])).toEqual(['button.0.url']);
    expect(paths([{ type: 'miniprogram', name: 'A', url: 'https://x.test/' }])).toEqual(['button.0.appid', 'button.0.pagepath']);
    expect(paths([{ type: 'media_id', name: 'A' }, { name: 'B' }, { type: 'bogus', name: 'C' }])).toEqual(['button.2.type']);
    expect(paths([{ type: 'media_id', name: 'A' }, { name: 'B' }])).toEqual(['button.0.media_id', 'button.1.type']);
    expect(paths([{ type: 'article_id', name: 'A', article_id: 'ART' }])).toEqual([]);
  });

  test('normalised as WeChat takes it; CLICK keys; errcodes in Chinese', () => {
    const fromGet = [
      { type: 'click', name: ' 签到 ', key: 'CHECKIN', url: 'https://stale.test', sub_button: [] },
      { type: 'view', name: '更多', sub_button: [{ type: 'click', name: '关于', key: 'ABOUT', sub_button: [] }] },
    ] as MenuButton[];
    expect(normaliseMenu(fromGet)).toEqual([
      { type: 'click', name: '签到', key: 'CHECKIN' },
      { name: '更多', sub_button: [{ type: 'click', name: '关于', key: 'ABOUT' }] },
    ]);
    expect(clickKeys(GOOD_MENU)).toEqual(['CHECKIN', 'GIFT']);
    expect(explainMenuErrcode(40018)).toBe('一级菜单名称过长：不能超过 16 字节（约 5 个汉字）（微信错误码 40018）');
    expect(explainMenuErrcode(12345, 'odd thing rid: 1-2-3')).toBe('微信拒绝了请求（错误码 12345：odd thing）');
  });
});

describe('draft, validation and publish (admin routes)', () => {
  test('pull: the live menu made elsewhere comes back; replaceDraft copies it into the draft', async () => {
    const before = await asAdmin('get', base).expect(200);
    expect(before.body.data).toMatchObject({ appId: OA.appId, draft: { button: [] }, live: null, unpublishedChanges: true });
    const onlyLive = await asAdmin('post', `${base}/pull`).send({}).expect(200);
    expect(onlyLive.body.data.live.button).toEqual(normaliseMenu(structuredClone(DEMO_MENU) as MenuButton[]));
    expect(onlyLive.body.data.draft.button).toEqual([]);
    const copied = await asAdmin('post', `${base}/pull`).send({ replaceDraft: true }).expect(200);
    expect(copied.body.data.draft.button).toEqual(copied.body.data.live.button);
    expect(copied.body.data).toMatchObject({
      unpublishedChanges: false,
      draftUpdatedBy: expect.stringMatching(/^admin:\d+:ops@wedraw\.test$/),
      lastError: null,
    });
    expect(copied.body.data.lastPulledAt).toEqual(expect.any(String));
  });

  test('a menu breaking WeChat’s limits is saved as a draft with its problems, but never sent to WeChat', async () => {
    const calls = await createCalls();
    const bad = [
      { type: 'click', name: '每日签到领积分', key: 'CHECKIN' },
      { type: 'view', name: '商城', url: 'mall.wedraw.test' },
      { name: '更多', sub_button: [{ type: 'miniprogram', name: '小程序', url: 'https://x.test/' }] },
    ];
    const saved = await saveDraft(bad).expect(200);
    expect(saved.body.data.problems.map((p: { path: string[] }) => p.path.join('.'))).toEqual([
      'button.0.name',
      'button.1.url',
      'button.2.sub_button.0.appid',
      'button.2.sub_button.0.pagepath',
    ]);
    const res = await asAdmin('post', `${base}/publish`).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toContain('第1个菜单：名称不能超过 16 字节');
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual([
      'button.0.name',
      'button.1.url',
      'button.2.sub_button.0.appid',
      'button.2.sub_button.0.pagepath',
    ]);
    // a body that is not even a menu is refused, naming the field; the draft is left as it was
    const four = await saveDraft([...bad, bad[0]]).expect(400);
    expect(four.body.error.details.errors[0].path).toEqual(['button']);
    await saveDraft('nope').expect(400);
    expect((await asAdmin('get', base).expect(200)).body.data.draft.button).toHaveLength(3);
    expect(await createCalls()).toBe(calls);
    expect(normaliseMenu((await sandboxMenu())!)).toEqual(normaliseMenu(structuredClone(DEMO_MENU) as MenuButton[]));
  });

  test('publish round trip: WeChat’s menu/get returns what we published; later edits stay a draft', async () => {
    await saveDraft(GOOD_MENU).expect(200);
    const calls = await createCalls();
    const published = await asAdmin('post', `${base}/publish`).expect(200);
    expect(published.body.data).toMatchObject({
      problems: [],
      unpublishedChanges: false,
      lastPublishedBy: expect.stringMatching(/^admin:\d+:ops@wedraw\.test$/),
      lastError: null,
    });
    expect(published.body.data.live.button).toEqual(GOOD_MENU);
    expect(await createCalls()).toBe(calls + 1);
    const pulled = await asAdmin('post', `${base}/pull`).send({}).expect(200);
    expect(pulled.body.data.live.button).toEqual(GOOD_MENU);
    expect((await sandboxMenu())![2]!.sub_button![0]).toMatchObject({ type: 'miniprogram', appid: MP.appId, pagepath: 'pages/index/index' });

    const edited = structuredClone(GOOD_MENU);
    edited[0]!.name = '商城';
    const draft = await saveDraft(edited).expect(200);
    expect(draft.body.data).toMatchObject({ unpublishedChanges: true, draft: { button: edited }, live: { button: GOOD_MENU } });
    expect((await sandboxMenu())![0]!.name).toBe('积分商城');
  });

  test('WeChat’s errcodes are explained in Chinese and kept as lastError; nothing changes on WeChat', async () => {
    const cases: [number, string][] = [
      [48001, '没有自定义菜单接口权限'],
      [40018, '不能超过 16 字节'],
      [45009, '调用次数已达上限'],
      [40055, '子菜单链接的域名无效'],
    ];
    for (const [errcode, words] of cases) {
      await stack.admin.fault({ path: '/cgi-bin/menu/create', errcode });
      const res = await asAdmin('post', `${base}/publish`).expect(409);
      expect(res.body.error.name).toBe('MenuRejected');
      expect(res.body.error.message).toContain(words);
      expect(res.body.error.message).toContain(String(errcode));
      expect(res.body.error.details.errcode).toBe(errcode);
      const view = (await asAdmin('get', base).expect(200)).body.data;
      expect(view.lastError).toMatchObject({
        action: 'publish',
        errcode,
        message: res.body.error.message,
        by: expect.stringMatching(/^admin:\d+:ops@wedraw\.test$/),
      });
      expect(view.live.button).toEqual(GOOD_MENU);
    }
    expect((await sandboxMenu())![0]!.name).toBe('积分商城');
    await stack.admin.fault({ path: '/cgi-bin/menu/create', drop: true });
    const down = await asAdmin('post', `${base}/publish`).expect(502);
    expect(down.body.error.name).toBe('WeChatUnavailable');
    // the next publish goes through and clears the error
    const ok = await asAdmin('post', `${base}/publish`).expect(200);
    expect(ok.body.data).toMatchObject({ lastError: null, unpublishedChanges: false });
    expect((await sandboxMenu())![0]!.name).toBe('商城');
  });

  test('no menu on WeChat (46003) pulls as an empty menu; a mini program or unknown app is refused', async () => {
    await stack.admin.fault({ path: '/cgi-bin/menu/get', errcode: 46003 });
    const empty = await asAdmin('post', `${base}/pull`).send({}).expect(200);
    expect(empty.body.data.live.button).toEqual([]);
    expect(empty.body.data.draft.button[0].name).toBe('商城');
    const mp = await asAdmin('get', `/wechat/menus/${MP.appId}`).expect(409);
    expect(mp.body.error.name).toBe('NotOfficialAccount');
    await asAdmin('get', '/wechat/menus/wx0000000000000099').expect(404);
  });
});

test('admin roles without the menu actions are refused', async () => {
  const editor = await adminToken(stack.cms, 'strapi-editor', 'editor@wedraw.test');
  await request(stack.cms.url).get(base).set('Authorization', `Bearer ${editor}`).expect(403);
  await request(stack.cms.url).post(`${base}/publish`).set('Authorization', `Bearer ${editor}`).expect(403);
  await request(stack.cms.url).get(base).expect(401);
});

describe('CLICK keys bound to auto-replies', () => {
  // a different fan each time: WeChat's repeated events (same fan, same second) are handled once
  let offset = 40;
  const click = async (key: string) => {
    const fan = (await stack.admin.fans(OA.appId, { limit: 1, offset: offset++, subscribed: true })).fans[0]!;
    return stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'CLICK', eventKey: key });
  };

  test('a new text reply bound to a key answers the pushed CLICK; rebinding moves the key; unbinding silences it', async () => {
    expect((await click('GIFT')).outcome).toBe('no-reply');
    const created = await asAdmin('put', `${base}/click-replies/GIFT`).send({ text: '礼品每周一上新，凭积分兑换。' }).expect(200);
    expect(created.body.data).toMatchObject({ key: 'GIFT', reply: { name: '菜单点击：GIFT', keywords: ['GIFT'], matchType: 'exact' } });
    const answered = await click('GIFT');
    expect(answered.outcome).toBe('replied');
    expect(String(answered.reply!.message.Content)).toBe('礼品每周一上新，凭积分兑换。');

    const view = (await asAdmin('get', base).expect(200)).body.data;
    expect(view.bindings).toEqual([
      { key: 'CHECKIN', reply: null, action: '每日签到（积分）' },
      { key: 'GIFT', reply: expect.objectContaining({ name: '菜单点击：GIFT' }), action: null },
    ]);

    const options = (await asAdmin('get', `${base}/replies`).expect(200)).body.data as { id: number; name: string }[];
    const points = options.find((o) => o.name === '关键词：积分')!;
    const moved = await asAdmin('put', `${base}/click-replies/GIFT`).send({ replyId: points.id }).expect(200);
    expect(moved.body.data.reply).toMatchObject({ id: points.id, keywords: ['积分', '签到', 'GIFT'] });
    expect(String((await click('GIFT')).reply!.message.Content)).toContain('每日签到可得积分');
    const old = options.find((o) => o.name === '菜单点击：GIFT')!;
    expect((await asAdmin('get', `${base}/replies`).expect(200)).body.data.find((o: { id: number }) => o.id === old.id).keywords).toEqual([]);

    const gone = await asAdmin('delete', `${base}/click-replies/GIFT`).expect(200);
    expect(gone.body.data).toEqual({ key: 'GIFT', reply: null, action: null });
    expect((await click('GIFT')).outcome).toBe('no-reply');
  });

  test('bad binding input names the field', async () => {
    const none = await asAdmin('put', `${base}/click-replies/GIFT`).send({}).expect(400);
    expect(none.body.error.details.errors[0].path).toEqual(['text']);
    const foreign = await asAdmin('put', `${base}/click-replies/GIFT`).send({ replyId: 999999 }).expect(400);
    expect(foreign.body.error.details.errors[0].path).toEqual(['replyId']);
    const long = await asAdmin('put', `${base}/click-replies/${'K'.repeat(129)}`)
      .send({ text: 'x' })
      .expect(400);
    expect(long.body.error.details.errors[0].path).toEqual(['key']);
  });
});

describe('API tokens under /api/wechat/menus', () => {
  const token = async (name: string, actions: string[]) =>
    (await stack.cms.strapi.service('admin::api-token').create({ name, kind: 'content-api', type: 'custom', lifespan: null, permissions: actions }))
      .accessKey as string;

  test('read, save the draft, publish and pull with a token; only the granted actions; users cannot', async () => {
    const full = await token('menu-bot', [
      'plugin::wechat.menus.get',
      'plugin::wechat.menus.saveDraft',
      'plugin::wechat.menus.publish',
      'plugin::wechat.menus.pull',
    ]);
    const api = (method: 'get' | 'put' | 'post', path: string, key = full) =>
      request(stack.cms.url)[method](`/api/wechat/menus/${OA.appId}${path}`).set('Authorization', `Bearer ${key}`);
    const menu: MenuButton[] = [
      { type: 'click', name: '签到', key: 'CHECKIN' },
      { type: 'view', name: '商城', url: 'https://mall.wedraw.test/' },
    ];
    await api('put', '/draft').send({ button: menu }).expect(200);
    const published = await api('post', '/publish').expect(200);
    expect(published.body.data).toMatchObject({ live: { button: menu }, lastPublishedBy: expect.stringMatching(/^api-token:\d+:menu-bot$/) });
    expect((await api('post', '/pull').send({}).expect(200)).body.data.live.button).toEqual(menu);
    expect((await api('get', '?keys=NOT_SAVED').expect(200)).body.data.bindings).toEqual([
      { key: 'CHECKIN', reply: null, action: '每日签到（积分）' },
      { key: 'NOT_SAVED', reply: null, action: null },
    ]);
    await api('put', '/draft')
      .send({ button: [{ type: 'click', name: '签到', key: '' }] })
      .expect(200);
    const calls = await createCalls();
    const invalid = await api('post', '/publish').expect(400);
    expect(invalid.body.error.details.errors[0].path).toEqual(['button', '0', 'key']);
    expect(await createCalls()).toBe(calls);

    const readOnly = await token('menu-reader', ['plugin::wechat.menus.get']);
    await api('get', '', readOnly).expect(200);
    await api('post', '/publish', readOnly).expect(403);
    await request(stack.cms.url).post(`/api/wechat/menus/${OA.appId}/publish`).expect(403);
  });
});
