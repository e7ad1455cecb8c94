import { createHash, randomBytes } from 'crypto';
import request from 'supertest';
import { bootStack, CORP_ID, eventually, stopStack, type Stack } from './helpers';

/**
 * Group robots end to end through the sandbox over HTTP. The sandbox clock runs 20 times faster
 * (a sandbox minute every 3 real seconds) and the robot window is 3.1 real seconds (62 sandbox
 * seconds), so WeCom's 20 messages a minute per robot is exercised in seconds.
 */
const SPEED = 20;
const WINDOW_MS = 3100;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200)]);
const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');

let stack: Stack;
/** Every webhook key of the test: the demo robot's (seeded) and each one created here. */
const keys: string[] = ['5a0d7e3c-0000-4000-8000-000000000001'];
const responses: string[] = [];

beforeAll(async () => {
  stack = await bootStack({ WECOM_ROBOT_WINDOW_MS: String(WINDOW_MS), WECOM_HEARTBEAT_MS: '3600000', WECOM_RECOVERY_BACKOFF_MS: '3600000' });
  await stack.admin.setClockSpeed(SPEED);
}, 180_000);
afterAll(() => stopStack(stack));

/** An admin call whose answer is kept, to check afterwards that no webhook key ever appears. */
async function call(method: 'get' | 'post' | 'put', path: string, body?: unknown, status = 200) {
  const req = stack.as(method, path);
  const res = await (body === undefined ? req : req.send(body as object)).expect(status);
  responses.push(res.text);
  return res.body;
}

