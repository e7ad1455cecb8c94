import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { parseXml, sortedSha1, type RunningSandbox, type SandboxClient } from '../src';
import { boot, OA, receiver, sleep, type Json } from './helpers';
// co-wechat is the Koa middleware many Node WeChat servers use: if it accepts our pushes and we
// accept its replies, the envelope is right. wechat-crypto is an independent AES implementation.

const wechat = require('co-wechat');

const WXBizMsgCrypt = require('wechat-crypto');

let sb: RunningSandbox;
let admin: SandboxClient;
let fan: string;
let koa: Server;
let koaUrl: string;
const seen: Json[] = [];

beforeAll(async () => {
  ({ sb, admin } = await boot());
  fan = (await admin.fans(OA.appId, { subscribed: true, limit: 1 })).fans[0]!.openid;
  const app = new Koa();
  app.use(
    wechat({ token: OA.token, appid: OA.appId, encodingAESKey: OA.encodingAESKey }).middleware(async (message: Json) => {
      seen.push(message);
      if (message.MsgType === 'text') return `echo: ${message.Content}`;
      if (message.Event === 'subscribe') return '欢迎关注';
      if (message.Event === 'CLICK') return [{ title: '签到', description: '今日已签到', picurl: 'http://x/p.png', url: 'http://x' }];
      return '';
    }),
  );
  koa = app.listen(0, '127.0.0.1');
  await new Promise((r) => koa.once('listening', r));
  koaUrl = `http://127.0.0.1:${(koa.address() as AddressInfo).port}/wechat`;
});
afterAll(async () => {
  koa.closeAllConnections();
  await new Promise((r) => koa.close(r));
  await sb.close();
});
beforeEach(() => {
  seen.length = 0;
});

describe('event push to a co-wechat server', () => {
  test.each(['plain', 'compatible', 'safe'] as const)('%s mode: text message, passive reply recorded (decrypted)', async (mode) => {
    await admin.setCallback(OA.appId, koaUrl, mode);
    const rec = await admin.push({ appId: OA.appId, openid: fan, type: 'text', content: '你好' });
    expect(rec.outcome).toBe('replied');
    expect(rec.attempts).toHaveLength(1);
    expect(seen[0]).toMatchObject({ ToUserName: OA.ghId, FromUserName: fan, MsgType: 'text', Content: '你好' });
    expect(seen[0]!.MsgId).toMatch(/^\d{17}$/);
    expect(rec.reply).toMatchObject({
      encrypted: mode !== 'plain',
      problems: [],
      message: { MsgType: 'text', Content: 'echo: 你好', ToUserName: fan, FromUserName: OA.ghId },
    });
    const conversation = await admin.call<Json[]>('GET', `/_sandbox/apps/${OA.appId}/fans/${fan}/conversation`);
    expect(conversation.slice(-2).map((c) => [c.from, c.type])).toEqual([
      ['fan', 'text'],
      ['app', 'reply'],
    ]);
  });

  test('subscribe from a new openid creates a follower; unsubscribe flips it', async () => {
    await admin.setCallback(OA.appId, koaUrl, 'safe');
    const openid = 'oNewFollower0000000000000001';
    const rec = await admin.push({ appId: OA.appId, openid, type: 'subscribe' });
    expect(seen[0]).toMatchObject({ MsgType: 'event', Event: 'subscribe', FromUserName: openid });
    expect(rec.reply?.message.Content).toBe('欢迎关注');
    expect((await admin.fan(OA.appId, openid)).subscribed).toBe(true);
    const bye = await admin.push({ appId: OA.appId, openid, type: 'unsubscribe' });
    expect(bye.outcome).toBe('no-reply'); // the handler returned '': co-wechat answers an empty body
    expect((await admin.fan(OA.appId, openid)).subscribed).toBe(false);
  });

  test('CLICK, VIEW and SCAN carry their keys; a news reply is recorded', async () => {
    await admin.setCallback(OA.appId, koaUrl, 'plain');
    const click = await admin.push({ appId: OA.appId, openid: fan, type: 'CLICK', eventKey: 'CHECKIN' });
    expect(seen[0]).toMatchObject({ Event: 'CLICK', EventKey: 'CHECKIN' });
    expect(click.reply?.message).toMatchObject({ MsgType: 'news', ArticleCount: '1' });
    await admin.push({ appId: OA.appId, openid: fan, type: 'VIEW', eventKey: 'http://h5.local/' });
    await admin.push({ appId: OA.appId, openid: fan, type: 'SCAN', eventKey: '42', ticket: 'T' });
    expect(seen.slice(1)).toMatchObject([
      { Event: 'VIEW', EventKey: 'http://h5.local/' },
      { Event: 'SCAN', EventKey: '42', Ticket: 'T' },
    ]);
  });

  test('URL verification (GET with echostr)', async () => {
    await admin.setCallback(OA.appId, koaUrl, 'safe');
    expect(await admin.verifyCallback(OA.appId)).toMatchObject({ ok: true, status: 200 });
    expect(await admin.verifyCallback(OA.appId, `${sb.url}/_sandbox/apps`)).toMatchObject({ ok: false });
  });

  test('a template send pushes TEMPLATESENDJOBFINISH with the msgid', async () => {
    await admin.setCallback(OA.appId, koaUrl, 'safe');
    const token = (await (await fetch(`${sb.url}/cgi-bin/token?grant_type=client_credential&appid=${OA.appId}&secret=${OA.secret}`)).json()) as Json;
    const res = (await (
      await fetch(`${sb.url}/cgi-bin/message/template/send?access_token=${token.access_token}`, {
        method: 'POST',
        body: JSON.stringify({ touser: fan, template_id: sb.state.apps.get(OA.appId)!.templates[0]!.template_id, data: {} }),
      })
    ).json()) as Json;
    for (let i = 0; i < 50 && !seen.length; i++) await sleep(20);
    expect(seen[0]).toMatchObject({ Event: 'TEMPLATESENDJOBFINISH', MsgID: String(res.msgid), Status: 'success' });
    expect((await admin.pushes({ type: 'TEMPLATESENDJOBFINISH' })).length).toBe(1);
  });
});

