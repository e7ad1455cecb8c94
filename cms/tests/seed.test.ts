import path from 'path';
import request from 'supertest';
import { seedMall } from '../src/seed/mall-seed';
import { startCms, type TestCms } from './harness/strapi';

const seedDir = path.resolve(__dirname, '..', '..', 'database', 'seed');
let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
});
afterAll(() => cms?.stop());

test('the demo data loads, fills the mall, and a second run changes nothing', async () => {
  const first = await seedMall(cms.strapi, seedDir);
  expect(first.created).toMatchObject({ category: 24, good: 30, sku: 38, banner: 3, zone: 4, image: 33 });
  const second = await seedMall(cms.strapi, seedDir);
  expect(second.created).toEqual({});
  expect(second.skipped).toMatchObject({ category: 24, good: 30, sku: 38, banner: 3, zone: 4 });

  const home = (await request(cms.url).get('/api/mall/home').expect(200)).body.data;
  expect(home.banners).toHaveLength(3);
  expect(home.zones.map((z: any) => [z.code, z.goods.length])).toEqual([
    ['hot', 4],
    ['discount', 3],
    ['top-sales', 3],
    ['brand', 3],
  ]);
  expect(home.categories.map((c: any) => c.name)).toEqual(['数码家电', '居家生活', '美妆个护', '品牌周边']);
  const goods = await request(cms.url).get('/api/goods?pageSize=100').expect(200);
  expect(goods.body.meta.pagination.total).toBe(30);
  const cover = goods.body.data[0].cover as string;
  expect(cover).toMatch(/^\/uploads\/.+\.png$/);
  await request(cms.url).get(cover).expect(200).expect('Content-Type', 'image/png');
});
