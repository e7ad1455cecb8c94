import request from 'supertest';
import { adminToken, bootStack, OA, stopStack, type Stack } from './helpers';
import { fanCounts, fansApiToken, waitForRun, type RunView } from './fans-helpers';

/**
 * Full fan sync of a few thousand sandbox fans over HTTP: bulk written, resumable from its
 * checkpoint after failures, reconciled with WeChat's follower list, readable by Strapi itself.
 * (A real crash of the instance running it: fans-sync-crash.test.ts.)
 */
const FANS = 3000;
let stack: Stack;
let admin: string;
let token: string;
beforeAll(async () => {
  stack = await bootStack({ WECHAT_FANS_SYNC_CHUNK: '500', WECHAT_FANS_SYNC_ATTEMPTS: '2' });
  await stack.admin.reset({ fans: FANS });
  await stack.admin.setCallback(OA.appId, `${stack.cms.url}/api/wechat/callback/${OA.appId}`, 'safe');
  admin = await adminToken(stack.cms);
  token = await fansApiToken(stack);
}, 180_000);
afterAll(() => stopStack(stack));

const http = () => request(stack.cms.url);
const asToken = (req: request.Test) => req.set('Authorization', `Bearer ${token}`);
const asAdmin = (req: request.Test) => req.set('Authorization', `Bearer ${admin}`);

interface SandboxFan {
  openid: string;
  unionid?: string;
  subscribed: boolean;
  subscribeTime: number;
  tagIds: number[];
}
async function sandboxFollowers(): Promise<SandboxFan[]> {
  const out: SandboxFan[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await stack.admin.fans(OA.appId, { subscribed: true, offset, limit: 1000 });
    out.push(...(page.fans as unknown as SandboxFan[]));
    if (out.length >= page.total) return out;
  }
}
async function startSync(): Promise<string> {
  const res = await asToken(http().post('/api/wechat/fans/sync').send({ appId: OA.appId })).expect(202);
  expect(res.body.data).toMatchObject({ appId: OA.appId, resumed: false });
  return res.body.data.documentId;
}

test('a full sync writes every follower once, with tags, readable through the content manager', async () => {
  const followers = await sandboxFollowers();
  expect(followers.length).toBeGreaterThan(FANS * 0.8);
  const id = await startSync();
  const again = await asAdmin(http().post('/wechat/fans/sync').send({ appId: OA.appId })).expect(409);
  expect(again.body.error.name).toBe('SyncInProgress');

  const run = await waitForRun(stack.cms.url, token, id);
  expect(run).toMatchObject({ status: 'completed', total: followers.length, processed: followers.length, progress: 1, errors: [] });
  expect(await fanCounts(stack, OA.appId)).toEqual({ rows: followers.length, distinct: followers.length, subscribed: followers.length });

  // Field by field for a sample, through the API.
  for (const f of [followers[0]!, followers[1234]!, followers[followers.length - 1]!]) {
    const list = await asToken(http().get('/api/wechat/fans').query({ q: f.openid })).expect(200);
    expect(list.body.data).toHaveLength(1);
    const fan = list.body.data[0];
    expect(fan).toMatchObject({ openid: f.openid, subscribed: true, tags: f.tagIds, unionid: f.unionid ?? null });
    expect(new Date(fan.subscribeTime).getTime()).toBe(f.subscribeTime * 1000);
    // Rows written by knex are whole Strapi documents: the content manager and the document service read them.
    const cm = await asAdmin(http().get(`/content-manager/collection-types/plugin::wechat.fan/${fan.documentId}`)).expect(200);
    expect(cm.body.data).toMatchObject({ documentId: fan.documentId, openid: f.openid, appId: OA.appId });
    const doc = await stack.cms.strapi.documents('plugin::wechat.fan').findOne({ documentId: fan.documentId });
    expect(doc?.openid).toBe(f.openid);
  }
  const cmList = await asAdmin(http().get('/content-manager/collection-types/plugin::wechat.fan').query({ pageSize: 1 })).expect(200);
  expect(cmList.body.pagination.total).toBe(followers.length);

  // Filters: tag, follow time window.
  const withTag = followers.filter((f) => f.tagIds.includes(103)).length;
  const byTag = await asAdmin(http().get('/wechat/fans').query({ appId: OA.appId, tagId: 103, pageSize: 1 })).expect(200);
  expect(byTag.body.meta.pagination.total).toBe(withTag);
  const times = followers.map((f) => f.subscribeTime).sort((a, b) => a - b);
  const from = times[Math.floor(times.length / 4)]!;
  const to = times[Math.floor(times.length / 2)]!;
  const inWindow = followers.filter((f) => f.subscribeTime >= from && f.subscribeTime < to).length;
  const byTime = await asAdmin(
    http()
      .get('/wechat/fans')
      .query({ subscribedFrom: new Date(from * 1000).toISOString(), subscribedTo: new Date(to * 1000).toISOString(), subscribed: 'true' }),
  ).expect(200);
  expect(byTime.body.meta.pagination.total).toBe(inWindow);
  const bad = await asAdmin(http().get('/wechat/fans').query({ subscribedFrom: 'yesterday' })).expect(400);
  expect(bad.body.error.details.errors[0].path).toEqual(['subscribedFrom']);

  const history = await asToken(http().get('/api/wechat/fans/sync-runs')).expect(200);
  expect(history.body.data[0]).toMatchObject({ documentId: id, status: 'completed' });
});

