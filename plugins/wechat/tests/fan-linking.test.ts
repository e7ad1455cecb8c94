import request from 'supertest';
import { bootStack, MP, OA, stopStack, type Stack } from './helpers';
import { fansApiToken, waitForRun } from './fans-helpers';

/**
 * One person is one user whatever the order of login (H5 OAuth, mini program), follow and the full
 * fan sync; the `subscribe` rule is awarded once, when the followed fan gets its user.
 */
let stack: Stack;
let token: string;
const linked: { openid: string; userId: number; subscribed: boolean }[] = [];
beforeAll(async () => {
  stack = await bootStack();
  token = await fansApiToken(stack);
  stack.cms.strapi.eventHub.on('wechat.fan.linked', (p: { openid: string; userId: number; subscribed: boolean }) => void linked.push(p));
}, 120_000);
afterAll(() => stopStack(stack));

const api = () => request(stack.cms.url);
let followers: { openid: string; unionid?: string }[] = [];
let next = 0;
async function follower() {
  if (!followers.length) followers = (await stack.admin.fans(OA.appId, { subscribed: true, limit: 100 })).fans;
  return followers[next++]!;
}

async function oauthLogin(openid: string): Promise<{ jwt: string; userId: number }> {
  const res = await api()
    .post('/api/wechat/oauth/login')
    .send({ code: (await stack.admin.oauthCode(OA.appId, openid, 'snsapi_userinfo')).code })
    .expect(200);
  return { jwt: res.body.jwt, userId: res.body.user.id };
}

async function sync(): Promise<void> {
  const res = await api().post('/api/wechat/fans/sync').set('Authorization', `Bearer ${token}`).send({ appId: OA.appId }).expect(202);
  const run = await waitForRun(stack.cms.url, token, res.body.data.documentId);
  expect(run.status).toBe('completed');
}

async function fanUser(openid: string): Promise<number | null> {
  const row = await stack.cms.strapi.db.query('plugin::wechat.fan').findOne({ where: { appId: OA.appId, openid }, populate: ['user'] });
  return row?.user?.id ?? null;
}

async function subscribeAwards(jwt: string): Promise<number[]> {
  const res = await api().get('/api/points/me/transactions').set('Authorization', `Bearer ${jwt}`).expect(200);
  return res.body.data.filter((t: { source: string }) => t.source === 'subscribe').map((t: { delta: number }) => t.delta);
}

test('every order of login, follow and sync: the fan is linked to the one user, subscribe awarded once', async () => {
  // 1. login, then the first sync
  const loginThenSync = await follower();
  const a = await oauthLogin(loginThenSync.openid);
  // 2. login, follow, then sync
  const loginFollowSync = await follower();
  const b = await oauthLogin(loginFollowSync.openid);
  await stack.admin.push({ appId: OA.appId, openid: loginFollowSync.openid, type: 'subscribe' });
  // 3. follow, login, then sync
  const followLoginSync = await follower();
  await stack.admin.push({ appId: OA.appId, openid: followLoginSync.openid, type: 'subscribe' });
  const c = await oauthLogin(followLoginSync.openid);
  // 4. the person logged in through the mini program only (same unionid), then the sync
  let viaMp: { fan: { openid: string; unionid?: string }; userId: number; jwt: string } | null = null;
  while (!viaMp) {
    const fan = await follower();
    if (!fan.unionid) continue;
    const code = await stack.admin.miniProgramCode(MP.appId, { unionid: fan.unionid }).catch(() => null);
    if (code?.unionid !== fan.unionid) continue;
    const res = await api().post('/api/wechat/miniprogram/login').send({ code: code.js_code }).expect(200);
    viaMp = { fan, userId: res.body.user.id, jwt: res.body.jwt };
  }
  expect(await fanUser(loginThenSync.openid)).toBeNull();

  await sync();

  for (const [fan, who] of [
    [loginThenSync, a],
    [loginFollowSync, b],
    [followLoginSync, c],
    [viaMp.fan, viaMp],
  ] as const) {
    expect(await fanUser(fan.openid)).toBe(who.userId);
    const identities = await stack.cms.strapi.db
      .query('plugin::wechat.identity')
      .findMany({ where: fan.unionid ? { $or: [{ openid: fan.openid }, { unionid: fan.unionid }] } : { openid: fan.openid }, populate: ['user'] });
    expect(identities.length).toBeGreaterThan(0);
    expect(new Set(identities.map((i: { user: { id: number } }) => i.user.id))).toEqual(new Set([who.userId]));
    expect(await subscribeAwards(who.jwt)).toEqual([50]);
    expect(linked.filter((l) => l.openid === fan.openid)).toEqual([expect.objectContaining({ userId: who.userId, subscribed: true })]);
  }

  // 5. synced first, login later; then another sync and another login change nothing
  const syncThenLogin = await follower();
  expect(await fanUser(syncThenLogin.openid)).toBeNull();
  const d = await oauthLogin(syncThenLogin.openid);
  expect(await fanUser(syncThenLogin.openid)).toBe(d.userId);
  await sync();
  const again = await oauthLogin(loginThenSync.openid);
  expect(again.userId).toBe(a.userId);
  for (const who of [a, b, c, d, viaMp]) expect(await subscribeAwards(who.jwt)).toEqual([50]);
  expect(linked.filter((l) => l.openid === syncThenLogin.openid)).toHaveLength(1);
  expect(linked.filter((l) => l.openid === loginThenSync.openid)).toHaveLength(1);
}, 120_000);
