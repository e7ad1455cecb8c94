import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import { redisAvailable } from '../../../cms/tests/harness/env';
import { bootStack, createTenant, stopStack, tenantClient, waitForStatus, type Stack } from './helpers';

/**
 * Separate worker processes (`npm run worker`) beside a CMS that runs no worker: they deliver, and
 * a worker killed with SIGKILL mid-batch loses nothing — its batch runs again in another worker once
 * the lock lapses, repeats limited to that batch and counted in `attempts`. Needs BullMQ (Redis).
 */
const WORKER = path.resolve(__dirname, '..', '..', '..', 'cms', 'scripts', 'worker.js');
const run = redisAvailable() ? describe : describe.skip;

let stack: Stack;

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WORKER], {
    env: { ...process.env, ...env, MESSAGING_WORKERS: 'on', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${out}`)), 60_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('WORKER READY')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}: ${out}`)));
  });
}

const stopWorker = (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

run('separate worker processes', () => {
  beforeAll(async () => {
    stack = await bootStack({ MESSAGING_WORKERS: 'off', MESSAGING_LOCK_MS: '3000', MESSAGING_JOB_SIZE: '20' });
  }, 120_000);
  afterAll(() => stopStack(stack));

  it('a worker process delivers while the CMS runs none; a killed worker loses nothing', async () => {
    const tenant = await createTenant(stack);
    const api = tenantClient(stack, tenant);
    const env = { ...stack.cms.env, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(stack.smtp.port), MESSAGING_LOCK_MS: '3000', MESSAGING_JOB_SIZE: '20' };

    const first = await api.post('/api/messaging/messages', { channel: 'webhook', to: `${stack.receiver.url}/solo`, content: { n: 0 } }).expect(202);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await api.get(`/api/messaging/messages/${first.body.data.id}`).expect(200)).body.data.status).toBe('pending');

    let worker = await startWorker(env);
    expect((await waitForStatus(api, first.body.data.id, ['delivered'], 30_000)).status).toBe('delivered');

    // The receiver answers slowly, so the worker is killed with batches in flight.
    stack.receiver.delay('/slow', 100);
    const batch = Array.from({ length: 200 }, (_, i) => ({ channel: 'webhook', to: `${stack.receiver.url}/slow`, content: { n: i } }));
    const res = await api.post('/api/messaging/messages/batch', { messages: batch }).expect(202);
    expect(res.body.data.accepted).toBe(200);
    await stack.receiver.waitFor('/slow', 30, 30_000);
    await stopWorker(worker, 'SIGKILL');
    const beforeRestart = stack.receiver.requests.filter((r) => r.path === '/slow').length;
    expect(beforeRestart).toBeLessThan(200);

    worker = await startWorker(env);
    try {
      for (const id of res.body.data.ids) expect((await waitForStatus(api, id, ['delivered', 'failed'], 60_000)).status).toBe('delivered');
    } finally {
      await stopWorker(worker);
    }
    const hits = stack.receiver.requests.filter((r) => r.path === '/slow').map((r) => (JSON.parse(r.body) as { n: number }).n);
    expect(new Set(hits).size).toBe(200);
    const repeats = hits.length - 200;
    // Only rows claimed by the killed worker's jobs in flight can be sent twice (jobs of 20, 8 at once).
    expect(repeats).toBeLessThanOrEqual(8 * 20);
    const rows = (await stack.cms.strapi.db.connection('messaging_messages').select('attempts').whereIn('document_id', res.body.data.ids)) as Array<{
      attempts: number;
    }>;
    expect(rows.filter((r) => r.attempts > 1).length).toBeGreaterThanOrEqual(repeats);
  }, 180_000);

  it('a scheduled send fires once with two worker processes running', async () => {
    const api = tenantClient(stack, await createTenant(stack));
    const env = { ...stack.cms.env, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(stack.smtp.port), MESSAGING_LOCK_MS: '3000', MESSAGING_JOB_SIZE: '20' };
    const workers = [await startWorker(env), await startWorker(env)];
    try {
      const sendAt = new Date(Date.now() + 4000).toISOString();
      const batch = Array.from({ length: 60 }, (_, i) => ({ channel: 'webhook', to: `${stack.receiver.url}/scheduled`, content: { n: i }, sendAt }));
      const res = await api.post('/api/messaging/messages/batch', { messages: batch }).expect(202);
      expect(res.body.data.accepted).toBe(60);
      expect((await api.get(`/api/messaging/messages/${res.body.data.ids[0]}`).expect(200)).body.data.status).toBe('scheduled');
      for (const id of res.body.data.ids) expect((await waitForStatus(api, id, ['delivered', 'failed'], 60_000)).status).toBe('delivered');
      await new Promise((r) => setTimeout(r, 1500)); // a second firing would land within this
      const hits = stack.receiver.requests.filter((r) => r.path === '/scheduled').map((r) => (JSON.parse(r.body) as { n: number }).n);
      expect(hits.length).toBe(60);
      expect(new Set(hits).size).toBe(60);
      const early = stack.receiver.requests.filter((r) => r.path === '/scheduled' && r.at < Date.parse(sendAt));
      expect(early).toEqual([]);
    } finally {
      await Promise.all(workers.map((w) => stopWorker(w)));
    }
  }, 180_000);
});
