import request from 'supertest';
import { startCms, type TestCms } from './harness/strapi';

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

test('boots and answers the home', async () => {
  const res = await request(cms.url).get('/api/mall/home').expect(200);
  expect(res.body.data).toEqual({ banners: [], zones: [], categories: [] });
});
