import request from 'supertest';
import { redisAvailable, required } from '../../../cms/tests/harness/env';
import { startPeerCms, type PeerCms } from '../../../cms/tests/harness/strapi';
import { bootStack, CORP_ID, eventually, stopStack, type Stack } from './helpers';

// Peer processes share the database and Redis: only meaningful with Redis (CI runs it).
const maybe = redisAvailable() || required ? describe : describe.skip;

const MEMBERS = 3000;

/**
 * Real cluster peers: this process's CMS runs no WeCom worker; the peers do the work. Tokens are
 * fetched once per secret across instances, and a full pull survives the SIGKILL of the instance
 * running it: resumed elsewhere from its checkpoint, every member exactly once.
 */
maybe('the WeCom plugin on several instances', () => {
  let stack: Stack;
  let doomed: PeerCms | undefined;
  let survivor: PeerCms | undefined;
  // One department at a time, so that the kill lands between checkpoints.
  const peerEnv = () => ({ ...stack.cms.env, WECOM_WORKERS: 'on', WECOM_SYNC_PAGE: '200', WECOM_SYNC_LEASE_MS: '1500', WECOM_SYNC_CONCURRENCY: '1' });
  const run = async (documentId: string) => (await stack.as('get', `/wecom/sync-runs/${documentId}`).expect(200)).body.data;
  beforeAll(async () => {
    stack = await bootStack({ WECOM_WORKERS: 'off', WECOM_SYNC_PAGE: '200', WECOM_SYNC_LEASE_MS: '1500' }, { members: MEMBERS });
    doomed = await startPeerCms(peerEnv());
  }, 240_000);
  afterAll(async () => {
    await doomed?.kill();
    await survivor?.stop();
    await stopStack(stack);
  });

  test('two instances checking every secret at once fetch one token per secret', async () => {
    const before = (await stack.admin.wecomTokens(CORP_ID)).calls;
    const answers = await Promise.all(
      [stack.cms.url, doomed!.url, stack.cms.url, doomed!.url].map((base) =>
        request(base).post(`/wecom/corps/${CORP_ID}/check`).set('Authorization', `Bearer ${stack.jwt}`),
      ),
    );
    for (const a of answers) expect(a.body.data.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, true]);
    const after = (await stack.admin.wecomTokens(CORP_ID)).calls;
    for (const role of ['contacts', 'customer', 'app:1000002']) expect((after[`${CORP_ID}|${role}`] ?? 0) - (before[`${CORP_ID}|${role}`] ?? 0)).toBe(1);
  });

  test('a pull killed mid-way resumes on another instance without a lost or duplicated member', async () => {
    await stack.admin.fault({ path: '/cgi-bin/user/list', delayMs: 1500, times: -1 });
    const started = await stack.as('post', `/wecom/corps/${CORP_ID}/sync`).expect(202);
    const id = started.body.data.documentId as string;
    await eventually(async () => (await run(id)).processed >= 600, 60_000, 100).catch(async () => {
      throw new Error(`the pull did not get going: ${JSON.stringify(await run(id))}`);
    });
    await doomed!.kill('SIGKILL');

    const orphan = await eventually(async () => {
      const r = await run(id);
      return r.live ? null : r;
    }, 30_000);
    expect(orphan.status).toBe('running');
    const members = stack.cms.strapi.db.query('plugin::wecom.member');
    const partial = await members.count({ where: { corpId: CORP_ID } });
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(MEMBERS);

    await stack.admin.clearFaults();
    survivor = await startPeerCms(peerEnv());
    // The operator resumes it, unless the queue already handed the dead worker's job to the survivor.
    const resumed = await stack.as('post', `/wecom/sync-runs/${id}/resume`);
    if (resumed.status === 409) expect(resumed.body.error.name).toBe('SyncInProgress');
    else expect(resumed.body.data).toMatchObject({ status: 'queued', resumes: 1 });
    const done = await eventually(
      async () => {
        const r = await run(id);
        return r.status === 'completed' ? r : null;
      },
      120_000,
      200,
    );
    expect(done).toMatchObject({ status: 'completed', errors: [] });
    const rows = (await stack.cms.strapi.db.connection('wecom_members').where('corp_id', CORP_ID).count({ n: '*' }).countDistinct({ d: 'userid' })) as {
      n: number;
      d: number;
    }[];
    expect(Number(rows[0]!.n)).toBe(MEMBERS);
    expect(Number(rows[0]!.d)).toBe(MEMBERS);
  }, 300_000);
});
