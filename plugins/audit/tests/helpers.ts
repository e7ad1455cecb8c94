import { randomBytes } from 'crypto';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';

/** Test instances trust X-Forwarded-For so that one test can log in "from" several IPs; Strapi's own per-process login limit is lifted. */
export const AUDIT_ENV = { TRUST_PROXY: 'true', ADMIN_RATE_LIMIT_MAX: '100000', AUDIT_FLUSH_MS: '100' };

export const PASSWORD = 'Audit!Passw0rd';

let seq = 0;
export const uniqueEmail = (tag = 'op') => `${tag}${++seq}-${randomBytes(3).toString('hex')}@wedraw.test`;

export async function bootCms(env: Record<string, string> = {}): Promise<TestCms> {
  return startCms({ ...AUDIT_ENV, ...env });
}

/** A new admin holding the role of this code (super admin by default) or id. */
export async function createAdmin(strapi: Core.Strapi, role: string | number = 'strapi-super-admin', email = uniqueEmail()): Promise<string> {
  const roleId = typeof role === 'number' ? role : (await strapi.db.query('admin::role').findOne({ where: { code: role } })).id;
  await strapi
    .service('admin::user')
    .create({ email, firstname: '审计', lastname: '测试', password: PASSWORD, isActive: true, registrationToken: null, roles: [roleId] });
  return email;
}

export interface LoginAttempt {
  email: string;
  password: string;
  ip?: string;
  captchaId?: string;
  captcha?: string;
}

export const login = (url: string, a: LoginAttempt) =>
  request(url)
    .post('/admin/login')
    .set('X-Forwarded-For', a.ip ?? '10.0.0.1')
    .set('User-Agent', 'audit-test/1.0')
    .send({ email: a.email, password: a.password, ...(a.captchaId ? { captchaId: a.captchaId, captcha: a.captcha } : {}) });

export async function adminJwt(cms: TestCms, role: string | number = 'strapi-super-admin'): Promise<{ email: string; jwt: string }> {
  const email = await createAdmin(cms.strapi, role);
  const res = await login(cms.url, { email, password: PASSWORD, ip: `10.9.${++seq % 250}.${seq % 250}` }).expect(200);
  return { email, jwt: res.body.data.token as string };
}

/**
 * A captcha issued by the instance at `url`, with its answer read where the server keeps it (Redis,
 * shared by every instance; this process's memory store when the test runs without Redis).
 */
export async function solvedCaptcha(url: string, cms: TestCms): Promise<{ captchaId: string; captcha: string; svg: string }> {
  const res = await request(url).get('/audit/captcha').expect(200);
  const { id, svg } = res.body.data as { id: string; svg: string };
  const answer = await cms.strapi.plugin('audit').service('counters').get(`captcha:${id}`);
  if (!answer) throw new Error('captcha answer not found');
  return { captchaId: id, captcha: answer, svg };
}

export const auth = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 10_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(everyMs);
  }
}
