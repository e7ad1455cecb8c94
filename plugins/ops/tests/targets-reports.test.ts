import { shanghaiDay } from '@wedraw/kit';
import { APP, bootStack, CORP_ID, eventually, OPS_EMAIL, sleep, stopStack, type Stack } from './helpers';

const ROBOT_KEY = '5a0d7e3c-0000-4000-8000-000000000001';
const ADMIN_EMAIL = 'oncall@wedraw.test';
const REPORT_EMAIL = 'reports@wedraw.test';

/**
 * Rules, 通知对象 and 运维报表 through the admin API: an alert goes to the targets stored in the
 * database (not the config defaults), and a daily report counts the recorded alert changes and is
 * stored and sent once however many times it is asked for.
 */
describe('rules, alert targets and reports through the admin API', () => {
  let stack: Stack;
  // A clock of its own: noon (Asia/Shanghai) of a day far from now.
  let clock = Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 20 * 86_400_000 + 4 * 3_600_000;
  beforeAll(async () => {
    stack = await bootStack();
    await stack.as('post', `/wecom/accounts/${APP}/verify`).expect(200);
  }, 180_000);
  afterAll(() => stopStack(stack));

  const evaluate = (advanceMs: number) =>
    stack.cms.strapi
      .plugin('ops')
      .service('evaluator')
      .run(new Date((clock += advanceMs)), { force: true });
  const mailsTo = (to: string) => stack.smtp.received.filter((m) => JSON.stringify(m).includes(to));
  const rule = async (code: string) => (await stack.as('get', '/ops/rules').expect(200)).body.data.find((r: { code: string }) => r.code === code);

  test('rules: created, edited (level, channels), deleted; a bad field is named; a built-in rule is not deleted', async () => {
    const bad = await stack
      .as('post', '/ops/rules')
      .send({ code: 'x-rule', name: '测试', metric: 'queue_backlog', operator: 'between', threshold: 1, forSeconds: 0, level: 'info' })
      .expect(400);
    expect(JSON.stringify(bad.body.error)).toContain('operator');
    const unknown = await stack
      .as('post', '/ops/rules')
      .send({ code: 'x-rule', name: '测试', metric: 'no_such_metric', operator: 'gt', threshold: 1, forSeconds: 0, level: 'info' })
      .expect(400);
    expect(JSON.stringify(unknown.body.error)).toContain('metric');
    const created = await stack
      .as('post', '/ops/rules')
      .send({ code: 'x-rule', name: '队列积压超过 5 条', metric: 'queue_backlog', operator: 'gt', threshold: 5, forSeconds: 60, level: 'info' })
      .expect(201);
    const edited = await stack
      .as('put', `/ops/rules/${created.body.data.documentId}`)
      .send({ level: 'critical', channels: ['email'], operator: 'gte', quietMinutes: 10 })
      .expect(200);
    expect(edited.body.data).toMatchObject({ level: 'critical', channels: ['email'], operator: 'gte', quietMinutes: 10, builtin: false });
    await stack.as('delete', `/ops/rules/${created.body.data.documentId}`).expect(200);
    expect(await rule('x-rule')).toBeUndefined();
    const builtin = await stack.as('delete', `/ops/rules/${(await rule('queue-backlog')).documentId}`).expect(409);
    expect(builtin.body.error.name).toBe('BuiltinRule');
  });

  test('targets: the webhook URL is write-only and encrypted; a bad recipient is named', async () => {
    const bad = await stack.as('post', '/ops/targets').send({ name: '值班邮箱', channel: 'email', to: 'not-an-address' }).expect(400);
    expect(JSON.stringify(bad.body.error)).toContain('to');
    const hook = await stack
      .as('post', '/ops/targets')
      .send({ name: '告警平台', channel: 'webhook', to: 'https://hooks.example.test/alert?token=s3cr3t', enabled: false })
      .expect(201);
    expect(hook.body.data).toMatchObject({ to: null, hasTo: true, secret: true, levels: ['critical'] });
    const row = await stack.cms.strapi.db.query('plugin::ops.alert-target').findOne({ where: { documentId: hook.body.data.documentId } });
    expect(row.to).toMatch(/^enc:v1:/);
    const listed = await stack.as('get', '/ops/targets').expect(200);
    expect(JSON.stringify(listed.body)).not.toContain('s3cr3t');
    // Still config defaults for the channels without a stored target.
    expect(listed.body.data.defaults.map((d: { channel: string }) => d.channel)).toEqual(expect.arrayContaining(['wecom-robot', 'email']));
  });

  test('targets: a DingTalk robot with 加签 keeps its secret write-only and encrypted, and sends to it are signed with it', async () => {
    const TOKEN = 'ops-signed-robot-1';
    const SECRET = `SEC${'a1'.repeat(20)}`;
    const ROTATED = 'SECrotated0000000000';
    const wrongChannel = await stack.as('post', '/ops/targets').send({ name: '值班邮箱', channel: 'email', to: ADMIN_EMAIL, signSecret: SECRET }).expect(400);
    expect(JSON.stringify(wrongChannel.body.error)).toContain('signSecret');
    const badForm = await stack
      .as('post', '/ops/targets')
      .send({ name: '钉钉值班群', channel: 'dingtalk-robot', to: TOKEN, signSecret: 'not-a-secret' })
      .expect(400);
    expect(JSON.stringify(badForm.body.error)).toContain('signSecret');
    // Disabled: alerts are not routed to it; the secret still signs what is sent to its robot.
    const created = await stack
      .as('post', '/ops/targets')
      .send({ name: '钉钉值班群', channel: 'dingtalk-robot', to: TOKEN, signSecret: SECRET, enabled: false })
      .expect(201);
    expect(created.body.data).toMatchObject({ to: null, hasTo: true, hasSignSecret: true });
    expect(JSON.stringify((await stack.as('get', '/ops/targets').expect(200)).body)).not.toContain(SECRET);
    const row = await stack.cms.strapi.db.query('plugin::ops.alert-target').findOne({ where: { documentId: created.body.data.documentId } });
    expect(row.signSecret).toMatch(/^enc:v1:/);

    const messaging = stack.cms.strapi.plugin('messaging');
    const tenant = await messaging.service('tenants').ensureAdminTenant();
    const sendToRobot = async () => {
      const { message } = await messaging
        .service('sending')
        .acceptOne(tenant, { channel: 'dingtalk-robot', to: TOKEN, content: { msgtype: 'text', text: { content: 'WeDraw 告警：加签测试' } } });
      return eventually(async () => {
        const r = await stack.cms.strapi.db.query('plugin::messaging.message').findOne({ where: { documentId: message.id } });
        return ['delivered', 'failed'].includes(r.status) ? r : null;
      });
    };
    await stack.admin.dingtalkSigningRobot(TOKEN, SECRET);
    expect(await sendToRobot()).toMatchObject({ status: 'delivered' });
    expect(await stack.admin.dingtalkMessages(TOKEN)).toHaveLength(1);

    // The secret reset in DingTalk but not here: DingTalk refuses the signature (310000), a final failure.
    await stack.admin.dingtalkSigningRobot(TOKEN, ROTATED);
    expect(await sendToRobot()).toMatchObject({ status: 'failed', errorCode: '310000' });
    const updated = await stack.as('put', `/ops/targets/${created.body.data.documentId}`).send({ signSecret: ROTATED }).expect(200);
    expect(updated.body.data.hasSignSecret).toBe(true);
    expect(await sendToRobot()).toMatchObject({ status: 'delivered' });
    expect(await stack.admin.dingtalkMessages(TOKEN)).toHaveLength(2);
    // The token is what lets anyone post to the robot: the message records keep it encrypted and show it masked.
    const records = await stack.cms.strapi.db.connection('messaging_messages').select('recipient', 'recipient_secret').where({ channel: 'dingtalk-robot' });
    expect(records.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(records)).not.toContain(TOKEN);
    expect(records.every((r: { recipient_secret: string }) => r.recipient_secret.startsWith('enc:v1:'))).toBe(true);
    const shown = await stack.as('get', '/messaging/messages?channel=dingtalk-robot').expect(200);
    expect(shown.body.data.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(shown.body)).not.toContain(TOKEN);
    const removed = await stack.as('put', `/ops/targets/${created.body.data.documentId}`).send({ signSecret: null }).expect(200);
    expect(removed.body.data.hasSignSecret).toBe(false);
    await stack.as('delete', `/ops/targets/${created.body.data.documentId}`).expect(200);
  });

  test('an alert goes to the targets stored through the admin API, not the config default of that channel', async () => {
    await stack
      .as('post', '/ops/targets')
      .send({ name: '值班邮箱', channel: 'email', to: ADMIN_EMAIL, levels: ['critical'] })
      .expect(201);
    await stack.as('post', '/ops/targets').send({ name: '报表邮箱', channel: 'email', to: REPORT_EMAIL, levels: [], reports: true }).expect(201);
    await stack
      .as('put', `/ops/rules/${(await rule('account-offline')).documentId}`)
      .send({ forSeconds: 0 })
      .expect(200);
    const robotBefore = (await stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'robot', key: ROBOT_KEY })).length;
    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: true });
    await stack.cms.strapi
      .plugin('wecom')
      .service('accounts')
      .heartbeat(Date.now() + 3_600_000);
    const fired = await evaluate(0);
    expect(fired.map((a: { rule: { code: string } }) => a.rule.code)).toContain('account-offline');
    await eventually(async () => (mailsTo(ADMIN_EMAIL).length ? true : null));
    await eventually(async () => ((await stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'robot', key: ROBOT_KEY })).length > robotBefore ? true : null));
    await sleep(1000);
    expect(mailsTo(ADMIN_EMAIL)).toHaveLength(1);
    expect(mailsTo(REPORT_EMAIL)).toHaveLength(0); // receives no level
    expect(mailsTo(OPS_EMAIL)).toHaveLength(0); // the config default no longer rules the email channel

    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: false });
    await stack.as('post', `/wecom/accounts/${APP}/verify`).expect(200);
    const resolved = await evaluate(60_000);
    expect(resolved.map((a: { kind: string }) => a.kind)).toEqual(['resolved']);
    await eventually(async () => (mailsTo(ADMIN_EMAIL).length === 2 ? true : null));
  }, 60_000);

  test('the daily report counts the recorded alert changes and is stored and sent once', async () => {
    const day = shanghaiDay(clock);
    // Asked for twice at once (two instances, or a click during the scheduled run): one row, one email.
    const [a, b] = await Promise.all([
      stack.as('post', '/ops/reports').send({ kind: 'daily', day }),
      stack.as('post', '/ops/reports').send({ kind: 'daily', day }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const report = (a.status === 201 ? a : b).body.data;
    expect(report).toMatchObject({ kind: 'daily', period: day });
    expect(report.summary.alerts).toMatchObject({ fired: 1, resolved: 1, byLevel: { critical: { fired: 1, resolved: 1 } } });
    expect(report.summary.alerts.byRule).toEqual([expect.objectContaining({ code: 'account-offline', fired: 1, resolved: 1 })]);
    expect(report.summary.figures.map((f: { metric: string }) => f.metric)).toEqual([
      'message_success_ratio',
      'api_p99_seconds',
      'queue_backlog',
      'wecom_account_online_ratio',
    ]);
    expect(report.text).toContain('运维日报');
    expect(report.text).toContain('企微账号离线超过 5 分钟（严重）：触发 1，恢复 1');
    const mail = await eventually(async () => (mailsTo(REPORT_EMAIL).length ? mailsTo(REPORT_EMAIL) : null));
    await sleep(1500);
    expect(mail).toHaveLength(1);
    expect(JSON.stringify(mail[0])).toContain(`运维日报（${day}）`);
    expect(mailsTo(ADMIN_EMAIL)).toHaveLength(2); // reports only go to targets receiving them

    const list = await stack.as('get', '/ops/reports?kind=daily').expect(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.meta.pagination.total).toBe(1);
    await stack.as('post', '/ops/reports').send({ kind: 'daily', day: '2026/01/01' }).expect(400);
  }, 60_000);
});
