import { randomBytes } from 'crypto';
import Redis from 'ioredis';
import { BullmqDriver, InlineDriver, UnrecoverableJobError, type Job, type QueueDriver } from '../src/infra/queue';
import { redisUrl } from './harness/services';

/**
 * The queue module's contract, run against both drivers: BullMQ on the real Redis (CI) and the
 * in-process runner. Each test uses its own queue names; BullMQ keys live under a per-run prefix.
 */
const prefix = `wedraw-qtest-${randomBytes(3).toString('hex')}`;
const url = redisUrl();
const drivers: Array<[string, () => QueueDriver]> = [['inline', () => new InlineDriver()]];
if (url) drivers.push(['bullmq', () => new BullmqDriver(url, prefix)]);

const open: QueueDriver[] = [];
const make = (factory: () => QueueDriver) => {
  const d = factory();
  open.push(d);
  return d;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const queueName = () => `q${randomBytes(4).toString('hex')}`;

async function until(check: () => boolean, deadlineMs = 10_000) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > deadlineMs) throw new Error('condition not reached in time');
    await sleep(20);
  }
}

afterAll(async () => {
  await Promise.all(open.map((d) => d.close()));
  if (url) {
    const redis = new Redis(url);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  }
});

test('the BullMQ driver is exercised whenever Redis is configured (required in CI)', () => {
  if (process.env.WEDRAW_TEST_SERVICES === 'required') expect(drivers.map((d) => d[0])).toContain('bullmq');
  expect(drivers.length).toBeGreaterThanOrEqual(1);
});

describe.each(drivers)('%s driver', (_kind, factory) => {
  test('retries a failing job with backoff until it succeeds', async () => {
    const driver = make(factory);
    const q = queueName();
    const attempts: Array<{ attempt: number; at: number }> = [];
    driver.process(q, async (job: Job) => {
      attempts.push({ attempt: job.attempt, at: Date.now() });
      if (job.attempt < 3) throw new Error('flaky');
      return 'done';
    });
    await driver.add(q, 'flaky', { n: 1 }, { attempts: 3, backoff: { type: 'fixed', delay: 150 } });
    await until(() => attempts.length === 3);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(140);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(140);
    await until(() => false, 300).catch(() => undefined); // no fourth attempt
    expect(attempts).toHaveLength(3);
  });

  test('exponential backoff doubles the wait; an unrecoverable error is not retried', async () => {
    const driver = make(factory);
    const q = queueName();
    const seen: Array<{ name: string; attempt: number; at: number }> = [];
    driver.process(q, async (job: Job) => {
      seen.push({ name: job.name, attempt: job.attempt, at: Date.now() });
      if (job.name === 'final') throw new UnrecoverableJobError('bad input');
      if (job.attempt < 3) throw new Error('again');
    });
    await driver.add(q, 'final', {}, { attempts: 5, backoff: { type: 'fixed', delay: 50 } });
    await driver.add(q, 'expo', {}, { attempts: 3, backoff: { type: 'exponential', delay: 100 } });
    await until(() => seen.filter((s) => s.name === 'expo').length === 3);
    const expo = seen.filter((s) => s.name === 'expo');
    expect(expo[1].at - expo[0].at).toBeGreaterThanOrEqual(90);
    expect(expo[2].at - expo[1].at).toBeGreaterThanOrEqual(190);
    expect(seen.filter((s) => s.name === 'final')).toHaveLength(1);
    await sleep(200);
    expect((await driver.counts(q)).failed).toBe(1);
  });

  test('a delayed job does not run before its delay', async () => {
    const driver = make(factory);
    const q = queueName();
    const ran: number[] = [];
    driver.process(q, async () => {
      ran.push(Date.now());
    });
    const addedAt = Date.now();
    await driver.add(q, 'later', {}, { delay: 400 });
    await sleep(200);
    expect(ran).toHaveLength(0);
    expect((await driver.counts(q)).delayed).toBe(1);
    await until(() => ran.length === 1);
    expect(ran[0] - addedAt).toBeGreaterThanOrEqual(390);
  });

  test('adding with the same jobId twice runs the job once', async () => {
    const driver = make(factory);
    const q = queueName();
    const ran: string[] = [];
    driver.process(q, async (job: Job<{ v: string }>) => {
      ran.push(job.data.v);
    });
    await driver.add(q, 'once', { v: 'a' }, { jobId: 'same-id' });
    await driver.add(q, 'once', { v: 'b' }, { jobId: 'same-id' });
    await driver.add(q, 'other', { v: 'c' });
    await until(() => ran.length >= 2);
    await sleep(200);
    expect(ran.sort()).toEqual(['a', 'c']);
  });

  test('addBulk adds many jobs at once, each with its own options; a repeated jobId runs once', async () => {
    const driver = make(factory);
    const q = queueName();
    const ran: Array<{ v: number; attempt: number }> = [];
    driver.process(
      q,
      async (job: Job<{ v: number }>) => {
        ran.push({ v: job.data.v, attempt: job.attempt });
        if (job.data.v === 0 && job.attempt < 2) throw new Error('retry me');
      },
      { concurrency: 4 },
    );
    const jobs = Array.from({ length: 50 }, (_, v) => ({
      name: 'bulk',
      data: { v },
      options: { jobId: `bulk-${v}`, attempts: 2, backoff: { type: 'fixed' as const, delay: 50 } },
    }));
    const ids = await driver.addBulk(q, jobs);
    expect(ids.map((i) => i.id)).toEqual(jobs.map((j) => j.options.jobId));
    await driver.addBulk(q, jobs.slice(0, 10)); // same ids again: ignored
    expect(await driver.addBulk(q, [])).toEqual([]);
    await until(() => ran.length === 51);
    await sleep(200);
    expect(ran).toHaveLength(51);
    expect(new Set(ran.map((r) => r.v)).size).toBe(50);
    expect(ran.filter((r) => r.v === 0).map((r) => r.attempt)).toEqual([1, 2]);
  });

  test('the rate limit spaces job starts', async () => {
    const driver = make(factory);
    const q = queueName();
    const starts: number[] = [];
    driver.process(
      q,
      async () => {
        starts.push(Date.now());
      },
      { concurrency: 5, limiter: { max: 2, duration: 500 } },
    );
    for (let i = 0; i < 6; i++) await driver.add(q, 'limited', { i });
    await until(() => starts.length === 6, 15_000);
    starts.sort((a, b) => a - b);
    // No more than 2 starts inside any 500 ms window: the third start of a window waits for the next.
    for (let i = 2; i < starts.length; i++) expect(starts[i] - starts[i - 2]).toBeGreaterThanOrEqual(450);
  });
});

