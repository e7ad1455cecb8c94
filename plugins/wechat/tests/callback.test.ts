import request from 'supertest';
import { sealMessage, sortedSha1, MsgCrypt } from '@wedraw/sandbox';
import { bootStack, expectNoSecret, OA, stopStack, type Stack } from './helpers';

let stack: Stack;
const subscribed: unknown[] = [];
const linked: unknown[] = [];
beforeAll(async () => {
  stack = await bootStack();
  stack.cms.strapi.eventHub.on('wechat.fan.subscribed', (p: unknown) => void subscribed.push(p));
  stack.cms.strapi.eventHub.on('wechat.fan.linked', (p: unknown) => void linked.push(p));
}, 120_000);
afterAll(() => stopStack(stack));

const db = () => stack.cms.strapi.db;
const callbackPath = `/api/wechat/callback/${OA.appId}`;
const now = () => Math.floor(Date.now() / 1000);
const OA_CONFIG = { ...OA };

async function freshFan(offset: number) {
  return (await stack.admin.fans(OA.appId, { limit: 1, offset })).fans[0]!;
}

function signedPost(mode: 'plain' | 'safe', message: Record<string, string | number>, at = now()) {
  const { query, body } = sealMessage(OA_CONFIG as never, mode, message, String(message.FromUserName), at);
  return request(stack.cms.url).post(callbackPath).query(query).set('content-type', 'text/xml').send(body);
}

describe('URL verification', () => {
  test('echostr on a good signature; 401 otherwise; 404 for an unknown app', async () => {
    const verdict = await stack.admin.verifyCallback(OA.appId);
    expect(verdict).toMatchObject({ ok: true, status: 200 });
    const ts = String(now());
    const good = await request(stack.cms.url)
      .get(callbackPath)
      .query({ signature: sortedSha1(OA.token, ts, '42'), timestamp: ts, nonce: '42', echostr: 'hello123' })
      .expect(200);
    expect(good.text).toBe('hello123');
    await request(stack.cms.url).get(callbackPath).query({ signature: 'bad', timestamp: ts, nonce: '42', echostr: 'x' }).expect(401);
    const old = String(now() - 600);
    await request(stack.cms.url)
      .get(callbackPath)
      .query({ signature: sortedSha1(OA.token, old, '42'), timestamp: old, nonce: '42', echostr: 'x' })
      .expect(401);
    await request(stack.cms.url).get('/api/wechat/callback/wx0000000000000099').query({ signature: 'x', timestamp: ts, nonce: '1' }).expect(404);
  });
});

