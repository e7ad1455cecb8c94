import request from 'supertest';
import { DEMO_CORP, SandboxClient, startSandbox, type RunningSandbox } from '@wedraw/sandbox';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';

export const CORP = DEMO_CORP;
export const CORP_ID = DEMO_CORP.corpId;

export interface Stack {
  sb: RunningSandbox;
  admin: SandboxClient;
  cms: TestCms;
  jwt: string;
  /** An admin request with the super admin's JWT. */
  as: (method: 'get' | 'post' | 'put' | 'delete', path: string) => request.Test;
}

/** A sandbox and a CMS seeded with the demo corp pointing at it; the corp's callback goes to the CMS (verified). */
export async function bootStack(env: Record<string, string | undefined> = {}, wecom: { members?: number; departments?: number } = {}): Promise<Stack> {
  const sb = await startSandbox({ port: 0, wecom, push: { timeoutMs: 3000, retryDelayMs: 50 } });
  const cms = await startCms(env).catch(async (err) => {
    await sb.close();
    throw err;
  });
  await cms.strapi.plugin('wecom').service('demo').seed(sb.url);
  const admin = new SandboxClient(sb.url);
  await admin.wecomSetCallback(CORP_ID, `${cms.url}/api/wecom/callback/${CORP_ID}`);
  const jwt = await adminToken(cms);
  const as = (method: 'get' | 'post' | 'put' | 'delete', path: string) => request(cms.url)[method](path).set('Authorization', `Bearer ${jwt}`);
  return { sb, admin, cms, jwt, as };
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
export async function adminToken(cms: TestCms, roleCode = 'strapi-super-admin', email = `ops-${Date.now()}@wedraw.test`): Promise<string> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  const password = 'Passw0rd!Passw0rd';
  await cms.strapi.service('admin::user').create({ email, firstname: 'Ops', password, isActive: true, registrationToken: null, roles: [role.id] });
  const res = await request(cms.url).post('/admin/login').send({ email, password }).expect(200);
  return res.body.data.token as string;
}

/** Every secret of the demo corp: none may appear in any response. */
export const SECRETS = [CORP.contactsSecret, CORP.customerSecret, CORP.apps[0].secret, CORP.callbackToken, CORP.encodingAESKey];

export function expectNoSecret(text: string): void {
  for (const s of SECRETS) expect(text).not.toContain(s);
}

/** Polls until `check` returns a truthy value, or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, ms = 2000, step = 50): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, step));
  }
}

/** A client action in the sandbox's WeCom (`/_sandbox/wecom/:corpId/client...`): a customer adds a member, a group changes… */
export async function clientAction(stack: Stack, path: string, body: unknown): Promise<any> {
  const res = await fetch(`${stack.sb.url}/_sandbox/wecom/${CORP_ID}/client${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as unknown;
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
