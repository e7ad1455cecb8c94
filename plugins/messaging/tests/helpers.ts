import { createHash, createHmac, randomBytes } from 'crypto';
import http from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { startSmtpSink, type SmtpSink } from '@wedraw/sandbox';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';

export interface Stack {
  cms: TestCms;
  smtp: SmtpSink;
  receiver: Receiver;
  jwt: string;
}

/** One request a local HTTP receiver got (webhooks, callbacks). */
export interface Received {
  path: string;
  body: string;
  headers: http.IncomingHttpHeaders;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** An HTTP endpoint standing in for a tenant's system: records every request, answers the status set per path. */
export interface Receiver {
  url: string;
  requests: Received[];
  answer(path: string, ...statuses: number[]): void;
  /** Answers requests to this path only after ms milliseconds. */
  delay(path: string, ms: number): void;
  waitFor(path: string, n: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const requests: Received[] = [];
  const scripted = new Map<string, number[]>();
  const delays = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      requests.push({ path, body: Buffer.concat(chunks).toString('utf8'), headers: req.headers, at: Date.now() });
      const queue = scripted.get(path) ?? [];
      res.statusCode = queue.length > 1 ? (queue.shift() as number) : (queue[0] ?? 200);
      setTimeout(() => res.end('ok'), delays.get(path) ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const of = (path: string) => requests.filter((r) => r.path === path);
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (path, ...statuses) => scripted.set(path, statuses),
    delay: (path, ms) => delays.set(path, ms),
    async waitFor(path, n, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (of(path).length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      return of(path);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The CMS with the message center pointing at a fresh SMTP sink; short backoffs so retries happen within a test. */
export async function bootStack(env: Record<string, string> = {}): Promise<Stack> {
  const smtp = await startSmtpSink({ port: 0 });
  const receiver = await startReceiver();
  const cms = await startCms({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    MESSAGING_BACKOFF_MS: '200',
    MESSAGING_CALLBACK_BACKOFF_MS: '200',
    MESSAGING_ATTEMPTS: '3',
    ...env,
  });
  const jwt = await adminJwt(cms);
  return { cms, smtp, receiver, jwt };
}

export async function stopStack(stack: Stack | undefined): Promise<void> {
  // The sinks close even when stopping the CMS throws (a conformance report): nothing left open.
  try {
    await stack?.cms.stop();
  } finally {
    await stack?.smtp.close();
    await stack?.receiver.close();
  }
}

let seq = 0;
export async function adminJwt(cms: TestCms, roleCode = 'strapi-super-admin'): Promise<string> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  const email = `msg-op${++seq}-${randomBytes(3).toString('hex')}@wedraw.test`;
  const password = 'Passw0rd!Passw0rd';
  await cms.strapi.service('admin::user').create({ email, firstname: 'Ops', password, isActive: true, registrationToken: null, roles: [role.id] });
  const res = await request(cms.url).post('/admin/login').send({ email, password }).expect(200);
  return res.body.data.token as string;
}

export interface TenantKeys {
  code: string;
  key: string;
  secret: string;
}

/** A tenant created and keyed through the admin API, as the 租户 page does. */
export async function createTenant(stack: Stack, fields: Record<string, unknown> = {}): Promise<TenantKeys> {
  const code = `t${++seq}-${randomBytes(3).toString('hex')}`;
  const admin = (req: request.Test) => req.set('Authorization', `Bearer ${stack.jwt}`);
  await admin(request(stack.cms.url).post('/messaging/tenants'))
    .send({ code, name: `租户${seq}`, maxAccounts: 5, maxDailyMessages: 10_000, requireSignature: false, ...fields })
    .expect(201);
  const res = await admin(request(stack.cms.url).post(`/messaging/tenants/${code}/keys`)).expect(201);
  return { code, key: res.body.data.key, secret: res.body.data.secret };
}

/** API.md's signature headers for one request. */
export function signedHeaders(
  secret: string,
  method: string,
  path: string,
  body: string,
  at = Math.floor(Date.now() / 1000),
  nonce = randomBytes(8).toString('hex'),
) {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const signature = createHmac('sha256', secret).update(`${at}\n${nonce}\n${method}\n${path}\n${bodyHash}`).digest('hex');
  return { 'X-WeDraw-Timestamp': String(at), 'X-WeDraw-Nonce': nonce, 'X-WeDraw-Signature': signature };
}

/** A tenant's HTTP client: bearer key, and signatures when the tenant has a secret to sign with. */
export function tenantClient(stack: Stack, t: TenantKeys, sign = false) {
  const send = (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    let req = method === 'GET' ? request(stack.cms.url).get(path) : request(stack.cms.url).post(path);
    req = req.set('Authorization', `Bearer ${t.key}`);
    if (sign) req = req.set(signedHeaders(t.secret, method, path, text));
    if (body !== undefined) req = req.set('Content-Type', 'application/json').send(text);
    return req;
  };
  return {
    post: (path: string, body: unknown) => send('POST', path, body),
    get: (path: string) => send('GET', path),
  };
}

/** Polls a message over the API until its status is one of `statuses`. */
export async function waitForStatus(client: ReturnType<typeof tenantClient>, id: string, statuses: string[], timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await client.get(`/api/messaging/messages/${id}`).expect(200);
    if (statuses.includes(res.body.data.status)) return res.body.data;
    if (Date.now() > deadline) throw new Error(`message ${id} still ${res.body.data.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const hmacHex = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex');