describe('events through the sandbox (safe mode)', () => {
  test('subscribe: the fan is stored, the event emitted, the subscribe reply answered encrypted', async () => {
    const fan = await freshFan(20);
    const record = await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'subscribe', eventKey: 'spring' });
    expect(record.outcome).toBe('replied');
    expect(record.reply!.encrypted).toBe(true);
    expect(record.reply!.problems).toEqual([]);
    expect(record.reply!.message).toMatchObject({ MsgType: 'text', ToUserName: fan.openid });
    expect(String(record.reply!.message.Content)).toContain('欢迎关注');
    const row = await db()
      .query('plugin::wechat.fan')
      .findOne({ where: { appId: OA.appId, openid: fan.openid } });
    expect(row).toMatchObject({ subscribed: true, unionid: fan.unionid, subscribeScene: 'qrscene_spring' });
    expect(subscribed).toContainEqual({ appId: OA.appId, openid: fan.openid, unionid: fan.unionid, userId: null });
  });

  test('text: keyword reply (contains), default reply, and the messages kept per fan', async () => {
    const fan = await freshFan(21);
    const kw = await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'text', content: '我的积分有多少' });
    expect(String(kw.reply!.message.Content)).toContain('每日签到可得积分');
    const other = await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'text', content: '你好' });
    expect(String(other.reply!.message.Content)).toContain('收到您的消息');
    const messages = await db()
      .query('plugin::wechat.message')
      .findMany({ where: { appId: OA.appId, openid: fan.openid }, orderBy: { id: 'asc' } });
    expect(messages.map((m: { content: string }) => m.content)).toEqual(['我的积分有多少', '你好']);
  });

  test('keyword replies: exact vs contains, priority, news, image and link content', async () => {
    const replies = db().query('plugin::wechat.reply');
    await replies.create({
      data: {
        name: '新闻',
        appId: OA.appId,
        kind: 'keyword',
        matchType: 'exact',
        keywords: ['新品', '上新'],
        priority: 20,
        contentType: 'news',
        articles: [{ title: '春季新品', description: '限时兑换', picUrl: 'http://img/1.png', url: 'http://h5/new' }],
      },
    });
    await replies.create({
      data: { name: '图片', appId: OA.appId, kind: 'keyword', matchType: 'exact', keywords: ['海报'], contentType: 'image', mediaId: 'MEDIA_1' },
    });
    await replies.create({
      data: {
        name: '链接',
        appId: OA.appId,
        kind: 'keyword',
        matchType: 'contains',
        keywords: ['商城'],
        priority: 30,
        contentType: 'link',
        linkTitle: '积分商城',
        linkUrl: 'http://h5/mall',
      },
    });
    await replies.create({
      data: {
        name: '停用',
        appId: OA.appId,
        kind: 'keyword',
        matchType: 'contains',
        keywords: ['海'],
        priority: 99,
        contentType: 'text',
        text: 'disabled',
        enabled: false,
      },
    });
    const fan = await freshFan(22);
    const say = async (content: string) => (await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'text', content })).reply?.message ?? {};
    expect(await say('上新')).toMatchObject({ MsgType: 'news', ArticleCount: '1' });
    expect(await say('海报')).toMatchObject({ MsgType: 'image' });
    const link = await say('去积分商城看看');
    expect(link.MsgType).toBe('text');
    expect(String(link.Content)).toContain('<a href="http://h5/mall">积分商城</a>');
    expect(String((await say('新品上新')).Content)).toContain('收到您的消息');
  });

  test('CLICK answers a keyword rule for its key; VIEW and SCAN answer success; unsubscribe', async () => {
    await db()
      .query('plugin::wechat.reply')
      .create({ data: { name: '礼品菜单', appId: OA.appId, kind: 'keyword', keywords: ['GIFT'], contentType: 'text', text: '礼品入口：积分商城' } });
    const fan = await freshFan(23);
    const click = await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'CLICK', eventKey: 'GIFT' });
    expect(String(click.reply!.message.Content)).toContain('礼品入口');
    expect((await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'VIEW', eventKey: 'http://h5/' })).outcome).toBe('no-reply');
    expect((await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'SCAN', eventKey: '123', ticket: 'T' })).outcome).toBe('no-reply');
    await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'subscribe' });
    expect((await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'unsubscribe' })).outcome).toBe('no-reply');
    const row = await db()
      .query('plugin::wechat.fan')
      .findOne({ where: { appId: OA.appId, openid: fan.openid } });
    expect(row.subscribed).toBe(false);
    const kinds = await db()
      .query('plugin::wechat.message')
      .findMany({ where: { openid: fan.openid }, orderBy: { id: 'asc' } });
    expect(kinds.map((m: { event: string }) => m.event)).toEqual(['CLICK', 'VIEW', 'SCAN']);
  });
});

