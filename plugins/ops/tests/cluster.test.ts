import request from 'supertest';
import { shanghaiDay } from '@wedraw/kit';
import { redisAvailable, required } from '../../../cms/tests/harness/env';
import { startPeerCms, type PeerCms } from '../../../cms/tests/harness/strapi';
import { APP, bootStack, CORP_ID, eventually, OPS_EMAIL, sleep, stopStack, type Stack } from './helpers';

const maybe = redisAvailable() || required ? describe : describe.skip;
const ROBOT_KEY = '5a0d7e3c-0000-4000-8000-000000000001';

/**
 * Three CMS processes (this one and two peers) sharing MySQL and Redis, each running the ops
 * worker with a 1 s evaluation: an account going offline is evaluated and notified once.
 */
maybe('alert evaluation on several instances', () => {
  let stack: Stack;
  const peers: PeerCms[] = [];
  beforeAll(async () => {
    stack = await bootStack({ OPS_EVALUATE_EVERY_MS: '1000' });
    await stack.as('post', `/wecom/accounts/${APP}/verify`).expect(200);
    const rule = (await stack.as('get', '/ops/rules').expect(200)).body.data.find((r: { code: string }) => r.code === 'account-offline');
    await stack.as('put', `/ops/rules/${rule.documentId}`).send({ forSeconds: 0 }).expect(200);
    peers.push(await startPeerCms(stack.cms.env), await startPeerCms(stack.cms.env));
  }, 300_000);
  afterAll(async () => {
    for (const peer of peers) await peer.stop();
    await stopStack(stack);
  });

  test('an account offline → one alert, one robot message, one email', async () => {
    const robotBefore = (await stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'robot', key: ROBOT_KEY })).length;
    await stack.admin.wecomFaults({ corpId: CORP_ID, untrustedIp: true });
    await stack.cms.strapi
      .plugin('wecom')
      .service('accounts')
      .heartbeat(Date.now() + 3_600_000);
    const alerts = () => stack.cms.strapi.db.query('plugin::ops.alert').findMany({ where: { ruleCode: 'account-offline' } });
    await eventually(async () => (await alerts()).some((a: { state: string }) => a.state === 'firing'), 20_000);
    // Several more ticks on three instances: still one alert, one change to firing, one message per channel.
    await sleep(5000);
    expect(await alerts()).toHaveLength(1);
    const changes = await stack.cms.strapi.db.query('plugin::ops.alert-event').findMany({ where: { ruleCode: 'account-offline', toState: 'firing' } });
    expect(changes).toHaveLength(1);
    const robot = await stack.admin.wecomMessages({ corpId: CORP_ID, kind: 'robot', key: ROBOT_KEY });
    expect(robot.length - robotBefore).toBe(1);
    expect(stack.smtp.received.filter((m) => JSON.stringify(m).includes(OPS_EMAIL))).toHaveLength(1);
  }, 60_000);

  test('overlapping evaluations run one at a time: a reminder is announced once', async () => {
    // Two forced runs past the quiet period, started together: without the evaluation lock both read
    // the firing alert before either recorded its reminder, and both would remind.
    const evaluator = stack.cms.strapi.plugin('ops').service('evaluator');
    const t1 = new Date(Date.now() + 2 * 86_400_000);
    const t2 = new Date(t1.getTime() + 1000);
    const emailsBefore = stack.smtp.received.filter((m) => JSON.stringify(m).includes(OPS_EMAIL)).length;
    const [a1, a2] = await Promise.all([evaluator.run(t1, { force: true }), evaluator.run(t2, { force: true })]);
    const reminded = [...a1, ...a2].filter((a: { rule: { code: string } }) => a.rule.code === 'account-offline');
    expect(reminded).toHaveLength(1);
    const reminders = await stack.cms.strapi.db
      .query('plugin::ops.alert-event')
      .findMany({ where: { ruleCode: 'account-offline', fromState: 'firing', toState: 'firing', at: { $in: [t1, t2] } } });
    expect(reminders).toHaveLength(1);
    await eventually(async () => stack.smtp.received.filter((m) => JSON.stringify(m).includes(OPS_EMAIL)).length === emailsBefore + 1, 20_000);
  }, 60_000);

  test('concurrent runs of one tick: one evaluates, the others step aside', async () => {
    const now = new Date(Date.now() + 86_400_000);
    const evaluator = stack.cms.strapi.plugin('ops').service('evaluator');
    const claims = await Promise.all([1, 2, 3].map(() => evaluator.claimTick(now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await evaluator.run(now)).toEqual([]);
  });

  test('a report asked of every instance at once: stored once, sent once', async () => {
    const REPORT_EMAIL = 'cluster-reports@wedraw.test';
    await stack.as('post', '/ops/targets').send({ name: '报表邮箱', channel: 'email', to: REPORT_EMAIL, levels: [], reports: true }).expect(201);
    const day = shanghaiDay();
    const answers = await Promise.all(
      [stack.cms.url, ...peers.map((p) => p.url)].map((url) =>
        request(url).post('/ops/reports').set('Authorization', `Bearer ${stack.jwt}`).send({ kind: 'daily', day }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    const report = answers.find((a) => a.status === 201)!.body.data;
    // The account-offline alert of the first test fired once today.
    expect(report.summary.alerts.byRule).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'account-offline', fired: 1 })]));
    expect(await stack.cms.strapi.db.query('plugin::ops.report').count({ where: { kind: 'daily', period: day } })).toBe(1);
    const mails = () => stack.smtp.received.filter((m) => JSON.stringify(m).includes(REPORT_EMAIL));
    await eventually(async () => (mails().length ? true : null));
    await sleep(2000);
    expect(mails()).toHaveLength(1);
  }, 60_000);
});
