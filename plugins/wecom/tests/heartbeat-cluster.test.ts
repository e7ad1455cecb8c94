import { redisAvailable, required } from '../../../cms/tests/harness/env';
import { startPeerCms, type PeerCms } from '../../../cms/tests/harness/strapi';
import { bootStack, CORP_ID, stopStack, type Stack } from './helpers';

// Peer processes share the database and Redis: only meaningful with Redis (CI runs it).
const maybe = redisAvailable() || required ? describe : describe.skip;

const CODE = 'demo-wecom-app';
const INTERVAL_MS = 1000;

/**
 * The heartbeat on two CMS processes that both run the WeCom workers, sharing MySQL and Redis:
 * each sending account is checked once per interval across the cluster, not once per instance.
 */
maybe('the heartbeat on two instances', () => {
  let stack: Stack;
  const peers: PeerCms[] = [];
  beforeAll(async () => {
    // This process's CMS runs no worker: the two peers do the heartbeat.
    stack = await bootStack({ WECOM_WORKERS: 'off' });
    await stack.as('post', `/wecom/accounts/${CODE}/verify`).expect(200);
    const env = { ...stack.cms.env, WECOM_WORKERS: 'on', WECOM_HEARTBEAT_MS: String(INTERVAL_MS) };
    peers.push(await startPeerCms(env), await startPeerCms(env));
  }, 300_000);
  afterAll(async () => {
    for (const peer of peers) await peer.stop();
    await stopStack(stack);
  });

  const checks = async () => (await stack.admin.counters())['/cgi-bin/agent/get']?.byApp[CORP_ID] ?? 0;
  const account = () => stack.cms.strapi.db.query('plugin::wecom.account').findOne({ where: { code: CODE } });

  test('each interval checks the account once, whichever instance runs it', async () => {
    // Let both peers' schedulers settle, then count the checks over a measured window.
    await new Promise((r) => setTimeout(r, 2 * INTERVAL_MS));
    const t0 = Date.now();
    const before = await checks();
    const beatBefore = (await account()).lastHeartbeatAt;
    await new Promise((r) => setTimeout(r, 8 * INTERVAL_MS));
    const made = (await checks()) - before;
    const elapsed = Date.now() - t0;
    // One slot per interval: at most the slots the window touches (two instances each beating would double it).
    const slots = Math.floor((t0 + elapsed) / INTERVAL_MS) - Math.floor(t0 / INTERVAL_MS) + 1;
    expect(made).toBeLessThanOrEqual(slots);
    expect(made).toBeGreaterThanOrEqual(3);
    const after = await account();
    expect(after.status).toBe('online');
    expect(new Date(after.lastHeartbeatAt).getTime()).toBeGreaterThan(new Date(beatBefore).getTime());
  }, 60_000);
});
