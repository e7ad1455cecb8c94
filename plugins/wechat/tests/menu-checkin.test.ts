import request from 'supertest';
import { bootStack, OA, stopStack, type Stack } from './helpers';

/**
 * The demo menu's 每日签到 (CLICK key CHECKIN): the sandbox pushes the CLICK through the real callback
 * (safe mode, signed and encrypted as WeChat does); the fan's user is checked in by the points plugin
 * and the passive reply tells the points and the streak, or how to log in first.
 */
let stack: Stack;
beforeAll(async () => {
  stack = await bootStack();
}, 120_000);
afterAll(() => stopStack(stack));

const api = () => request(stack.cms.url);
const fanAt = async (offset: number) => (await stack.admin.fans(OA.appId, { subscribed: true, limit: 1, offset })).fans[0]!;
async function clickCheckin(openid: string) {
  const record = await stack.admin.push({ appId: OA.appId, openid, type: 'CLICK', eventKey: 'CHECKIN' });
  expect(record.outcome).toBe('replied');
  expect(record.reply!.encrypted).toBe(true);
  expect(record.reply!.message).toMatchObject({ MsgType: 'text', ToUserName: openid });
  return String(record.reply!.message.Content);
}

test('a fan who never logged in is told how to log in; nothing is checked in', async () => {
  const fan = await fanAt(2);
  await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'subscribe' });
  const text = await clickCheckin(fan.openid);
  expect(text).toContain('登录');
  expect(text).toContain('积分商城');
  expect(await stack.cms.strapi.db.query('plugin::points.checkin').count()).toBe(0);
});

test('a logged-in fan is checked in with the points and the streak; a second click says it is done for today', async () => {
  const fan = await fanAt(3);
  const login = await api()
    .post('/api/wechat/oauth/login')
    .send({ code: (await stack.admin.oauthCode(OA.appId, fan.openid)).code })
    .expect(200);
  const auth = `Bearer ${login.body.jwt}`;
  const before = (await api().get('/api/points/me').set('Authorization', auth).expect(200)).body.data;
  expect(before.checkedInToday).toBe(false);

  const text = await clickCheckin(fan.openid);
  const after = (await api().get('/api/points/me').set('Authorization', auth).expect(200)).body.data;
  expect(after).toMatchObject({ checkedInToday: true, streak: 1 });
  const earned = after.balance - before.balance;
  expect(earned).toBeGreaterThan(0);
  expect(text).toBe(`签到成功！获得 ${earned} 积分，已连续签到 1 天，当前积分 ${after.balance}。`);
  const lines = (await api().get('/api/points/me/transactions').set('Authorization', auth).expect(200)).body.data;
  expect(lines.filter((l: { source: string }) => l.source === 'checkin')).toHaveLength(1);

  // WeChat's retries are recognised by FromUserName + CreateTime: a second click comes a second later.
  await new Promise((r) => setTimeout(r, 1100));
  const again = await clickCheckin(fan.openid);
  expect(again).toBe(`今天已经签到过了，明天再来吧。已连续签到 1 天，当前积分 ${after.balance}。`);
  // The H5's check-in agrees: one a day, whichever way.
  const h5 = await api().post('/api/points/checkin').set('Authorization', auth).expect(409);
  expect(h5.body.error.name).toBe('AlreadyCheckedIn');
  expect((await api().get('/api/points/me').set('Authorization', auth).expect(200)).body.data.balance).toBe(after.balance);
});

test('the menu editor shows the action on the key', async () => {
  const bindings = stack.cms.strapi.plugin('wechat').service('menuClickReplies');
  expect(await bindings.bindings(OA.appId, ['CHECKIN', 'ABOUT'])).toEqual([
    { key: 'CHECKIN', reply: null, action: '每日签到（积分）' },
    { key: 'ABOUT', reply: null, action: null },
  ]);
});
