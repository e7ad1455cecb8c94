import request from 'supertest';
import { redisAvailable, required } from '../../../cms/tests/harness/env';
import { startPeerCms, type PeerCms } from '../../../cms/tests/harness/strapi';
import { bootStack, OA, stopStack, type Stack } from './helpers';
import { fanCounts, fansApiToken, waitForRun } from './fans-helpers';

// Peer processes share the database and Redis: only meaningful with Redis (CI runs it).
const maybe = redisAvailable() || required ? describe : describe.skip;

/**
 * A real crash: the sync runs on a peer CMS process that is SIGKILLed mid-way; the run is resumed
 * on another instance from its checkpoint, with no fan lost or written twice. This process's own
 * CMS runs no fan worker, so the peers do the work.
 */
maybe('a fan sync survives the SIGKILL of the instance running it', () => {
  const FANS = 3000;
  const env = { WECHAT_FANS_SYNC_CHUNK: '200', WECHAT_FANS_SYNC_LEASE_MS: '1500' };
  let stack: Stack;
  let token: string;
  let doomed: PeerCms | undefined;
  let survivor: PeerCms | undefined;
  beforeAll(async () => {
    stack = await bootStack({ ...env, WECHAT_FANS_SYNC_WORKER: 'off' });
    await stack.admin.reset({ fans: FANS });
    token = await fansApiToken(stack);
    doomed = await startPeerCms({ ...stack.cms.env, WECHAT_FANS_SYNC_WORKER: 'on' });
  }, 240_000);
  afterAll(async () => {
    await doomed?.kill();
    await survivor?.stop();
    await stopStack(stack);
  });

  test('killed mid-way, resumed on another instance: every follower exactly once', async () => {
    const followers = (await stack.admin.fans(OA.appId, { subscribed: true, limit: 1 })).total;
    // Slow WeChat down so the kill lands in the middle of the run.
    await stack.admin.fault({ path: '/cgi-bin/user/info/batchget', delayMs: 120, times: -1 });
    const started = await request(stack.cms.url).post('/api/wechat/fans/sync').set('Authorization', `Bearer ${token}`).send({}).expect(202);
    const id = started.body.data.documentId as string;
    const midway = await waitForRun(stack.cms.url, token, id, (r) => r.processed >= 800);
    expect(midway.status).toBe('running');
    await doomed!.kill('SIGKILL');

    const orphan = await waitForRun(stack.cms.url, token, id, (r) => !r.live, 30_000);
    expect(orphan.status).toBe('running');
    expect(orphan.processed).toBeLessThan(followers);
    const before = await fanCounts(stack, OA.appId);
    expect(before.rows).toBe(orphan.processed);

    await stack.admin.clearFaults();
    survivor = await startPeerCms({ ...stack.cms.env, WECHAT_FANS_SYNC_WORKER: 'on' });
    await stack.admin.resetCounters();
    const resumed = await request(stack.cms.url).post(`/api/wechat/fans/sync-runs/${id}/resume`).set('Authorization', `Bearer ${token}`).expect(202);
    expect(resumed.body.data).toMatchObject({ status: 'queued', resumes: 1 });
    const done = await waitForRun(stack.cms.url, token, id);
    expect(done).toMatchObject({ status: 'completed', total: followers, processed: followers, resumes: 1 });
    expect(await fanCounts(stack, OA.appId)).toEqual({ rows: followers, distinct: followers, subscribed: followers });
    // The survivor read only what the checkpoint had not covered (chunks of 200: whole batchget calls).
    const calls = (await stack.admin.counters())['/cgi-bin/user/info/batchget']!;
    expect(calls.calls).toBeLessThanOrEqual(Math.ceil((followers - orphan.processed) / 100) + 1);
  });
});
