import { DEMO_SUBSCRIBE_TEMPLATES, DEMO_TEMPLATES, type RunningSandbox, type SandboxClient } from '../src';
import { boot, MP, OA, type Wx } from './helpers';

let sb: RunningSandbox;
let admin: SandboxClient;
let wx: Wx;
let token: string;
let follower: string;
let unfollowed: string;
beforeAll(async () => {
  ({ sb, admin, wx } = await boot({ callbackUrl: undefined }));
  token = await wx.token();
  follower = (await admin.fans(OA.appId, { subscribed: true, limit: 1 })).fans[0]!.openid;
  unfollowed = (await admin.fans(OA.appId, { subscribed: false, limit: 1 })).fans[0]!.openid;
});
afterAll(() => sb.close());

const q = () => ({ access_token: token });
const tpl = DEMO_TEMPLATES[0]!.template_id;
const send = (touser: string, template_id = tpl) =>
  wx.post('/cgi-bin/message/template/send', q(), {
    touser,
    template_id,
    url: 'http://h5.local/points',
    data: { first: { value: '积分到账' }, keyword1: { value: '+10', color: '#173177' } },
  });

describe('template messages', () => {
  test('the OA has the 3 demo templates', async () => {
    const { template_list } = await wx.get('/cgi-bin/template/get_all_private_template', q());
    expect(template_list.map((t: { title: string }) => t.title)).toEqual(['积分变动提醒', '兑换成功通知', '订单发货提醒']);
    expect(template_list[0]).toEqual(DEMO_TEMPLATES[0]);
  });

  test('send to a follower answers a msgid and is recorded', async () => {
    const res = await send(follower);
    expect(res).toEqual({ errcode: 0, errmsg: 'ok', msgid: expect.any(Number) });
    const sent = await admin.messages({ kind: 'template', touser: follower });
    expect(sent.at(-1)).toMatchObject({ msgid: res.msgid, templateId: tpl, appId: OA.appId, payload: { data: { first: { value: '积分到账' } } } });
  });

  test('43004 for a non-follower, 40037 for an unknown template, 40003 for an unknown openid', async () => {
    expect((await send(unfollowed)).errcode).toBe(43004);
    expect((await send(follower, 'no-such-template')).errcode).toBe(40037);
    expect((await send('nobody')).errcode).toBe(40003);
    expect((await admin.messages({ kind: 'template', touser: unfollowed })).length).toBe(0);
  });
});

describe('customer-service messages', () => {
  const text = (touser: string) => wx.post('/cgi-bin/message/custom/send', q(), { touser, msgtype: 'text', text: { content: '您好' } });

  test('need the 48 h window opened by the fan (45015), then at most 5 messages (45047)', async () => {
    expect((await text(follower)).errcode).toBe(45015);
    await admin.push({ appId: OA.appId, openid: follower, type: 'text', content: '在吗' });
    for (let i = 0; i < 5; i++) expect((await text(follower)).errcode).toBe(0);
    expect((await text(follower)).errcode).toBe(45047);
    await admin.advanceClock(48 * 3600 + 1);
    token = await wx.token();
    expect((await text(follower)).errcode).toBe(45015);
    expect((await text(unfollowed)).errcode).toBe(45015);
  });

  test('40008 for an unknown msgtype, 47001 for a text without content', async () => {
    await admin.updateFan(OA.appId, follower, { lastInteractionAt: 'now' });
    expect((await wx.post('/cgi-bin/message/custom/send', q(), { touser: follower, msgtype: 'sticker', sticker: {} })).errcode).toBe(40008);
    expect((await wx.post('/cgi-bin/message/custom/send', q(), { touser: follower, msgtype: 'text', text: {} })).errcode).toBe(47001);
    const custom = await admin.messages({ kind: 'custom', touser: follower });
    expect(custom.length).toBe(5);
  });
});

describe('mini program subscribe messages', () => {
  test('43101 until the user accepts, one message per acceptance; 40037 unknown template', async () => {
    const mpToken = await wx.token(MP);
    const fan = (await admin.fans(MP.appId, { limit: 1 })).fans[0]!;
    const template_id = DEMO_SUBSCRIBE_TEMPLATES[0]!.template_id;
    const body = { touser: fan.openid, template_id, page: 'pages/order/index', data: { thing1: { value: '保温杯' }, number2: { value: 300 } } };
    const sendIt = (b: object = body) => wx.post('/cgi-bin/message/subscribe/send', { access_token: mpToken }, b);
    expect((await sendIt()).errcode).toBe(43101);
    await admin.grantSubscribe(MP.appId, fan.openid, template_id);
    expect((await sendIt()).errcode).toBe(0);
    expect((await sendIt()).errcode).toBe(43101);
    expect((await sendIt({ ...body, template_id: 'nope' })).errcode).toBe(40037);
    expect((await wx.post('/cgi-bin/message/subscribe/send', q(), body)).errcode).toBe(48001);
    expect((await admin.messages({ kind: 'subscribe' })).length).toBe(1);
  });
});