describe.each(drivers)('%s driver: repeatable jobs', (kind, factory) => {
  test('fire on schedule and once per tick, however many instances register and work them', async () => {
    // Two "CMS instances": each registers the same schedule and runs a worker (BullMQ shares them
    // through Redis; the in-process runner has one instance by nature).
    const instances = kind === 'bullmq' ? [make(factory), make(factory)] : [make(factory)];
    const q = queueName();
    const runs: Array<{ instance: number; tick: number }> = [];
    instances.forEach((driver, instance) => {
      driver.process(q, async (job: Job) => {
        runs.push({ instance, tick: job.scheduledFor });
      });
    });
    for (const driver of instances) await driver.repeat(q, 'heartbeat', 'heartbeat', { every: 250 });
    await until(() => runs.length >= 1, 10_000);
    // A busy process: the timer comes late and the missed ticks are queued together, each its own tick.
    const busyUntil = Date.now() + 700;
    while (Date.now() < busyUntil);
    await until(() => runs.length >= 5, 10_000);
    for (const driver of instances) await driver.removeRepeat(q, 'heartbeat');
    await sleep(300);
    const ticks = runs.map((r) => r.tick);
    expect(new Set(ticks).size).toBe(ticks.length); // no tick ran twice
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    const settled = runs.length;
    await sleep(600);
    expect(runs.length).toBe(settled); // removed schedules stop firing
  });

  test('cron patterns are accepted', async () => {
    const driver = make(factory);
    const q = queueName();
    await expect(driver.repeat(q, 'nightly', 'nightly', { pattern: '0 3 * * *' })).resolves.toBeUndefined();
    await driver.removeRepeat(q, 'nightly');
    await expect(driver.repeat(q, 'none', 'none', {})).rejects.toThrow(/cron pattern or an interval/);
  });
});