describe('plain mode, forgeries and retries', () => {
  test('plain mode (app in compatible mode) answers a plaintext reply', async () => {
    await db()
      .query('plugin::wechat.app')
      .update({ where: { appId: OA.appId }, data: { messageMode: 'compatible' } });
    stack.cms.strapi.plugin('wechat').service('apps').forget();
    await stack.admin.setCallback(OA.appId, `${stack.cms.url}${callbackPath}`, 'plain');
    const fan = await freshFan(24);
    const record = await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'text', content: '积分' });
    expect(record.outcome).toBe('replied');
    expect(record.reply!.encrypted).toBe(false);
    expect(String(record.reply!.message.Content)).toContain('每日签到');
    await db()
      .query('plugin::wechat.app')
      .update({ where: { appId: OA.appId }, data: { messageMode: 'safe' } });
    stack.cms.strapi.plugin('wechat').service('apps').forget();
    await stack.admin.setCallback(OA.appId, `${stack.cms.url}${callbackPath}`, 'safe');
  });

  test('safe mode refuses a plaintext push', async () => {
    const fan = await freshFan(25);
    await signedPost('plain', { ToUserName: 'gh', FromUserName: fan.openid, CreateTime: now(), MsgType: 'text', Content: 'x', MsgId: '900001' }).expect(401);
  });

  test('forged signatures → 401 and nothing stored; a stale timestamp is refused', async () => {
    const fan = await freshFan(26);
    const msg = { ToUserName: 'gh_5a0d7e3c0001', FromUserName: fan.openid, CreateTime: now(), MsgType: 'event', Event: 'subscribe' };
    const { query, body } = sealMessage(OA_CONFIG as never, 'safe', msg, fan.openid, now());
    await request(stack.cms.url)
      .post(callbackPath)
      .query({ ...query, signature: 'f'.repeat(40) })
      .set('content-type', 'text/xml')
      .send(body)
      .expect(401);
    await request(stack.cms.url)
      .post(callbackPath)
      .query({ ...query, msg_signature: 'f'.repeat(40) })
      .set('content-type', 'text/xml')
      .send(body)
      .expect(401);
    const forger = new MsgCrypt(OA.token, 'A'.repeat(43), OA.appId);
    const forged = forger.encrypt('<xml><FromUserName>x</FromUserName></xml>');
    await request(stack.cms.url)
      .post(callbackPath)
      .query({ ...query, msg_signature: forger.signature(query.timestamp!, query.nonce!, forged) })
      .set('content-type', 'text/xml')
      .send(`<xml><Encrypt><![CDATA[${forged}]]></Encrypt></xml>`)
      .expect(400);
    const stale = sealMessage(OA_CONFIG as never, 'safe', msg, fan.openid, now() - 301);
    const res = await request(stack.cms.url).post(callbackPath).query(stale.query).set('content-type', 'text/xml').send(stale.body).expect(401);
    expect(res.body.error.name).toBe('StaleTimestamp');
    expect(
      await db()
        .query('plugin::wechat.fan')
        .count({ where: { openid: fan.openid } }),
    ).toBe(0);
    expect(subscribed.filter((p) => (p as { openid: string }).openid === fan.openid)).toHaveLength(0);
  });

  test('a DOCTYPE is refused; an oversized body is refused', async () => {
    const ts = String(now());
    const query = { signature: sortedSha1(OA.token, ts, '7'), timestamp: ts, nonce: '7', openid: 'o1' };
    await db()
      .query('plugin::wechat.app')
      .update({ where: { appId: OA.appId }, data: { messageMode: 'plain' } });
    stack.cms.strapi.plugin('wechat').service('apps').forget();
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><FromUserName>&e;</FromUserName><MsgType>text</MsgType></xml>';
    const refused = await request(stack.cms.url).post(callbackPath).query(query).set('content-type', 'text/xml').send(xxe).expect(400);
    expect(refused.text).not.toContain('root:');
    const big = `<xml><FromUserName>o1</FromUserName><MsgType>text</MsgType><Content>${'x'.repeat(70 * 1024)}</Content></xml>`;
    await request(stack.cms.url).post(callbackPath).query(query).set('content-type', 'text/xml').send(big).expect(413);
    await db()
      .query('plugin::wechat.app')
      .update({ where: { appId: OA.appId }, data: { messageMode: 'safe' } });
    stack.cms.strapi.plugin('wechat').service('apps').forget();
  });

  test('one subscribe delivered three times in parallel → one fan, one event', async () => {
    const fan = await freshFan(27);
    const msg = { ToUserName: 'gh_5a0d7e3c0001', FromUserName: fan.openid, CreateTime: now(), MsgType: 'event', Event: 'subscribe', EventKey: '' };
    const { query, body } = sealMessage(OA_CONFIG as never, 'safe', msg, fan.openid, now());
    const answers = await Promise.all([1, 2, 3].map(() => request(stack.cms.url).post(callbackPath).query(query).set('content-type', 'text/xml').send(body)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.filter((a) => a.text.includes('<Encrypt>'))).toHaveLength(1);
    expect(
      await db()
        .query('plugin::wechat.fan')
        .count({ where: { openid: fan.openid } }),
    ).toBe(1);
    expect(subscribed.filter((p) => (p as { openid: string }).openid === fan.openid)).toHaveLength(1);
    // and the same text message (same MsgId) twice → stored once
    const text = { ToUserName: 'gh', FromUserName: fan.openid, CreateTime: now(), MsgType: 'text', Content: 'dup', MsgId: '77000000000000001' };
    await signedPost('safe', text).expect(200);
    await signedPost('safe', text).expect(200);
    expect(
      await db()
        .query('plugin::wechat.message')
        .count({ where: { openid: fan.openid, msgId: '77000000000000001' } }),
    ).toBe(1);
  });
});

