import request from 'supertest';
import { DEMO_APPS, SandboxClient, startSandbox, type RunningSandbox } from '@wedraw/sandbox';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';

export const OA = DEMO_APPS.official;
export const MP = DEMO_APPS.miniprogram;

export interface Stack {
  sb: RunningSandbox;
  admin: SandboxClient;
  cms: TestCms;
}

/** A sandbox and a CMS seeded with the demo apps pointing at it; callbacks go to the CMS. */
export async function bootStack(env: Record<string, string | undefined> = {}): Promise<Stack> {
  const sb = await startSandbox({ port: 0, push: { timeoutMs: 3000, retryDelayMs: 50 } });
  const cms = await startCms(env).catch(async (err) => {
    await sb.close();
    throw err;
  });
  await cms.strapi.plugin('wechat').service('demo').seed(sb.url);
  const admin = new SandboxClient(sb.url);
  for (const app of [OA, MP]) await admin.setCallback(app.appId, `${cms.url}/api/wechat/callback/${app.appId}`, 'safe');
  return { sb, admin, cms };
}

export async function stopStack(stack: Stack | undefined): Promise<void> {
  // The sandbox closes even when stopping the CMS throws (a conformance report): nothing left open.
  try {
    await stack?.cms.stop();
  } finally {
    await stack?.sb.close();
  }
}

/** An admin user with the given role (super admin by default) and its JWT. */
export async function adminToken(cms: TestCms, roleCode = 'strapi-super-admin', email = 'ops@wedraw.test'): Promise<string> {
  const strapi = cms.strapi;
  const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  const password = 'Passw0rd!Passw0rd';
  await strapi.service('admin::user').create({ email, firstname: 'Ops', password, isActive: true, registrationToken: null, roles: [role.id] });
  const res = await request(cms.url).post('/admin/login').send({ email, password }).expect(200);
  return res.body.data.token as string;
}

/** Every secret of the demo apps: none may appear in any response. */
export const SECRETS = [OA.secret, MP.secret, OA.token, MP.token, OA.encodingAESKey, MP.encodingAESKey];

export function expectNoSecret(text: string): void {
  for (const s of SECRETS) expect(text).not.toContain(s);
}
