import request from 'supertest';
import { DEMO_CORP, SandboxClient, startSandbox, startSmtpSink, type RunningSandbox, type SmtpSink } from '@wedraw/sandbox';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';

export const CORP_ID = DEMO_CORP.corpId;
export const APP = 'demo-wecom-app';
export const ROBOT = 'demo-wecom-robot';
export const OPS_EMAIL = 'ops@wedraw.test';

export interface Stack {
  sb: RunningSandbox;
  admin: SandboxClient;
  smtp: SmtpSink;
  cms: TestCms;
  /** The operator's admin token (valid on every instance of the cluster). */
  jwt: string;
  as: (method: 'get' | 'post' | 'put' | 'delete', path: string) => request.Test;
}

/**
 * The sandbox (WeCom), an SMTP sink and a CMS whose alerts go to the demo WeCom robot and an
 * operator's email. The scheduled evaluation is hourly: tests evaluate on their own clock.
 */
export async function bootStack(env: Record<string, string> = {}): Promise<Stack> {
  const sb = await startSandbox({ port: 0 });
  const smtp = await startSmtpSink({ port: 0 });
  const cms = await startCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    MESSAGING_BACKOFF_MS: '200',
    MESSAGING_ATTEMPTS: '1',
    WECOM_MAX_FAILURES: '1',
    WECOM_RECOVERY_BACKOFF_MS: '1',
    WECOM_HEARTBEAT_MS: '3600000',
    OPS_EVALUATE_EVERY_MS: '3600000',
    OPS_ALERT_WECOM_ROBOT: ROBOT,
    OPS_ALERT_EMAIL: OPS_EMAIL,
    OPS_DINGTALK_BASE_URL: sb.url,
    ...env,
  }).catch(async (err) => {
    await sb.close();
    await smtp.close();
    throw err;
  });
  await cms.strapi
    .plugin('wecom')
    .service('demo')
    .seed(sb.url)
    .catch((err: Error) => {
      console.error(err.stack);
      throw err;
    });
  const email = `ops-${Date.now()}@wedraw.test`;
  const password = 'Passw0rd!Passw0rd';
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  await cms.strapi.service('admin::user').create({ email, firstname: 'Ops', password, isActive: true, registrationToken: null, roles: [role.id] });
  const jwt = (await request(cms.url).post('/admin/login').send({ email, password }).expect(200)).body.data.token as string;
  const as = (method: 'get' | 'post' | 'put' | 'delete', path: string) => request(cms.url)[method](path).set('Authorization', `Bearer ${jwt}`);
  return { sb, admin: new SandboxClient(sb.url), smtp, cms, jwt, as };
}

export async function stopStack(stack: Stack | undefined): Promise<void> {
  try {
    await stack?.cms.stop();
  } finally {
    await stack?.sb.close();
    await stack?.smtp.close();
  }
}

/** Polls until `check` returns a truthy value, or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, ms = 15_000, step = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, step));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
