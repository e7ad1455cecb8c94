import { dingtalkSign } from '../src/dingtalk/routes';
import { useSandbox } from './helpers';

const t = useSandbox({}, { resetEach: true });
const TEXT = { msgtype: 'text', text: { content: 'WeDraw 告警：测试' } };
const SECRET = 'SEC0123456789abcdef0123456789abcdef';

describe('DingTalk group robot: keyword robots take any token; 加签 robots check timestamp and sign', () => {
  test('an unsigned robot takes the send; a body without its text is 40035', async () => {
    expect(await t.wx.post('/robot/send', { access_token: 'plain-robot-1' }, TEXT)).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await t.wx.post('/robot/send', { access_token: 'plain-robot-1' }, { msgtype: 'text' })).errcode).toBe(40035);
    expect(await t.admin.dingtalkMessages('plain-robot-1')).toHaveLength(1);
  });

  test('a signing robot takes a fresh timestamp with its HMAC-SHA256 sign, and refuses a wrong, missing or stale one with 310000', async () => {
    await t.admin.dingtalkSigningRobot('signed-robot-1', SECRET);
    const now = String(Date.now());
    const send = (query: Record<string, string | undefined>) => t.wx.post('/robot/send', { access_token: 'signed-robot-1', ...query }, TEXT);
    expect(await send({})).toMatchObject({ errcode: 310000 });
    expect(await send({ timestamp: now, sign: dingtalkSign(now, 'SECsomeoneelse') })).toEqual({ errcode: 310000, errmsg: 'sign not match' });
    const stale = String(Date.now() - 2 * 3600_000);
    expect(await send({ timestamp: stale, sign: dingtalkSign(stale, SECRET) })).toEqual({ errcode: 310000, errmsg: 'invalid timestamp' });
    expect(await t.admin.dingtalkMessages('signed-robot-1')).toEqual([]);
    expect(await send({ timestamp: now, sign: dingtalkSign(now, SECRET) })).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(await t.admin.dingtalkMessages('signed-robot-1')).toHaveLength(1);
  });
});