describe('with the points plugin listening', () => {
  test('a logged-in person follows, WeChat delivers it three times in parallel, follows again later: one award', async () => {
    const api = request(stack.cms.url);
    const fan = await freshFan(40);
    const login = await api
      .post('/api/wechat/oauth/login')
      .send({ code: (await stack.admin.oauthCode(OA.appId, fan.openid)).code })
      .expect(200);
    const msg = { ToUserName: 'gh_5a0d7e3c0001', FromUserName: fan.openid, CreateTime: now(), MsgType: 'event', Event: 'subscribe', EventKey: '' };
    const { query, body } = sealMessage(OA_CONFIG as never, 'safe', msg, fan.openid, now());
    const answers = await Promise.all([1, 2, 3].map(() => request(stack.cms.url).post(callbackPath).query(query).set('content-type', 'text/xml').send(body)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'unsubscribe' });
    await stack.admin.push({ appId: OA.appId, openid: fan.openid, type: 'subscribe' });
    const me = await api.get('/api/points/me/transactions').set('Authorization', `Bearer ${login.body.jwt}`).expect(200);
    const awards = me.body.data.filter((t: { source: string }) => t.source === 'subscribe');
    expect(awards).toHaveLength(1);
    expect(awards[0].delta).toBe(50);
  });
});

describe('fans and users: the events contract', () => {
  test('a fan who logged in before following is subscribed with its user; a follower who logs in later is linked', async () => {
    const api = request(stack.cms.url);
    const early = await freshFan(30);
    const login = await api
      .post('/api/wechat/oauth/login')
      .send({ code: (await stack.admin.oauthCode(OA.appId, early.openid)).code })
      .expect(200);
    await stack.admin.push({ appId: OA.appId, openid: early.openid, type: 'subscribe' });
    expect(subscribed).toContainEqual({ appId: OA.appId, openid: early.openid, unionid: early.unionid, userId: login.body.user.id });
    expect(linked).toContainEqual({ appId: OA.appId, openid: early.openid, unionid: early.unionid, userId: login.body.user.id, subscribed: true });

    const later = await freshFan(31);
    await stack.admin.push({ appId: OA.appId, openid: later.openid, type: 'subscribe' });
    expect(subscribed).toContainEqual({ appId: OA.appId, openid: later.openid, unionid: later.unionid, userId: null });
    const mp = await stack.admin.miniProgramCode('wx5a0d7e3c1b9f0002', { unionid: later.unionid! }).catch(() => null);
    const res = mp
      ? await api.post('/api/wechat/miniprogram/login').send({ code: mp.js_code }).expect(200)
      : await api
          .post('/api/wechat/oauth/login')
          .send({ code: (await stack.admin.oauthCode(OA.appId, later.openid)).code })
          .expect(200);
    expect(linked.filter((p) => (p as { openid: string }).openid === later.openid)).toEqual([
      { appId: OA.appId, openid: later.openid, unionid: later.unionid, userId: res.body.user.id, subscribed: true },
    ]);
    const row = await db()
      .query('plugin::wechat.fan')
      .findOne({ where: { openid: later.openid }, populate: ['user'] });
    expect(row.user.id).toBe(res.body.user.id);
    expectNoSecret(res.text + login.text);
  });
});
