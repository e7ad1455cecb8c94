import { APP, bootStack, CORP_ID, eventually, OPS_EMAIL, ROBOT, sleep, stopStack, type Stack } from './helpers';

const ROBOT_KEY = '5a0d7e3c-0000-4000-8000-000000000001';
const MIN = 60_000;

/**
 * Alert rules end to end: a WeCom account pushed offline in the sandbox, the evaluator run on the
 * test's clock (minutes pass without waiting), notifications through the message center to the
 * sandbox's WeCom robot and the SMTP sink.
 */
describe('alerts: state machine, notifications, suppression', () => {
  let stack: Stack;
  // A clock of its own, far from now, advanced by the test.
  let clock = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 10 * 86_400_000;
  beforeAll(async () => {
    stack = await bootStack();
    await stack.as('post', `/wecom/accounts/${APP}/verify`).expect(200);
    // The demo robot is seeded online; verify it only if it is not.
    const robot = await stack.cms.strapi.db.query('plugin::wecom.account').findOne({ where: { code: ROBOT } });
    if (robot.status !== 'online') await stack.as('post', `/wecom/accounts/${ROBOT}/verify`).expect(200);
  }, 180_000);
  afterAll(() => stopStack(stack));

  const ops = () => stack.cms.strapi.plugin('ops');
  const evaluate = (advanceMs: number) =>
    ops()
      .service('evaluator')
      .run(new Date((clock += advanceMs)), { force: true });
  const robotTexts = async () => (await stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'robot', key: ROBOT_KEY })).map((m) => JSON.stringify(m));
  const mails = () => stack.smtp.received.filter((m) => JSON.stringify(m).includes(OPS_EMAIL));
  const wecom = () => stack.cms.strapi.plugin('wecom').service('accounts');
  let beat = Date.now();
  const pushOffline = async () => {
    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: true });
    await wecom().heartbeat((beat += 3_600_000));
    expect((await stack.cms.strapi.db.query('plugin::wecom.account').findOne({ where: { code: APP } })).status).not.toBe('online');
  };
  const bringOnline = async () => {
    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: false });
    await stack.as('post', `/wecom/accounts/${APP}/verify`).expect(200);
  };
  const rule = async (code: string) => (await stack.as('get', '/ops/rules').expect(200)).body.data.find((r: { code: string }) => r.code === code);
  const setRule = async (code: string, patch: Record<string, unknown>) =>
    stack
      .as('put', `/ops/rules/${(await rule(code)).documentId}`)
      .send(patch)
      .expect(200);

  test('the built-in rules of seed 003 are there', async () => {
    const codes = (await stack.as('get', '/ops/rules').expect(200)).body.data.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['account-offline', 'message-failure-rate', 'api-slow', 'queue-backlog']));
    expect(await rule('account-offline')).toMatchObject({ metric: 'wecom_accounts_offline', operator: 'gt', forSeconds: 300, level: 'critical' });
  });

  test('offline → pending → firing after 5 minutes: one robot message and one email; nothing new 3 minutes later; resolved once', async () => {
    const robotBefore = (await robotTexts()).length;
    await pushOffline();
    expect(await evaluate(0)).toEqual([]);
    const pending = await stack.as('get', '/ops/alerts?rule=account-offline').expect(200);
    expect(pending.body.data[0]).toMatchObject({ state: 'pending' });
    expect(await evaluate(2 * MIN)).toEqual([]);

    const fired = await evaluate(3 * MIN + 1000);
    expect(fired.map((a: { kind: string; rule: { code: string } }) => [a.rule.code, a.kind])).toEqual([['account-offline', 'firing']]);
    const robot = await eventually(async () => ((await robotTexts()).length > robotBefore ? robotTexts() : null));
    expect(robot.slice(robotBefore).join()).toContain('企微账号离线超过 5 分钟');
    const mail = await eventually(async () => (mails().length ? mails() : null));
    expect(mail).toHaveLength(1);
    expect(JSON.stringify(mail[0])).toContain('企微账号离线超过 5 分钟');

    // Still offline 3 minutes later (every 15 s evaluated): nothing new.
    for (let i = 0; i < 12; i++) expect(await evaluate(15_000)).toEqual([]);
    await sleep(1500);
    expect((await robotTexts()).length).toBe(robotBefore + 1);
    expect(mails()).toHaveLength(1);

    await bringOnline();
    const resolved = await evaluate(15_000);
    expect(resolved.map((a: { kind: string }) => a.kind)).toEqual(['resolved']);
    await eventually(async () => (mails().length === 2 ? true : null));
    const texts = await eventually(async () => ((await robotTexts()).length === robotBefore + 2 ? robotTexts() : null));
    expect(texts[texts.length - 1]).toContain('已恢复');

    const alert = (await stack.as('get', '/ops/alerts?rule=account-offline').expect(200)).body.data[0];
    expect(alert.state).toBe('resolved');
    const events = (await stack.as('get', `/ops/alerts/${alert.id}/events`).expect(200)).body.data;
    expect(events.map((e: { fromState: string | null; toState: string }) => `${e.fromState ?? ''}>${e.toState}`)).toEqual([
      '>pending',
      'pending>firing',
      'firing>resolved',
    ]);
    expect(events.map((e: { notification: string }) => e.notification)).toEqual(['none', 'sent', 'sent']);
  }, 120_000);

  test('two rules firing in one evaluation → one merged message per channel; a silence holds one and keeps its history', async () => {
    await setRule('account-offline', { forSeconds: 0 });
    await stack
      .as('post', '/ops/rules')
      .send({
        code: 'online-rate',
        name: '企微账号在线率低于 100%',
        metric: 'wecom_account_online_ratio',
        operator: 'lt',
        threshold: 1,
        forSeconds: 0,
        level: 'warning',
      })
      .expect(201);
    const robotBefore = (await robotTexts()).length;
    const mailBefore = mails().length;
    await pushOffline();
    const fired = await evaluate(10 * MIN);
    expect(fired.map((a: { rule: { code: string } }) => a.rule.code).sort()).toEqual(['account-offline', 'online-rate']);
    const texts = await eventually(async () => ((await robotTexts()).length > robotBefore ? robotTexts() : null));
    await sleep(1000);
    expect(await robotTexts()).toHaveLength(robotBefore + 1);
    expect(texts[texts.length - 1]).toContain('企微账号离线超过 5 分钟');
    expect(texts[texts.length - 1]).toContain('企微账号在线率低于 100%');
    // The online-rate rule is warning: WeCom robot and email; both went in one email too.
    await eventually(async () => (mails().length === mailBefore + 1 ? true : null));

    await bringOnline();
    await evaluate(15_000);
    await eventually(async () => ((await robotTexts()).length === robotBefore + 2 ? true : null));

    // A silence on the account-offline rule: it fires again, recorded, not sent; the other rule still is.
    await stack
      .as('post', '/ops/silences')
      .send({
        matchers: { rule: 'account-offline' },
        startsAt: new Date(clock).toISOString(),
        endsAt: new Date(clock + 60 * MIN).toISOString(),
        reason: '计划内维护',
      })
      .expect(201);
    await stack
      .as('post', '/ops/silences')
      .send({ matchers: {}, endsAt: new Date(clock + MIN).toISOString(), reason: 'x' })
      .expect(400);
    await pushOffline();
    await evaluate(10 * MIN);
    const last = await eventually(async () => ((await robotTexts()).length === robotBefore + 3 ? robotTexts() : null));
    expect(last[last.length - 1]).toContain('企微账号在线率低于 100%');
    expect(last[last.length - 1]).not.toContain('企微账号离线超过 5 分钟');
    const held = (await stack.as('get', '/ops/alerts?rule=account-offline&state=firing').expect(200)).body.data[0];
    const events = (await stack.as('get', `/ops/alerts/${held.id}/events`).expect(200)).body.data;
    expect(events[events.length - 1]).toMatchObject({ toState: 'firing', notification: 'silenced' });
    await bringOnline();
    await evaluate(15_000);
  }, 120_000);

  test('a failure-rate rule fires from real failed sends (the SMTP sink refuses them)', async () => {
    await setRule('message-failure-rate', { forSeconds: 0, channels: ['wecom-robot'] });
    const messaging = stack.cms.strapi.plugin('messaging');
    const tenant = await messaging.service('tenants').ensureAdminTenant();
    stack.smtp.refuseNext(550, 3);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { message } = await messaging
        .service('sending')
        .acceptOne(tenant, { channel: 'email', to: `buyer${i}@wedraw.test`, content: { subject: '订单', text: '已发货' } });
      ids.push(message.id);
    }
    await eventually(async () => {
      const rows = await stack.cms.strapi.db.query('plugin::messaging.message').findMany({ where: { documentId: { $in: ids } } });
      return rows.every((r: { status: string }) => r.status === 'failed');
    });
    const robotBefore = (await robotTexts()).length;
    const fired = await evaluate(15_000);
    expect(fired.map((a: { rule: { code: string } }) => a.rule.code)).toContain('message-failure-rate');
    const texts = await eventually(async () => ((await robotTexts()).length > robotBefore ? robotTexts() : null));
    expect(texts[texts.length - 1]).toContain('消息失败率超过 1%');
  }, 60_000);
});
