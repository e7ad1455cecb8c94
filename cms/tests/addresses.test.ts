import request from 'supertest';
import { createUser } from './harness/mall-fixtures';
import { startCms, type TestCms } from './harness/strapi';

let cms: TestCms;
let alice: { id: number; jwt: string };
let bob: { id: number; jwt: string };

beforeAll(async () => {
  cms = await startCms();
  alice = await createUser(cms.strapi, 'alice');
  bob = await createUser(cms.strapi, 'bob');
});
afterAll(() => cms?.stop());

const as = (user: { jwt: string }) => ({
  get: (path: string) => request(cms.url).get(path).set('Authorization', `Bearer ${user.jwt}`),
  post: (path: string, body: object) => request(cms.url).post(path).set('Authorization', `Bearer ${user.jwt}`).send(body),
  put: (path: string, body: object) => request(cms.url).put(path).set('Authorization', `Bearer ${user.jwt}`).send(body),
  del: (path: string) => request(cms.url).delete(path).set('Authorization', `Bearer ${user.jwt}`),
});

const address = { receiver: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' };

test('visitors without a token cannot read or write addresses', async () => {
  await request(cms.url).get('/api/addresses').expect(403);
  await request(cms.url).post('/api/addresses').send(address).expect(403);
});

test('a user creates, lists, updates and deletes their own addresses; the first is the default', async () => {
  const created = await as(alice).post('/api/addresses', address).expect(201);
  expect(created.body.data).toMatchObject({ ...address, isDefault: true, documentId: expect.any(String) });
  expect(created.body.data.user).toBeUndefined();
  const second = await as(alice)
    .post('/api/addresses', { ...address, receiver: '李四', isDefault: true })
    .expect(201);
  const list = await as(alice).get('/api/addresses').expect(200);
  expect(list.body.data.map((a: any) => [a.receiver, a.isDefault])).toEqual([
    ['李四', true],
    ['张三', false],
  ]);
  const updated = await as(alice).put(`/api/addresses/${created.body.data.documentId}`, { detail: '科技园 2 号' }).expect(200);
  expect(updated.body.data.detail).toBe('科技园 2 号');
  await as(alice).del(`/api/addresses/${second.body.data.documentId}`).expect(200);
  const after = await as(alice).get('/api/addresses').expect(200);
  expect(after.body.data).toHaveLength(1);
  expect(after.body.data[0].isDefault).toBe(true);
});

test("another user's address is 404 for reading, updating and deleting, and stays untouched", async () => {
  const mine = await as(alice)
    .post('/api/addresses', { ...address, receiver: '王五' })
    .expect(201);
  const id = mine.body.data.documentId;
  const read = await as(bob).get(`/api/addresses/${id}`).expect(404);
  expect(read.body.error.name).toBe('NotFoundError');
  await as(bob).put(`/api/addresses/${id}`, { receiver: '坏人' }).expect(404);
  await as(bob).del(`/api/addresses/${id}`).expect(404);
  expect((await as(bob).get('/api/addresses').expect(200)).body.data).toEqual([]);
  expect((await as(alice).get(`/api/addresses/${id}`).expect(200)).body.data.receiver).toBe('王五');
});

test('bad input is a 400 naming each field', async () => {
  const res = await as(alice).post('/api/addresses', { receiver: '', phone: '123' }).expect(400);
  expect(res.body.error.name).toBe('ValidationError');
  const fields = res.body.error.details.errors.map((e: any) => e.field).sort();
  expect(fields).toEqual(['detail', 'phone', 'receiver']);
  expect(res.body.error.message).toMatch(/phone/);
});