async function newRobot(code: string, extra: Record<string, unknown> = {}) {
  const robot = await stack.admin.wecomAddRobot(CORP_ID, { name: `${code} 群` });
  keys.push(robot.key);
  const created = await call(
    'post',
    '/wecom/robots',
    {
      code,
      name: `机器人 ${code}`,
      corpId: CORP_ID,
      webhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${robot.key}`,
      chatName: '门店运营群',
      ...extra,
    },
    201,
  );
  return { key: robot.key, robot: created.data };
}

const records = async (code: string) => (await call('get', `/wecom/robot-messages?robot=${code}&pageSize=100`)).data;
const delivered = (key: string) => stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'robot', key });

describe('group robots', () => {
  test('a robot is created from its webhook URL, online as a sending account; the key is stored encrypted and never answered', async () => {
    const { key, robot } = await newRobot('store-ops');
    expect(robot).toMatchObject({ code: 'store-ops', chatName: '门店运营群', hasWebhook: true, status: 'online', lastError: null });
    expect(robot.allowedTypes).toEqual(['text', 'markdown', 'image', 'news', 'file']);
    const row = await stack.cms.strapi.db.query('plugin::wecom.robot').findOne({ where: { code: 'store-ops' } });
    expect(row.webhookKey).not.toContain(key);
    expect(row.webhookKey.length).toBeGreaterThan(key.length);
    const account = (await call('get', '/wecom/accounts')).data.find((a: { code: string }) => a.code === 'store-ops');
    expect(account).toMatchObject({ kind: 'wecom-robot', status: 'online' });
    await call('get', '/wecom/robots');
    await call('get', '/wecom/robots/store-ops');
    await call('put', '/wecom/robots/store-ops', { name: '门店运营机器人', allowedTypes: ['text', 'markdown', 'image', 'news', 'file'] });
  });

  test('bad content is a 400 naming the field, before any call to WeCom', async () => {
    await newRobot('text-only', { allowedTypes: ['text'] });
    const before = (await stack.admin.wecomMessages({ kind: 'robot' })).length;
    const md = await call('post', '/wecom/robots/store-ops/messages', { msgtype: 'markdown', markdown: { content: '好'.repeat(1366) } }, 400);
    expect(md.error.details.errors.map((e: { field: string }) => e.field)).toEqual(['markdown.content']);
    const big = Buffer.concat([PNG, Buffer.alloc(2 << 20)]);
    const tooBig = await stack.as('post', '/wecom/robots/store-ops/messages').field('msgtype', 'image').attach('media', big, 'big.png').expect(400);
    expect(tooBig.body.error.details.errors[0]).toMatchObject({ field: 'image', message: '图片不能超过 2 MB' });
    const gif = await stack
      .as('post', '/wecom/robots/store-ops/messages')
      .field('msgtype', 'image')
      .attach('media', Buffer.from('GIF89a......'), 'a.gif')
      .expect(400);
    expect(gif.body.error.details.errors[0]).toMatchObject({ field: 'image', message: '图片须为 JPG 或 PNG' });
    const wrongMd5 = await call(
      'post',
      '/wecom/robots/store-ops/messages',
      { msgtype: 'image', image: { base64: PNG.toString('base64'), md5: md5(Buffer.from('x')) } },
      400,
    );
    expect(wrongMd5.error.details.errors[0].field).toBe('image.md5');
    const news = await call('post', '/wecom/robots/store-ops/messages', { msgtype: 'news', news: { articles: [] } }, 400);
    expect(news.error.details.errors[0].field).toBe('news.articles');
    const notAllowed = await call('post', '/wecom/robots/text-only/messages', { msgtype: 'markdown', markdown: { content: '**不行**' } }, 400);
    expect(notAllowed.error.details.errors[0]).toMatchObject({ field: 'msgtype', message: '该机器人不允许发送「Markdown」消息' });
    await call('post', '/wecom/robots/nobody/messages', { msgtype: 'text', text: { content: 'x' } }, 404);
    expect((await stack.admin.wecomMessages({ kind: 'robot' })).length).toBe(before);
    expect(await records('text-only')).toEqual([]);
  });

  test("text, markdown, image, news and file are delivered and recorded with WeCom's answer", async () => {
    const key = keys[1] as string;
    await call('post', '/wecom/robots/store-ops/messages', { msgtype: 'text', text: { content: '今日上新', mentioned_list: ['@all'] } }, 202);
    await call('post', '/wecom/robots/store-ops/messages', { msgtype: 'markdown', markdown: { content: '**限时** 兑换' } }, 202);
    const image = await stack.as('post', '/wecom/robots/store-ops/messages').field('msgtype', 'image').attach('media', PNG, 'poster.png').expect(202);
    responses.push(image.text);
    const article = { title: '春季新品', description: '积分兑换', url: 'https://wedraw.example/p/1', picurl: 'https://wedraw.example/p/1.png' };
    await call('post', '/wecom/robots/store-ops/messages', { msgtype: 'news', news: { articles: [article] } }, 202);
    const file = await stack
      .as('post', '/wecom/robots/store-ops/messages')
      .field('msgtype', 'file')
      .attach('media', Buffer.from('%PDF-1.4 周报'), '周报.pdf')
      .expect(202);
    responses.push(file.text);
    const got = await eventually(async () => {
      const m = await delivered(key);
      return m.length === 5 && m;
    }, 20_000);
    expect(got.map((m) => m.msgtype).sort()).toEqual(['file', 'image', 'markdown', 'news', 'text']);
    expect(got.find((m) => m.msgtype === 'image')?.payload).toMatchObject({ image: { md5: md5(PNG), bytes: PNG.length } });
    expect(got.find((m) => m.msgtype === 'file')?.payload).toMatchObject({ file: { filename: '周报.pdf' } });
    const rows = await eventually(async () => {
      const r = await records('store-ops');
      return r.every((x: { status: string }) => x.status === 'sent') && r;
    }, 10_000);
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r).toMatchObject({ status: 'sent', errcode: 0, errmsg: 'ok', source: 'admin' });
    // A sent image keeps its md5 and size only.
    expect(rows.find((r: { msgtype: string }) => r.msgtype === 'image').content).toEqual({ msgtype: 'image', image: { md5: md5(PNG), bytes: PNG.length } });
  }, 40_000);

  test('100 messages: all delivered, never more than 20 in any sandbox-clock minute, the limit kept by our queue', async () => {
    const { key } = await newRobot('bulk');
    const counters = async () => ((await stack.admin.counters())['/cgi-bin/webhook/send']?.errcodes ?? {}) as Record<string, number>;
    const throttledBefore = (await counters())['45009'] ?? 0;
    for (let i = 0; i < 100; i++) await call('post', '/wecom/robots/bulk/messages', { msgtype: 'text', text: { content: `第 ${i + 1} 条` } }, 202);
    const got = await eventually(
      async () => {
        const m = await delivered(key);
        return m.length >= 100 && m;
      },
      60_000,
      200,
    );
    expect(got).toHaveLength(100);
    expect(new Set(got.map((m) => (m.payload as { text: { content: string } }).text.content)).size).toBe(100);
    const at = got.map((m) => m.at).sort((a, b) => a - b);
    // Any 21 consecutive sends span at least a sandbox minute.
    for (let i = 0; i + 20 < at.length; i++) expect((at[i + 20] as number) - (at[i] as number)).toBeGreaterThanOrEqual(60_000);
    // The queue paces the robot: WeCom's 45009 is a rare fallback, not the mechanism.
    expect(((await counters())['45009'] ?? 0) - throttledBefore).toBeLessThanOrEqual(5);
    const rows = await eventually(async () => {
      const r = await records('bulk');
      return r.length === 100 && r.every((x: { status: string }) => x.status === 'sent') && r;
    }, 10_000);
    expect(rows).toHaveLength(100);
  }, 90_000);

  test('45009 from WeCom: the message waits and is sent again, never dropped', async () => {
    const { key } = await newRobot('busy');
    // Someone else fills the robot's minute behind our back.
    for (let i = 0; i < 20; i++)
      await fetch(`${stack.sb.url}/cgi-bin/webhook/send?key=${key}`, {
        method: 'POST',
        body: JSON.stringify({ msgtype: 'text', text: { content: `外部 ${i}` } }),
      });
    await call('post', '/wecom/robots/busy/messages', { msgtype: 'text', text: { content: '排队中' } }, 202);
    const row = await eventually(async () => {
      const [r] = await records('busy');
      return r?.status === 'sent' && r;
    }, 20_000);
    expect(row.attempts).toBeGreaterThan(1);
    expect((await delivered(key)).map((m) => (m.payload as { text: { content: string } }).text.content)).toContain('排队中');
  }, 30_000);

  test('an unknown key: the robot account goes to error, a send fails with 93000 and counts as a failure', async () => {
    keys.push('00000000-dead-4000-8000-000000000000');
    const created = await call(
      'post',
      '/wecom/robots',
      {
        code: 'gone',
        name: '已移出的机器人',
        corpId: CORP_ID,
        webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=00000000-dead-4000-8000-000000000000',
      },
      201,
    );
    expect(created.data).toMatchObject({ status: 'error', lastError: { errcode: 93000 } });
    const history = (await call('get', '/wecom/accounts/gone/history')).data.map((h: { toStatus: string }) => h.toStatus).reverse();
    expect(history).toEqual(['created', 'verifying', 'error']);
    await call('post', '/wecom/robots/gone/messages', { msgtype: 'text', text: { content: '发不出去' } }, 202);
    const [row] = await eventually(async () => {
      const r = await records('gone');
      return r[0]?.status === 'failed' && r;
    }, 10_000);
    expect(row).toMatchObject({ status: 'failed', errcode: 93000 });
    expect(row.errmsg).toContain('Webhook 地址无效');
    const account = (await call('get', '/wecom/accounts')).data.find((a: { code: string }) => a.code === 'gone');
    expect(account).toMatchObject({ status: 'error', failures: 2, lastError: { errcode: 93000 } });
    // A corrected webhook brings it back online.
    const fixed = await stack.admin.wecomAddRobot(CORP_ID);
    keys.push(fixed.key);
    expect((await call('put', '/wecom/robots/gone', { webhook: fixed.key })).data).toMatchObject({ status: 'online', lastError: null });
  });

  test('the message center delivers wecom-robot messages through the robot queue', async () => {
    const code = `t-${randomBytes(3).toString('hex')}`;
    await call('post', '/messaging/tenants', { code, name: '门店系统', maxAccounts: 5, maxDailyMessages: 10_000, requireSignature: false }, 201);
    const tenantKey = (await call('post', `/messaging/tenants/${code}/keys`, undefined, 201)).data.key as string;
    const api = (method: 'get' | 'post', path: string) => request(stack.cms.url)[method](path).set('Authorization', `Bearer ${tenantKey}`);
    // Another tenant's robot is unknown to this one until the robot moves over.
    const foreign = await api('post', '/api/messaging/messages')
      .send({ channel: 'wecom-robot', to: 'store-ops', content: { msgtype: 'text', text: { content: 'x' } } })
      .expect(400);
    expect(foreign.body.error.details.errors[0]).toMatchObject({ field: 'to', message: '未知的群机器人编码' });
    await call('put', '/wecom/robots/store-ops', { tenant: code });
    const res = await api('post', '/api/messaging/messages')
      .send({ channel: 'wecom-robot', to: 'store-ops', content: { msgtype: 'markdown', markdown: { content: '**订单** 已发货' } } })
      .expect(202);
    const done = await eventually(async () => {
      const m = (await api('get', `/api/messaging/messages/${res.body.data.id}`).expect(200)).body.data;
      return m.status === 'delivered' && m;
    }, 20_000);
    expect(done.providerMsgId).toMatch(/^rm-\d+$/);
    const got = await delivered(keys[1] as string);
    expect(got.map((m) => (m.payload as { markdown?: { content: string } }).markdown?.content)).toContain('**订单** 已发货');
    const [rec] = await records('store-ops');
    expect(rec).toMatchObject({ source: 'messaging', status: 'sent', errcode: 0 });
    const bad = await api('post', '/api/messaging/messages')
      .send({ channel: 'wecom-robot', to: 'store-ops', content: { msgtype: 'markdown', markdown: { content: 'x'.repeat(4097) } } })
      .expect(400);
    expect(bad.body.error.details.errors.map((e: { field: string }) => e.field)).toContain('content.markdown.content');
    const unknown = await api('post', '/api/messaging/messages')
      .send({ channel: 'wecom-robot', to: 'nobody', content: { msgtype: 'text', text: { content: 'x' } } })
      .expect(400);
    expect(unknown.body.error.details.errors[0].field).toBe('to');
  }, 40_000);

  test('robots belong to a tenant: accounts count against maxAccounts, racing creations take the free slots once', async () => {
    const code = `q-${randomBytes(3).toString('hex')}`;
    await call('post', '/messaging/tenants', { code, name: '限额租户', maxAccounts: 2, maxDailyMessages: 100, requireSignature: false }, 201);
    const made = await Promise.all([0, 1, 2, 3, 4].map((i) => stack.admin.wecomAddRobot(CORP_ID, { name: `限额 ${i} 群` })));
    keys.push(...made.map((r) => r.key));
    const results = await Promise.all(
      made.map((r, i) => stack.as('post', '/wecom/robots').send({ code: `${code}-r${i}`, name: `限额 ${i}`, corpId: CORP_ID, webhook: r.key, tenant: code })),
    );
    responses.push(...results.map((r) => r.text));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.error).toMatchObject({ name: 'AccountQuotaExceeded', details: { limit: 2, used: 2 } });
    // A refused creation wrote nothing: neither the robot nor its account.
    const robots = await stack.cms.strapi.db.query('plugin::wecom.robot').findMany({ where: { code: { $startsWith: `${code}-` } } });
    const owned = await stack.cms.strapi.db.query('plugin::wecom.account').findMany({ where: { tenant: code } });
    expect(robots).toHaveLength(2);
    expect(owned.map((a: { code: string }) => a.code).sort()).toEqual(robots.map((r: { code: string }) => r.code).sort());
    const usage = async () => (await call('get', '/messaging/tenants')).data.find((t: { code: string }) => t.code === code);
    expect(await usage()).toMatchObject({ accountsUsed: 2, maxAccounts: 2 });
    await call('post', '/wecom/robots', { code: 'nowhere', name: 'x', corpId: CORP_ID, webhook: made[4]!.key, tenant: 'no-such-tenant' }, 400);

    // The integrator sees its own accounts only; another tenant's is a 404.
    const key = (await call('post', `/messaging/tenants/${code}/keys`, undefined, 201)).data.key as string;
    const get = (path: string) => request(stack.cms.url).get(path).set('Authorization', `Bearer ${key}`);
    const listed = (await get('/api/wecom/accounts').expect(200)).body.data.map((a: { code: string }) => a.code);
    expect(listed.sort()).toEqual(owned.map((a: { code: string }) => a.code).sort());
    await get('/api/wecom/accounts/demo-wecom-robot/status').expect(404);
    expect((await get(`/api/wecom/accounts/${listed[0]}/status`).expect(200)).body.data).toMatchObject({ code: listed[0], kind: 'wecom-robot' });
    await request(stack.cms.url).get('/api/wecom/accounts').expect(401);

    // An offline account frees its slot; bringing it back needs one.
    await call('post', `/wecom/accounts/${listed[0]}/offline`, {});
    expect((await usage()).accountsUsed).toBe(1);
    // An offline account moves without a slot, but only to a tenant that exists.
    const nowhere = await stack.as('put', `/wecom/accounts/${listed[0]}`).send({ tenant: 'no-such-tenant' }).expect(400);
    expect(nowhere.body.error.details.errors[0].field).toBe('tenant');
    const extra = await newRobot(`${code}-x`);
    expect((await call('put', `/wecom/accounts/${extra.robot.code}`, { tenant: code })).data).toMatchObject({ tenant: code });
    const back = await stack.as('post', `/wecom/accounts/${listed[0]}/verify`).send({}).expect(409);
    expect(back.body.error.name).toBe('AccountQuotaExceeded');
    expect(await usage()).toMatchObject({ accountsUsed: 2 });
  }, 60_000);

  test('no answer ever carried a webhook key', () => {
    expect(keys.length).toBeGreaterThan(3);
    for (const text of responses) for (const key of keys) expect(text).not.toContain(key);
  });
});
