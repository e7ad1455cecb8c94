import { CORP, bootStack, CORP_ID, stopStack, type Stack } from './helpers';

/** 入群欢迎语素材: CRUD mirrored through the sandbox's group_welcome_template; bad input is a 400 before any call. */
describe('group welcome templates (入群欢迎语素材)', () => {
  let stack: Stack;
  const wecom = async (op: string, body: unknown, secret = CORP.customerSecret) => {
    const token = ((await (await fetch(`${stack.sb.url}/cgi-bin/gettoken?corpid=${CORP_ID}&corpsecret=${secret}`)).json()) as { access_token: string })
      .access_token;
    const res = await fetch(`${stack.sb.url}/cgi-bin/externalcontact/group_welcome_template/${op}?access_token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as any;
  };
  const calls = async () => (await stack.admin.counters())['/cgi-bin/externalcontact/group_welcome_template/add']?.calls ?? 0;

  beforeAll(async () => {
    stack = await bootStack();
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('created, edited and deleted at WeCom and in the mirror', async () => {
    const created = await stack
      .as('post', `/wecom/corps/${CORP_ID}/group-welcome-templates`)
      .send({
        name: '新人入群',
        text: '欢迎 %NICKNAME% 加入！',
        attachment: { msgtype: 'link', link: { title: '新人礼包', url: 'https://wedraw.test/gift' } },
      })
      .expect(201);
    const t = created.body.data;
    expect(t).toMatchObject({ name: '新人入群', notify: false, templateId: expect.any(String) });
    expect(await wecom('get', { template_id: t.templateId })).toMatchObject({
      errcode: 0,
      text: { content: '欢迎 %NICKNAME% 加入！' },
      link: { title: '新人礼包', url: 'https://wedraw.test/gift' },
    });

    await stack.as('put', `/wecom/group-welcome-templates/${t.documentId}`).send({ name: '新人入群', text: '欢迎新朋友' }).expect(200);
    const atWecom = await wecom('get', { template_id: t.templateId });
    expect(atWecom.text).toEqual({ content: '欢迎新朋友' });
    expect(atWecom.link).toBeUndefined();
    const list = await stack.as('get', `/wecom/corps/${CORP_ID}/group-welcome-templates`).expect(200);
    expect(list.body.data.map((x: { text: string; attachment: unknown }) => [x.text, x.attachment])).toEqual([['欢迎新朋友', null]]);

    await stack.as('delete', `/wecom/group-welcome-templates/${t.documentId}`).expect(204);
    expect((await wecom('get', { template_id: t.templateId })).errcode).toBe(40058);
    expect((await stack.as('get', `/wecom/corps/${CORP_ID}/group-welcome-templates`).expect(200)).body.data).toEqual([]);
  });

  test('bad input: 400 naming the field, WeCom not called', async () => {
    const before = await calls();
    const cases: [unknown, string][] = [
      [{ name: '空' }, 'text'],
      [{ name: '长', text: '字'.repeat(1001) }, 'text'],
      [{ name: '图', attachment: { msgtype: 'link', link: { title: '无地址' } } }, 'attachment'],
      [{ name: '', text: '你好' }, 'name'],
      [{ name: '多', text: '你好', attachments: [] }, 'attachments'],
    ];
    for (const [body, field] of cases) {
      const res = await stack.as('post', `/wecom/corps/${CORP_ID}/group-welcome-templates`).send(body).expect(400);
      expect(JSON.stringify(res.body.error)).toContain(field);
    }
    expect(await calls()).toBe(before);
  });

  test('a template another app created: 409 TemplateNotOurs, nothing changed', async () => {
    const theirs = await wecom('add', { text: { content: '应用创建的' } }, CORP.apps[0].secret);
    const row = await stack.cms.strapi.db
      .query('plugin::wecom.group-welcome-template')
      .create({ data: { corpId: CORP_ID, templateId: theirs.template_id, name: '别人的', text: '应用创建的', notify: false } });
    const res = await stack.as('put', `/wecom/group-welcome-templates/${row.documentId}`).send({ name: '别人的', text: '想改' }).expect(409);
    expect(res.body.error.name).toBe('TemplateNotOurs');
    expect((await wecom('get', { template_id: theirs.template_id })).text).toEqual({ content: '应用创建的' });
    expect((await stack.as('delete', `/wecom/group-welcome-templates/${row.documentId}`).expect(409)).body.error.name).toBe('TemplateNotOurs');
  });

  test('the 101st template: 409 TemplateLimit before any call', async () => {
    const existing = await stack.cms.strapi.db.query('plugin::wecom.group-welcome-template').count({ where: { corpId: CORP_ID } });
    for (let i = existing; i < 100; i += 1)
      await stack.cms.strapi.db
        .query('plugin::wecom.group-welcome-template')
        .create({ data: { corpId: CORP_ID, templateId: `local${i}`, name: `第 ${i} 条`, text: 'x' } });
    const before = await calls();
    const res = await stack.as('post', `/wecom/corps/${CORP_ID}/group-welcome-templates`).send({ name: '第 101 条', text: '你好' }).expect(409);
    expect(res.body.error.name).toBe('TemplateLimit');
    expect(await calls()).toBe(before);
  });
});