test('fan detail: tag names, messages, the linked user and their points', async () => {
  const [f] = await sandboxFollowers();
  // The fan logs in through OAuth (a user is created and linked) and sends a text.
  const { code } = await stack.admin.oauthCode(OA.appId, f!.openid, 'snsapi_base');
  await http().post('/api/wechat/oauth/login').send({ code }).expect(200);
  await stack.admin.push({ appId: OA.appId, openid: f!.openid, type: 'text', content: '你好' });
  const list = await asToken(http().get('/api/wechat/fans').query({ q: f!.openid })).expect(200);
  const detail = await asAdmin(http().get(`/wechat/fans/${list.body.data[0].documentId}`)).expect(200);
  const tags = (await stack.admin.call<{ tags: { id: number; name: string }[] }>('GET', `/_sandbox/apps/${OA.appId}`)).tags;
  expect(detail.body.data.tagList).toEqual(f!.tagIds.map((id) => ({ tagId: id, name: tags.find((t) => t.id === id)!.name })));
  expect(detail.body.data.messages[0]).toMatchObject({ msgType: 'text', content: '你好' });
  expect(detail.body.data.user.id).toEqual(expect.any(Number));
  expect(detail.body.data.points).toEqual({ balance: expect.any(Number), earned: expect.any(Number), spent: expect.any(Number), expired: expect.any(Number) });
  await asAdmin(http().get('/wechat/fans/nope')).expect(404);
});

test('a follow event between syncs updates the fan with its tags; a second sync marks unfollowers and adds no row', async () => {
  const followers = await sandboxFollowers();
  // Three fans leave without any push reaching us: only the next sync can tell.
  const leavers = followers.slice(10, 13).map((f) => f.openid);
  for (const openid of leavers) await stack.admin.updateFan(OA.appId, openid, { subscribed: false });
  // A non-follower (created by the sandbox) follows with a tag: the event path writes it.
  const newcomer = (await stack.admin.fans(OA.appId, { subscribed: false, limit: 50 })).fans.find((f) => !leavers.includes(f.openid))!;
  await stack.admin.updateFan(OA.appId, newcomer.openid, { tagIds: [104] });
  await stack.admin.push({ appId: OA.appId, openid: newcomer.openid, type: 'subscribe' });
  const joined = await asToken(http().get('/api/wechat/fans').query({ q: newcomer.openid })).expect(200);
  expect(joined.body.data[0]).toMatchObject({ subscribed: true, tags: [104] });

  const run = await waitForRun(stack.cms.url, token, await startSync());
  const expected = followers.length - leavers.length + 1;
  expect(run).toMatchObject({ status: 'completed', processed: expected, unsubscribed: leavers.length });
  expect(await fanCounts(stack, OA.appId)).toEqual({ rows: followers.length + 1, distinct: followers.length + 1, subscribed: expected });
  const left = await asToken(http().get('/api/wechat/fans').query({ q: leavers[0] })).expect(200);
  expect(left.body.data[0]).toMatchObject({ subscribed: false });
});

test('a failure mid-way: retried, then failed with its errors shown; resumed from the checkpoint without duplicates', async () => {
  const followers = (await sandboxFollowers()).length;
  const before = await fanCounts(stack, OA.appId);
  await stack.admin.fault({ path: '/cgi-bin/user/info/batchget', delayMs: 150, times: -1 });
  const id = await startSync();
  const midway = await waitForRun(stack.cms.url, token, id, (r) => r.processed >= 1000);
  expect(midway.status).toBe('running');
  await stack.admin.clearFaults();
  await stack.admin.fault({ path: '/cgi-bin/user/info/batchget', errcode: 45009, times: -1 });

  const failed = await waitForRun(stack.cms.url, token, id, (r) => r.status === 'failed');
  expect(failed.errors.map((e) => [e.attempt, e.errcode])).toEqual([
    [1, 45009],
    [2, 45009],
  ]);
  expect(failed.processed).toBeLessThan(followers);
  const resumeLive = await asToken(http().post('/api/wechat/fans/sync-runs/nope/resume')).expect(404);
  expect(resumeLive.body.error.name).toBe('NotFoundError');

  await stack.admin.clearFaults();
  await stack.admin.resetCounters();
  const resumed = await asToken(http().post(`/api/wechat/fans/sync-runs/${id}/resume`)).expect(202);
  expect(resumed.body.data).toMatchObject({ status: 'queued', resumes: 1 });
  const done: RunView = await waitForRun(stack.cms.url, token, id);
  expect(done).toMatchObject({ status: 'completed', processed: followers, total: followers });
  // Only what was left after the checkpoint was read again (chunks of 500: at most one partial batchget call more).
  const calls = (await stack.admin.counters())['/cgi-bin/user/info/batchget']!;
  expect(calls.calls).toBeLessThanOrEqual(Math.ceil((followers - failed.processed) / 100) + 1);
  expect(await fanCounts(stack, OA.appId)).toEqual(before);
  const finished = await asToken(http().post(`/api/wechat/fans/sync-runs/${id}/resume`)).expect(409);
  expect(finished.body.error.name).toBe('SyncFinished');
});
