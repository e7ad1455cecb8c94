import request from 'supertest';
import { redisAvailable, required } from '../../../cms/tests/harness/env';
import { startPeerCms, type PeerCms } from '../../../cms/tests/harness/strapi';
import { bootStack, OA, stopStack, type Stack } from './helpers';

// Two CMS processes on one database and one Redis: only meaningful with Redis (CI runs it).
const maybe = redisAvailable() || required ? describe : describe.skip;

maybe('two CMS instances share one token store', () => {
  let stack: Stack;
  let peer: PeerCms;
  beforeAll(async () => {
    stack = await bootStack();
    peer = await startPeerCms(stack.cms.env);
  }, 180_000);
  afterAll(async () => {
    await peer?.stop();
    await stopStack(stack);
  });

  test('concurrent JS-SDK configs on both instances fetch one access token and one ticket between them', async () => {
    await stack.admin.resetCounters();
    const url = 'http://h5.local/page';
    const calls = [stack.cms.url, peer.url, stack.cms.url, peer.url, stack.cms.url, peer.url].map((base) =>
      request(base).get('/api/wechat/jssdk-config').query({ url }),
    );
    const answers = await Promise.all(calls);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    for (const a of answers) {
      const verdict = await stack.admin.call<{ valid: boolean }>('POST', '/_sandbox/jssdk/verify', { appId: OA.appId, url, ...a.body });
      expect(verdict.valid).toBe(true);
    }
    const counters = await stack.admin.counters();
    expect(counters['/cgi-bin/stable_token']?.calls).toBe(1);
    expect(counters['/cgi-bin/ticket/getticket']?.calls).toBe(1);
  });

  test('a token and a ticket due for refresh are refreshed by exactly one instance', async () => {
    await stack.admin.expireTokens({ appId: OA.appId });
    const kv = stack.cms.strapi.plugin('wechat').service('sharedState').kv();
    const current = JSON.parse(await kv.get(`token:${OA.appId}`));
    await kv.set(`token:${OA.appId}`, JSON.stringify({ ...current, refreshAt: 0 }), 60_000);
    await kv.set(`ticket:jsapi:${OA.appId}`, JSON.stringify({ value: 'stale', refreshAt: 0 }), 60_000);
    await stack.admin.resetCounters();
    const answers = await Promise.all(
      [stack.cms.url, peer.url, peer.url, stack.cms.url].map((base) => request(base).get('/api/wechat/jssdk-config').query({ url: 'http://h5.local/x' })),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    const counters = await stack.admin.counters();
    expect(counters['/cgi-bin/stable_token']?.calls).toBe(1);
    expect(counters['/cgi-bin/ticket/getticket']?.calls).toBe(1);
  });
});