describe('push delivery details', () => {
  test('safe mode sends both signatures and an Encrypt that wechat-crypto opens', async () => {
    let got: { query: URLSearchParams; body: string } | undefined;
    const r = await receiver((req, res) => {
      got = { query: req.query, body: req.body };
      res.end('success');
    });
    const rec = await admin.push({ appId: OA.appId, openid: fan, type: 'text', content: 'hi', url: r.url, mode: 'safe' });
    await r.close();
    expect(rec.outcome).toBe('no-reply');
    const q = got!.query;
    expect(q.get('encrypt_type')).toBe('aes');
    expect(q.get('openid')).toBe(fan);
    expect(q.get('signature')).toBe(sortedSha1(OA.token, q.get('timestamp')!, q.get('nonce')!));
    const outer = parseXml(got!.body);
    expect(Object.keys(outer)).toEqual(['ToUserName', 'Encrypt']);
    const crypt = new WXBizMsgCrypt(OA.token, OA.encodingAESKey, OA.appId);
    expect(crypt.getSignature(q.get('timestamp'), q.get('nonce'), outer.Encrypt)).toBe(q.get('msg_signature'));
    const opened = crypt.decrypt(outer.Encrypt);
    expect(opened.id).toBe(OA.appId);
    expect(parseXml(opened.message)).toMatchObject({ FromUserName: fan, Content: 'hi' });
  });

  test('retries up to 3 deliveries when the server is too slow, with the same MsgId', async () => {
    const ids: string[] = [];
    const r = await receiver(async (req, res) => {
      ids.push(String(parseXml(req.body).MsgId));
      if (ids.length < 3) await sleep(700);
      res.end('success');
    });
    const rec = await admin.push({ appId: OA.appId, openid: fan, type: 'text', content: 'slow', url: r.url, mode: 'plain' });
    expect(rec.attempts.map((a) => a.error)).toEqual(['timeout', 'timeout', undefined]);
    expect(rec.outcome).toBe('no-reply');
    expect(new Set(ids).size).toBe(1);
    await r.close();
  });

  test('gives up after 3 failed deliveries (HTTP 500, connection refused)', async () => {
    const r = await receiver((_req, res) => {
      res.statusCode = 500;
      res.end('boom');
    });
    const rec = await admin.push({ appId: OA.appId, openid: fan, type: 'text', content: 'x', url: r.url, mode: 'plain' });
    await r.close();
    expect(rec.outcome).toBe('failed');
    expect(rec.attempts.map((a) => a.error)).toEqual(['HTTP 500', 'HTTP 500', 'HTTP 500']);
    const refused = await admin.push({ appId: OA.appId, openid: fan, type: 'text', content: 'x', url: r.url, mode: 'plain', attempts: 2 });
    expect(refused.attempts.map((a) => a.error)).toEqual(['connection refused', 'connection refused']);
  });

  test('rejects abnormal replies: JSON, a plaintext reply in safe mode, a bad MsgSignature', async () => {
    let answer = '{"ok":true}';
    const r = await receiver((_req, res) => {
      res.end(answer);
    });
    const push = (mode: 'plain' | 'safe') => admin.push({ appId: OA.appId, openid: fan, type: 'text', content: 'x', url: r.url, mode });
    expect(await push('plain')).toMatchObject({ outcome: 'invalid-reply', error: expect.stringContaining('不是 XML') });
    answer = `<xml><ToUserName><![CDATA[${fan}]]></ToUserName><FromUserName><![CDATA[${OA.ghId}]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content></xml>`;
    expect((await push('plain')).outcome).toBe('replied');
    expect(await push('safe')).toMatchObject({ outcome: 'invalid-reply', error: '安全模式下回复必须加密' });
    answer = '<xml><Encrypt><![CDATA[abc]]></Encrypt><MsgSignature><![CDATA[0]]></MsgSignature><TimeStamp>1</TimeStamp><Nonce><![CDATA[2]]></Nonce></xml>';
    expect(await push('safe')).toMatchObject({ outcome: 'invalid-reply', error: '回复的 MsgSignature 校验失败' });
    await r.close();
  });

  test('no callback configured: the fan state still changes, nothing is sent', async () => {
    await admin.setCallback(OA.appId, null);
    const rec = await admin.push({ appId: OA.appId, openid: fan, type: 'unsubscribe' });
    expect(rec).toMatchObject({ outcome: 'no-callback', attempts: [] });
    expect((await admin.fan(OA.appId, fan)).subscribed).toBe(false);
    await admin.push({ appId: OA.appId, openid: fan, type: 'subscribe' });
  });

  test('the built-in demo server answers in safe mode', async () => {
    await admin.setCallback(OA.appId, 'demo', 'safe');
    const rec = await admin.push({ appId: OA.appId, openid: fan, type: 'text', content: '在吗' });
    expect(rec.reply).toMatchObject({ encrypted: true, message: { Content: '收到：在吗' } });
    expect((await admin.push({ appId: OA.appId, openid: fan, type: 'CLICK', eventKey: 'CHECKIN' })).reply?.message.Content).toContain('签到成功');
    expect(await admin.verifyCallback(OA.appId)).toMatchObject({ ok: true });
  });
});
