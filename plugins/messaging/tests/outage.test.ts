import net from 'net';
import { redisAvailable } from '../../../cms/tests/harness/env';
import { bootStack, createTenant, stopStack, tenantClient, type Stack } from './helpers';

/**
 * Redis or the database down: the integrator API answers 503 `Unavailable` and accepts nothing —
 * no row written, no quota spent — and works again once the backend is back. The CMS reaches
 * MariaDB and Redis through TCP relays the test can cut (the services themselves are shared).
 */
interface Relay {
  port: number;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** A TCP relay to host:port; `cut` drops every connection and refuses new ones until `restore`. */
async function relay(host: string, port: number): Promise<Relay> {
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(port, host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

const run = redisAvailable() && process.env.TEST_DATABASE_HOST ? describe : describe.skip;

run('backends down', () => {
  let stack: Stack;
  let db: Relay;
  let redis: Relay;
  let api: ReturnType<typeof tenantClient>;
  const rowsOf = async (tenant: string) =>
    Number(
      (
        (await stack.cms.strapi.db
          .connection('messaging_messages')
          .count({ n: '*' })
          .whereIn('tenant_id', stack.cms.strapi.db.connection('messaging_tenants').select('id').where({ code: tenant }))) as Array<{ n: number }>
      )[0]!.n,
    );
  let tenant: string;
  const message = (n: number) => ({ channel: 'webhook', to: `${stack.receiver.url}/outage`, content: { n } });
  /** Polls until the API accepts again (pools and clients reconnect on their own). */
  async function acceptsAgain(): Promise<void> {
    const deadline = Date.now() + 30_000;
    for (let n = 1000; ; n++) {
      const res = await api.post('/api/messaging/messages', message(n));
      if (res.status === 202) return;
      if (Date.now() > deadline) throw new Error(`still ${res.status}: ${JSON.stringify(res.body)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  beforeAll(async () => {
    const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
    db = await relay(process.env.TEST_DATABASE_HOST ?? '127.0.0.1', Number(process.env.TEST_DATABASE_PORT ?? 3306));
    redis = await relay(redisUrl.hostname, Number(redisUrl.port || 6379));
    stack = await bootStack({ DATABASE_HOST: '127.0.0.1', DATABASE_PORT: String(db.port), REDIS_URL: `redis://127.0.0.1:${redis.port}` });
    const keys = await createTenant(stack, { maxDailyMessages: 1000 });
    tenant = keys.code;
    api = tenantClient(stack, keys);
    await api.post('/api/messaging/messages', message(0)).expect(202);
  }, 180_000);
  afterAll(async () => {
    db?.restore();
    redis?.restore();
    // After the outages the CMS may not finish stopping (its queue connections reconnecting through
    // the relays): the teardown is best effort, and jest exits anyway (forceExit in jest.config.js).
    const gaveUp = new Promise<void>((r) => setTimeout(r, 60_000).unref());
    try {
      await Promise.race([stopStack(stack), gaveUp.then(() => console.warn('[outage test] the CMS did not stop within 60 s; left to forceExit'))]);
    } finally {
      await db?.close();
      await redis?.close();
    }
  }, 90_000);

  it('Redis down: 503 Unavailable, nothing written; accepted again once Redis is back', async () => {
    const before = await rowsOf(tenant);
    redis.cut();
    const res = await api.post('/api/messaging/messages', message(1));
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ status: 503, name: 'Unavailable' });
    const batch = await api.post('/api/messaging/messages/batch', { messages: [message(2), message(3)] });
    expect(batch.status).toBe(503);
    redis.restore();
    expect(await rowsOf(tenant)).toBe(before);
    await acceptsAgain();
    expect(await rowsOf(tenant)).toBe(before + 1);
  }, 90_000);

  it('the database down: 503 Unavailable, nothing written; accepted again once it is back', async () => {
    const before = await rowsOf(tenant);
    db.cut();
    const res = await api.post('/api/messaging/messages', message(4));
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ status: 503, name: 'Unavailable' });
    db.restore();
    await acceptsAgain();
    expect(await rowsOf(tenant)).toBe(before + 1);
  }, 90_000);
});
