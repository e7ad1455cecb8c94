import { bootStack, CORP_ID, eventually, stopStack, type Stack } from './helpers';

type Welcome = { at: number; touser: string[]; payload: { text?: { content: string }; externalUserid: string; delayMs: number; attachments?: unknown[] } };

describe('customers and welcome messages', () => {
  let stack: Stack;
  let members: string[];
  const sandbox = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${stack.sb.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const addCustomer = async (body: Record<string, unknown>) => {
    const res = await sandbox('POST', `/_sandbox/wecom/${CORP_ID}/client/add-customer`, body);
    expect(res.status).toBe(201);
    return res.body as { customer: { external_userid: string; name: string }; welcomeCode: string; pushes: { outcome: string }[] };
  };
  const welcomesTo = async (externalUserid: string): Promise<Welcome[]> =>
    ((await sandbox('GET', `/_sandbox/wecom/messages?corpId=${CORP_ID}&kind=welcome`)).body as Welcome[]).filter((m) => m.touser[0] === externalUserid);
  const sendsOf = async (externalUserid: string) =>
    (await stack.as('get', `/wecom/corps/${CORP_ID}/welcome-sends`).query({ externalUserid }).expect(200)).body.data as {
      status: string;
      ruleName: string | null;
      attempts: { errcode: number; message: string }[];
      delayMs: number | null;
    }[];
  const finished = (externalUserid: string, ms = 20_000) =>
    eventually(
      async () => {
        const rows = await sendsOf(externalUserid);
        return rows.length && rows[0]!.status !== 'pending' ? rows : null;
      },
      ms,
      100,
    );
  const createRule = (body: Record<string, unknown>) => stack.as('post', `/wecom/corps/${CORP_ID}/welcome-rules`).send(body);

  beforeAll(async () => {
    stack = await bootStack();
    // Whatever a seed left: this file owns the rules.
    await stack.cms.strapi.db.query('plugin::wecom.welcome-rule').deleteMany({ where: {} });
    members = (await stack.admin.wecomMembers(CORP_ID, { limit: 5 })).members.map((m) => m.userid);
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('a customer added in the client gets the welcome once, within 20 s, with the nickname filled in; the customer is mirrored', async () => {
    await createRule({ name: '默认欢迎语', isDefault: true, text: '你好 {{客户昵称}}，欢迎来到 WeDraw！' }).expect(201);
    const added = await addCustomer({ userid: members[0], name: '小鹿' });
    expect(added.pushes[0]?.outcome).toBe('delivered');
    const id = added.customer.external_userid;
    const sends = await finished(id);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({ status: 'sent', ruleName: '默认欢迎语' });
    expect(sends[0]!.attempts).toEqual([expect.objectContaining({ errcode: 0 })]);
    const delivered = await welcomesTo(id);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.payload.text?.content).toBe('你好 小鹿，欢迎来到 WeDraw！');
    expect(delivered[0]!.payload.delayMs).toBeLessThan(20_000);

    const list = await stack.as('get', `/wecom/corps/${CORP_ID}/customers`).query({ followUser: members[0] }).expect(200);
    expect(list.body.data).toEqual([expect.objectContaining({ externalUserid: id, userid: members[0], name: '小鹿' })]);
    const detail = await stack.as('get', `/wecom/corps/${CORP_ID}/customers/${id}`).expect(200);
    expect(detail.body.data).toMatchObject({ externalUserid: id, name: '小鹿', follows: [expect.objectContaining({ userid: members[0] })] });
  });

  test('the same push delivered 3 times sends one welcome', async () => {
    const added = await addCustomer({ userid: members[1], name: '阿青', deliveries: 3 });
    expect(added.pushes.map((p) => p.outcome)).toEqual(['delivered', 'delivered', 'delivered']);
    const id = added.customer.external_userid;
    const sends = await finished(id);
    await new Promise((r) => setTimeout(r, 1500)); // room for a duplicate, if any
    expect(await sendsOf(id)).toHaveLength(1);
    expect(sends[0]!.attempts).toHaveLength(1);
    expect(await welcomesTo(id)).toHaveLength(1);
  });

  test('two channel rules and the default are chosen by State', async () => {
    await createRule({ name: '门店码', statePrefix: 'shop-', text: '{{客户昵称}}，门店欢迎你' }).expect(201);
    await createRule({
      name: '直播码',
      statePrefix: 'live-',
      text: '{{客户昵称}}，直播间见',
      attachments: [{ msgtype: 'link', link: { title: '直播预告', url: 'https://example.com/live' } }],
    }).expect(201);
    const shop = await addCustomer({ userid: members[2], name: '米粒', state: 'shop-0021' });
    const live = await addCustomer({ userid: members[2], name: '南风', state: 'live-spring' });
    const other = await addCustomer({ userid: members[2], name: '可乐', state: 'poster-9' });
    const text = async (id: string) => {
      await finished(id);
      return (await welcomesTo(id))[0]!.payload;
    };
    expect((await text(shop.customer.external_userid)).text?.content).toBe('米粒，门店欢迎你');
    const livePayload = await text(live.customer.external_userid);
    expect(livePayload.text?.content).toBe('南风，直播间见');
    expect(livePayload.attachments).toEqual([{ msgtype: 'link', link: { title: '直播预告', url: 'https://example.com/live' } }]);
    expect((await text(other.customer.external_userid)).text?.content).toBe('你好 可乐，欢迎来到 WeDraw！');
    const filtered = await stack.as('get', `/wecom/corps/${CORP_ID}/customers`).query({ state: 'shop-' }).expect(200);
    expect(filtered.body.data.map((c: { name: string }) => c.name)).toEqual(['米粒']);
  });

  test('bad rules are refused with 400 naming the field; a second default or a taken prefix is 409', async () => {
    const link = { msgtype: 'link', link: { title: 't', url: 'https://example.com' } };
    const tooMany = await createRule({ name: 'x', statePrefix: 'many-', text: 'hi', attachments: Array(10).fill(link) }).expect(400);
    expect(tooMany.body.error.message).toContain('attachments');
    const badUrl = await createRule({
      name: 'x',
      statePrefix: 'bad-',
      text: 'hi',
      attachments: [{ msgtype: 'link', link: { title: 't', url: 'ftp:/x' } }],
    }).expect(400);
    expect(badUrl.body.error.message).toContain('attachments.0.link.url');
    const badType = await createRule({ name: 'x', statePrefix: 'bad-', attachments: [{ msgtype: 'video', video: { media_id: 'm' } }] }).expect(400);
    expect(badType.body.error.message).toContain('attachments.0.msgtype');
    const badApp = await createRule({
      name: 'x',
      statePrefix: 'mp-',
      attachments: [{ msgtype: 'miniprogram', miniprogram: { title: '商城', pic_media_id: 'm', appid: 'nope', page: 'pages/index' } }],
    }).expect(400);
    expect(badApp.body.error.message).toContain('attachments.0.miniprogram.appid');
    expect((await createRule({ name: 'x', statePrefix: 'empty-' }).expect(400)).body.error.message).toContain('text');
    expect((await createRule({ name: '又一个默认', isDefault: true, text: 'hi' }).expect(409)).body.error.name).toBe('DefaultWelcomeRuleExists');
    expect((await createRule({ name: '重复', statePrefix: 'shop-', text: 'hi' }).expect(409)).body.error.name).toBe('WelcomeRuleStateTaken');
  });

  test('41096 is retried while the window lasts; a code that expired is recorded as missed (41051), not retried', async () => {
    const busy = await addCustomer({ userid: members[3], name: '桃子', busyMs: 2500 });
    const sent = await finished(busy.customer.external_userid);
    expect(sent[0]!.status).toBe('sent');
    expect(sent[0]!.attempts[0]!.errcode).toBe(41096);
    expect(sent[0]!.attempts.at(-1)!.errcode).toBe(0);
    expect(await welcomesTo(busy.customer.external_userid)).toHaveLength(1);

    // Another app holds the code for a minute; meanwhile WeCom's 20 s pass (the sandbox clock).
    const late = await addCustomer({ userid: members[3], name: '一一', busyMs: 60_000 });
    await sandbox('POST', '/_sandbox/clock', { advanceSeconds: 21 });
    const missed = await finished(late.customer.external_userid);
    expect(missed[0]!.status).toBe('missed');
    expect(missed[0]!.attempts.at(-1)).toMatchObject({ errcode: 41051 });
    expect(missed[0]!.attempts.length).toBeLessThanOrEqual(2);
    expect(await welcomesTo(late.customer.external_userid)).toHaveLength(0);
  });

  test('a full pull mirrors every customer of every follow user', async () => {
    await stack.cms.strapi.db.query('plugin::wecom.customer-follow').deleteMany({ where: {} });
    await stack.cms.strapi.db.query('plugin::wecom.customer').deleteMany({ where: {} });
    const truth = (await sandbox('GET', `/_sandbox/wecom/${CORP_ID}/customers`)).body as { followUsers: string[]; customers: { follow_user: unknown[] }[] };
    const res = await stack.as('post', `/wecom/corps/${CORP_ID}/customers/sync`).expect(200);
    expect(res.body.data).toMatchObject({
      followUsers: truth.followUsers.length,
      customers: truth.customers.length,
      follows: truth.customers.reduce((n, c) => n + c.follow_user.length, 0),
    });
    const all = await stack.as('get', `/wecom/corps/${CORP_ID}/customers`).query({ pageSize: 100 }).expect(200);
    expect(all.body.meta.pagination.total).toBe(res.body.data.follows);
  });
});
