import { bootStack, CORP, CORP_ID, expectNoSecret, stopStack, type Stack } from './helpers';

describe('corps, secrets and the token store', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await bootStack();
  }, 180_000);
  afterAll(() => stopStack(stack));

  const service = (name: string) => stack.cms.strapi.plugin('wecom').service(name);

  test('secrets are write-only in the API and encrypted at rest', async () => {
    const res = await stack.as('get', '/wecom/corps').expect(200);
    expectNoSecret(res.text);
    expect(res.body.data[0]).toMatchObject({
      corpId: CORP_ID,
      hasContactsSecret: true,
      hasCustomerSecret: true,
      hasCallbackToken: true,
      hasEncodingAESKey: true,
      apps: [{ agentId: 1000002, hasSecret: true }],
      callbackPath: `/api/wecom/callback/${CORP_ID}`,
    });
    // The sandbox's URL verification reached our callback when the test saved the callback URL.
    expect(res.body.data[0].callbackVerifiedAt).toBeTruthy();
    const raw = await stack.cms.strapi.db.connection('wecom_corps').first();
    for (const column of ['contacts_secret', 'customer_secret', 'callback_token', 'encoding_aes_key']) expect(String(raw[column])).toMatch(/^enc:v1:/);
    expectNoSecret(JSON.stringify(raw));
  });

  test('bad corp input is a 400 naming the field', async () => {
    const res = await stack.as('post', '/wecom/corps').send({ corpId: 'nope', name: '' }).expect(400);
    expect(res.body.error.message).toContain('corpId');
    expect(res.body.error.message).toContain('name');
    const dup = await stack.as('post', '/wecom/corps').send({ corpId: CORP_ID, name: '重复', contactsSecret: 'x' }).expect(400);
    expect(dup.body.error.message).toContain('CorpID 已存在');
  });

  test('the check fetches a token with every configured secret', async () => {
    const res = await stack.as('post', `/wecom/corps/${CORP_ID}/check`).expect(200);
    expect(res.body.data).toEqual([
      { role: 'contacts', ok: true, errcode: null, message: '正常' },
      { role: 'customer', ok: true, errcode: null, message: '正常' },
      { role: 'app:1000002', ok: true, errcode: null, message: '正常' },
    ]);
  });

  test('concurrent calls fetch one token per secret; an expired token is refreshed once and the call retried', async () => {
    const corp = await service('corps').get(CORP_ID);
    const contacts = service('clients').client(corp, 'contacts');
    const before = (await stack.admin.wecomTokens(CORP_ID)).calls[`${CORP_ID}|contacts`] ?? 0;
    await Promise.all(Array.from({ length: 8 }, () => contacts.get('/cgi-bin/department/simplelist')));
    expect((await stack.admin.wecomTokens(CORP_ID)).calls[`${CORP_ID}|contacts`]).toBe(before);

    await stack.admin.call('POST', '/_sandbox/wecom/tokens/expire', { corpId: CORP_ID });
    const answers = await Promise.all(Array.from({ length: 6 }, () => contacts.get('/cgi-bin/department/simplelist')));
    expect(answers.every((a: { department_id: unknown[] }) => a.department_id.length === 13)).toBe(true);
    expect((await stack.admin.wecomTokens(CORP_ID)).calls[`${CORP_ID}|contacts`]).toBe(before + 1);
  });

  test('a contacts write with the customer-contact secret fails as in WeCom (48002), nothing written', async () => {
    const corp = await stack.as('get', '/wecom/corps').expect(200);
    const documentId = corp.body.data[0].documentId;
    // The operator pasted the customer-contact secret where the contacts secret belongs.
    await stack
      .as('put', `/wecom/corps/${documentId}`)
      .send({
        corpId: CORP_ID,
        name: CORP.name,
        apiBase: stack.sb.url,
        contactsSecret: CORP.customerSecret,
        apps: [{ agentId: 1000002, name: 'WeDraw 消息平台' }],
      })
      .expect(200);
    const res = await stack.as('post', `/wecom/corps/${CORP_ID}/departments`).send({ name: '新部门', parentId: 1 }).expect(409);
    expect(res.body.error).toMatchObject({ name: 'WecomRefused', details: { errcode: 48002 } });
    expect(res.body.error.message).toContain('通讯录同步');
    expect((await stack.admin.wecomDepartments(CORP_ID)).some((d) => d.name === '新部门')).toBe(false);
    expect(await stack.cms.strapi.db.query('plugin::wecom.department').count({ where: { name: '新部门' } })).toBe(0);
    await stack
      .as('put', `/wecom/corps/${documentId}`)
      .send({
        corpId: CORP_ID,
        name: CORP.name,
        apiBase: stack.sb.url,
        contactsSecret: CORP.contactsSecret,
        apps: [{ agentId: 1000002, name: 'WeDraw 消息平台' }],
      })
      .expect(200);
  });

  test('an untrusted IP is explained with the caller IP WeCom saw', async () => {
    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: true });
    try {
      const res = await stack.as('post', `/wecom/corps/${CORP_ID}/departments`).send({ name: '新部门', parentId: 1 }).expect(409);
      expect(res.body.error.details.errcode).toBe(60020);
      expect(res.body.error.message).toMatch(/企业可信IP.*来源 IP：127\.0\.0\.1/);
    } finally {
      await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: false });
    }
  });

  test('admin routes need the plugin action', async () => {
    await stack.as('get', '/wecom/corps').set('Authorization', 'Bearer nope').expect(401);
  });
});
