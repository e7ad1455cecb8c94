import request from 'supertest';
import type { TestCms } from '../../../cms/tests/harness/strapi';
import { bootCms, createAdmin, eventually, login, PASSWORD, sleep, solvedCaptcha } from './helpers';

const LOCK_SECONDS = 3;

describe('admin login protection', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await bootCms({ AUDIT_LOCK_SECONDS: String(LOCK_SECONDS) });
  }, 180_000);
  afterAll(async () => {
    await cms?.stop();
  });

  test('after 3 failures the login needs a captcha: refused without it or with a wrong one, accepted with the right one', async () => {
    const email = await createAdmin(cms.strapi);
    const ip = '10.1.0.1';
    for (let i = 1; i <= 3; i++) {
      const res = await login(cms.url, { email, password: 'wrong-Passw0rd', ip }).expect(400);
      expect(Boolean(res.body.error.details?.captchaRequired)).toBe(i === 3);
    }
    const missing = await login(cms.url, { email, password: PASSWORD, ip }).expect(409);
    expect(missing.body.error).toMatchObject({ name: 'CaptchaRequired', message: expect.stringMatching(/验证码/) });

    const { captchaId, svg } = await solvedCaptcha(cms.url, cms);
    expect(svg).toMatch(/^<svg/);
    const wrong = await login(cms.url, { email, password: PASSWORD, ip, captchaId, captcha: 'zzzz' }).expect(409);
    expect(wrong.body.error.name).toBe('CaptchaInvalid');
    // A captcha is spent by its first answer, right or wrong.
    const reused = await cms.strapi.plugin('audit').service('counters').get(`captcha:${captchaId}`);
    expect(reused).toBeNull();

    const solved = await solvedCaptcha(cms.url, cms);
    const ok = await login(cms.url, { email, password: PASSWORD, ip, ...solved }).expect(200);
    expect(ok.body.data.token).toEqual(expect.any(String));
  });

  test('failures from one IP ask every email from it for a captcha; another IP is not asked', async () => {
    const ip = '10.2.0.1';
    for (let i = 0; i < 3; i++) await login(cms.url, { email: `nobody${i}@wedraw.test`, password: 'x', ip }).expect(400);
    const email = await createAdmin(cms.strapi);
    expect((await login(cms.url, { email, password: PASSWORD, ip }).expect(409)).body.error.name).toBe('CaptchaRequired');
    await login(cms.url, { email, password: PASSWORD, ip: '10.2.0.2' }).expect(200);
  });

  test('after 10 failures the account is locked, even with the right password, and unlocked after the window', async () => {
    const email = await createAdmin(cms.strapi);
    const ip = '10.3.0.1';
    for (let i = 1; i <= 9; i++) {
      const captcha = i > 3 ? await solvedCaptcha(cms.url, cms) : {};
      await login(cms.url, { email, password: 'wrong-Passw0rd', ip, ...captcha }).expect(400);
    }
    const tenth = await login(cms.url, { email, password: 'wrong-Passw0rd', ip, ...(await solvedCaptcha(cms.url, cms)) }).expect(409);
    expect(tenth.body.error).toMatchObject({ name: 'AccountLocked', message: expect.stringMatching(/锁定/) });
    // Locked for every IP, with the right password and a right captcha.
    const locked = await login(cms.url, { email, password: PASSWORD, ip: '10.3.0.2', ...(await solvedCaptcha(cms.url, cms)) }).expect(409);
    expect(locked.body.error.name).toBe('AccountLocked');
    expect(locked.body.error.details.retryAfterSeconds).toBeLessThanOrEqual(LOCK_SECONDS);

    await sleep(LOCK_SECONDS * 1000 + 200);
    await login(cms.url, { email, password: PASSWORD, ip: '10.3.0.3' }).expect(200);
  });

  test('every attempt is in the login log with email, IP, user agent, result and reason; logout too', async () => {
    const email = await createAdmin(cms.strapi);
    await login(cms.url, { email, password: 'bad-Passw0rd', ip: '10.4.0.1' }).expect(400);
    const ok = await login(cms.url, { email, password: PASSWORD, ip: '10.4.0.1' }).expect(200);
    await request(cms.url).post('/admin/logout').set('Authorization', `Bearer ${ok.body.data.token}`).set('X-Forwarded-For', '10.4.0.1').expect(200);
    const rows = await eventually(async () => {
      const found = await cms.strapi.db.query('plugin::audit.login-log').findMany({ where: { email }, orderBy: { id: 'asc' } });
      return found.length >= 3 ? found : null;
    });
    expect(rows.map((r: { result: string }) => r.result)).toEqual(['failure', 'success', 'logout']);
    expect(rows[0]).toMatchObject({ ip: '10.4.0.1', userAgent: 'audit-test/1.0', reason: expect.any(String), adminId: null });
    expect(rows[1].adminId).toEqual(expect.any(Number));
    expect(rows[2]).toMatchObject({ adminId: rows[1].adminId, ip: '10.4.0.1' });
  });

  test('a weak admin password is refused, naming the field', async () => {
    const { jwt } = await (async () => {
      const e = await createAdmin(cms.strapi);
      const r = await login(cms.url, { email: e, password: PASSWORD, ip: '10.5.0.1' }).expect(200);
      return { jwt: r.body.data.token as string };
    })();
    const weak = await request(cms.url)
      .put('/admin/users/me')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ currentPassword: PASSWORD, password: 'short1' })
      .expect(400);
    expect(weak.body.error.message).toMatch(/password/);
    await request(cms.url)
      .put('/admin/users/me')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ currentPassword: PASSWORD, password: 'alllowercaseletters' })
      .expect(400);
    await request(cms.url)
      .put('/admin/users/me')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ currentPassword: PASSWORD, password: 'Str0ng-Enough-Pass' })
      .expect(200);
  });
});
