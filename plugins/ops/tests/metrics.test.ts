import request from 'supertest';
import { APP, CORP_ID, bootStack, stopStack, type Stack } from './helpers';

describe('metrics and health', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await bootStack();
    await stack.as('post', `/wecom/accounts/${APP}/verify`).expect(200);
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('/metrics carries the business and system gauges', async () => {
    const text = (await request(stack.cms.url).get('/metrics').expect(200)).text;
    for (const name of [
      'wedraw_wecom_account_online_ratio',
      'wedraw_wecom_accounts_offline',
      'wedraw_message_success_ratio',
      'wedraw_message_failure_ratio',
      'wedraw_message_latency_p99_seconds',
      'wedraw_queue_backlog',
      'wedraw_api_p99_seconds',
      'wedraw_api_error_ratio',
      'wedraw_database_up',
      'wedraw_redis_up',
      'wedraw_http_request_duration_seconds_bucket',
    ])
      expect(text).toContain(`${name}`);
    expect(text).toMatch(/^wedraw_database_up 1$/m);
    // The demo app (verified) and the demo robot (seeded online): every account online.
    expect(text).toMatch(/^wedraw_wecom_account_online_ratio 1$/m);
  });

  test('WeCom calls are counted by API path and errcode, a sandbox fault under its errcode', async () => {
    const counted = async (errcode: number) => {
      const text = (await request(stack.cms.url).get('/metrics').expect(200)).text;
      const m = text.match(new RegExp(`^wedraw_wecom_api_calls_total\\{endpoint="cgi-bin/department/list",errcode="${errcode}"\\} (\\S+)$`, 'm'));
      return m ? Number(m[1]) : 0;
    };
    const wecom = stack.cms.strapi.plugin('wecom');
    const client = wecom.service('clients').client(await wecom.service('corps').require(CORP_ID), 'contacts');
    const [ok0, denied0] = [await counted(0), await counted(60011)];
    await client.get('/cgi-bin/department/list');
    await stack.admin.fault({ path: '/cgi-bin/department/list', appId: CORP_ID, errcode: 60011, errmsg: 'no privilege', times: 1 });
    await expect(client.get('/cgi-bin/department/list')).rejects.toMatchObject({ errcode: 60011 });
    expect(await counted(0)).toBe(ok0 + 1);
    expect(await counted(60011)).toBe(denied0 + 1);
    // WeChat Pay's counter is declared even before the first payment.
    expect((await request(stack.cms.url).get('/metrics').expect(200)).text).toContain('# TYPE wedraw_wechatpay_api_calls_total counter');
  });

  test('callback timeliness: the p99 answer time of WeCom pushes since the previous reading', async () => {
    const metrics = stack.cms.strapi.plugin('ops').service('metrics');
    const of = async (source: string) =>
      ((await metrics.read()).get('callback_p99_seconds') as Array<{ labels: { source: string }; value: number }>).find((s) => s.labels.source === source)
        ?.value;
    await metrics.read();
    // A push WeCom would send (here without a valid signature: refused, but answered and timed like any push).
    await request(stack.cms.url).post(`/api/wecom/callback/${CORP_ID}?msg_signature=x&timestamp=1&nonce=n`).set('Content-Type', 'text/xml').send('<xml></xml>');
    const values = await metrics.read();
    const samples = values.get('callback_p99_seconds') as Array<{ labels: { source: string }; value: number }>;
    expect(samples.find((s) => s.labels.source === 'wecom')!.value).toBeGreaterThan(0);
    expect(samples.find((s) => s.labels.source === 'wechat')!.value).toBe(0);
    expect(await of('wecom')).toBe(0); // nothing pushed since
  });

  test('GET /api/monitor/health: {status, services, uptime}; /health stays', async () => {
    const res = await request(stack.cms.url).get('/api/monitor/health').expect(200);
    expect(res.body).toMatchObject({ status: 'up', services: expect.arrayContaining([{ name: 'database', status: 'up' }]) });
    expect(res.body.services.map((s: { name: string }) => s.name)).toEqual(['database', 'redis', 'queue']);
    expect(typeof res.body.uptime).toBe('number');
    await request(stack.cms.url).get('/health').expect(200);
  });

  test("every answer carries a request id (the caller's when sane), the id JSON log lines carry", async () => {
    const echoed = await request(stack.cms.url).get('/health').set('X-Request-Id', 'lb-7f3a.1').expect(200);
    expect(echoed.headers['x-request-id']).toBe('lb-7f3a.1');
    const made = await request(stack.cms.url).get('/health').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('the DingTalk robot channel sends to the robot webhook (sandbox), a body without its text is refused naming the field', async () => {
    const messaging = stack.cms.strapi.plugin('messaging');
    const tenant = await messaging.service('tenants').ensureAdminTenant();
    const send = (content: unknown) => messaging.service('sending').acceptOne(tenant, { channel: 'dingtalk-robot', to: 'ops-robot-token-1', content });
    await expect(send({ msgtype: 'text' })).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('content.text') });
    const { message } = await send({ msgtype: 'text', text: { content: 'WeDraw 告警：测试' } });
    const row = async () => stack.cms.strapi.db.query('plugin::messaging.message').findOne({ where: { documentId: message.id } });
    for (let i = 0; i < 100 && !['delivered', 'failed'].includes((await row()).status); i++) await new Promise((r) => setTimeout(r, 100));
    expect((await row()).status).toBe('delivered');
    const got = await stack.admin.dingtalkMessages('ops-robot-token-1');
    expect(got).toHaveLength(1);
    expect(got[0].body).toEqual({ msgtype: 'text', text: { content: 'WeDraw 告警：测试' } });
  });

  test('the overview answers the headline figures and the rule API validates', async () => {
    const res = await stack.as('get', '/ops/overview').expect(200);
    expect(res.body.data.now).toHaveProperty('wecom_account_online_ratio');
    expect(res.body.data.metrics.map((m: { name: string }) => m.name)).toContain('queue_backlog');
    const bad = await stack
      .as('post', '/ops/rules')
      .send({ code: 'x1', name: 'x', metric: 'nope', operator: 'gt', threshold: 1, forSeconds: 0, level: 'info' })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('metric');
    await stack
      .as('post', '/ops/rules')
      .send({ code: 'api-slow', name: 'x', metric: 'api_p99_seconds', operator: 'gt', threshold: 1, forSeconds: 0, level: 'info' })
      .expect(409);
  });
});
