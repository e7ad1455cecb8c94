import request from 'supertest';
import { adminToken, bootStack, OA, stopStack, type Stack } from './helpers';
import { fansApiToken, waitForRun } from './fans-helpers';

/** Tags mirrored to WeChat: every change checked through the sandbox's admin API. */
let stack: Stack;
let admin: string;
let token: string;
beforeAll(async () => {
  stack = await bootStack();
  admin = await adminToken(stack.cms);
  token = await fansApiToken(stack);
  // Local fans to tag: a full sync of the 200 demo fans.
  const started = await request(stack.cms.url).post('/api/wechat/fans/sync').set('Authorization', `Bearer ${token}`).send({}).expect(202);
  const run = await waitForRun(stack.cms.url, token, started.body.data.documentId);
  expect(run.status).toBe('completed');
}, 180_000);
afterAll(() => stopStack(stack));

const asAdmin = (req: request.Test) => req.set('Authorization', `Bearer ${admin}`);
const asToken = (req: request.Test) => req.set('Authorization', `Bearer ${token}`);
const http = () => request(stack.cms.url);
const sandboxTags = async () => (await stack.admin.call<{ tags: { id: number; name: string; count: number }[] }>('GET', `/_sandbox/apps/${OA.appId}`)).tags;

test('the sync pulled WeChat tags with their counts', async () => {
  const res = await asAdmin(http().get('/wechat/tags')).expect(200);
  const local = res.body.data.map((t: { tagId: number; name: string; count: number }) => ({ id: t.tagId, name: t.name, count: t.count }));
  expect(local).toEqual((await sandboxTags()).map((t) => ({ id: t.id, name: t.name, count: t.count })));
  expect(local.length).toBeGreaterThanOrEqual(6);
});

test('create, rename and delete are made on WeChat, then mirrored; WeChat refusals are 409s in words', async () => {
  const created = await asAdmin(http().post('/wechat/tags').send({ name: '测试标签' })).expect(201);
  const tagId = created.body.data.tagId as number;
  expect((await sandboxTags()).find((t) => t.id === tagId)?.name).toBe('测试标签');

  const dup = await asAdmin(http().post('/wechat/tags').send({ name: '测试标签' })).expect(409);
  expect(dup.body.error.name).toBe('TagNameTaken');
  const long = await asAdmin(http().post('/wechat/tags').send({ name: '一二三四五六七八九十十一' })).expect(400);
  expect(long.body.error.details.errors[0].path).toEqual(['name']);
  const missing = await asToken(http().post('/api/wechat/tags').send({})).expect(400);
  expect(missing.body.error.details.errors[0].path).toEqual(['name']);

  const renamed = await asToken(http().put(`/api/wechat/tags/${tagId}`).send({ name: '改名标签' })).expect(200);
  expect(renamed.body.data).toMatchObject({ tagId, name: '改名标签' });
  expect((await sandboxTags()).find((t) => t.id === tagId)?.name).toBe('改名标签');
  const reserved = await asToken(http().put('/api/wechat/tags/2').send({ name: '星标' })).expect(409);
  expect(reserved.body.error.name).toBe('ReservedTag');
  await asToken(http().put('/api/wechat/tags/9999').send({ name: '不存在' })).expect(404);
  await asToken(http().put('/api/wechat/tags/abc').send({ name: 'x' })).expect(400);

  await asAdmin(http().delete(`/wechat/tags/${tagId}`)).expect(204);
  expect((await sandboxTags()).some((t) => t.id === tagId)).toBe(false);
  const after = await asAdmin(http().get('/wechat/tags')).expect(200);
  expect(after.body.data.some((t: { tagId: number }) => t.tagId === tagId)).toBe(false);
});

test('bulk tagging goes to WeChat 50 openids a call and the fan list follows', async () => {
  const created = await asToken(http().post('/api/wechat/tags').send({ name: '批量标签' })).expect(201);
  const tagId = created.body.data.tagId as number;
  const followers = (await stack.admin.fans(OA.appId, { subscribed: true, limit: 120 })).fans.map((f) => f.openid);
  expect(followers).toHaveLength(120);
  await stack.admin.resetCounters();

  const tagged = await asToken(http().post(`/api/wechat/tags/${tagId}/fans`).send({ openids: followers, action: 'tag' })).expect(200);
  expect(tagged.body.data).toMatchObject({ tagId, action: 'tag', applied: 120, calls: 3 });
  expect(tagged.body.data.tag.count).toBe(120);
  const counters = await stack.admin.counters();
  expect(counters['/cgi-bin/tags/members/batchtagging']?.calls).toBe(3);
  expect((await stack.admin.fan(OA.appId, followers[119]!)).tagIds).toContain(tagId);

  const list = await asAdmin(http().get('/wechat/fans').query({ tagId, pageSize: 100 })).expect(200);
  expect(list.body.meta.pagination.total).toBe(120);
  expect(list.body.data.every((f: { tags: number[] }) => f.tags.includes(tagId))).toBe(true);

  const untagged = await asAdmin(
    http()
      .post(`/wechat/tags/${tagId}/fans`)
      .send({ openids: followers.slice(0, 20), action: 'untag' }),
  ).expect(200);
  expect(untagged.body.data).toMatchObject({ applied: 20, calls: 1 });
  expect(untagged.body.data.tag.count).toBe(100);
  expect((await stack.admin.fan(OA.appId, followers[0]!)).tagIds).not.toContain(tagId);
  const fewer = await asToken(http().get('/api/wechat/fans').query({ tagId })).expect(200);
  expect(fewer.body.meta.pagination.total).toBe(100);

  // Deleting the tag takes it off every local fan too.
  await asToken(http().delete(`/api/wechat/tags/${tagId}`)).expect(204);
  const none = await asToken(http().get('/api/wechat/fans').query({ tagId })).expect(200);
  expect(none.body.meta.pagination.total).toBe(0);
});

test('bad bulk input is a 400 naming the field; an openid of no fan is a 409; nothing is sent for bad input', async () => {
  await stack.admin.resetCounters();
  const empty = await asToken(http().post('/api/wechat/tags/100/fans').send({ openids: [] })).expect(400);
  expect(empty.body.error.details.errors[0].path).toEqual(['openids']);
  const action = await asToken(
    http()
      .post('/api/wechat/tags/100/fans')
      .send({ openids: ['x'], action: 'drop' }),
  ).expect(400);
  expect(action.body.error.details.errors[0].path).toEqual(['action']);
  expect((await stack.admin.counters())['/cgi-bin/tags/members/batchtagging']).toBeUndefined();
  const stranger = await asToken(
    http()
      .post('/api/wechat/tags/100/fans')
      .send({ openids: ['o_not_a_fan_of_this_app'] }),
  ).expect(409);
  expect(stranger.body.error.name).toBe('UnknownOpenid');
});

test('API tokens need the permission; admins need the RBAC action', async () => {
  const readOnly = await fansApiToken(stack, ['plugin::wechat.tags.list']);
  await request(stack.cms.url).get('/api/wechat/tags').set('Authorization', `Bearer ${readOnly}`).expect(200);
  await request(stack.cms.url).post('/api/wechat/tags').set('Authorization', `Bearer ${readOnly}`).send({ name: '无权' }).expect(403);
  await request(stack.cms.url).post('/api/wechat/tags').send({ name: '匿名' }).expect(403);
  const author = await adminToken(stack.cms, 'strapi-author', 'author@wedraw.test');
  await request(stack.cms.url).post('/wechat/tags').set('Authorization', `Bearer ${author}`).send({ name: '作者' }).expect(403);
});
