import fs from 'fs';
import os from 'os';
import path from 'path';
import sharp from 'sharp';
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
  expect(first.created).toMatchObject({ category: 24, good: 31, sku: 39, banner: 3, zone: 4, image: 34 });
  const second = await seedMall(cms.strapi, seedDir);
  expect(second.created).toEqual({});
  expect(second.skipped).toMatchObject({ category: 24, good: 31, sku: 39, banner: 3, zone: 4 });

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
  expect(goods.body.meta.pagination.total).toBe(31);
  const cover = goods.body.data[0].cover as string;
  expect(cover).toMatch(/^\/uploads\/.+\.png$/);
  await request(cms.url).get(cover).expect(200).expect('Content-Type', 'image/png');
});

test('uploaded images are never stored bigger than they came, and optimization still shrinks what it can', async () => {
  const home = (await request(cms.url).get('/api/mall/home').expect(200)).body.data;
  for (const banner of home.banners as Array<{ image: string }>) {
    const served = (await request(cms.url).get(banner.image).buffer(true).expect(200)).body as Buffer;
    const source = fs.statSync(path.join(seedDir, 'images', `${/\/uploads\/(banner_\d)_/.exec(banner.image)![1]!.replace('_', '-')}.png`)).size;
    expect(served.length).toBeLessThanOrEqual(source);
  }
  // A photo-like JPEG at quality 100: Strapi's optimization (quality 80) must still apply to it.
  const photo = path.join(os.tmpdir(), `wedraw-photo-${process.pid}.jpg`);
  const noise = Buffer.from(Array.from({ length: 320 * 240 * 3 }, (_, i) => (i * 7919) % 251));
  await sharp(noise, { raw: { width: 320, height: 240, channels: 3 } })
    .jpeg({ quality: 100 })
    .toFile(photo);
  const [file] = await cms.strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: 'photo.jpg' } },
      files: { filepath: photo, originalFilename: 'photo.jpg', mimetype: 'image/jpeg', size: fs.statSync(photo).size },
    });
  const stored = (await request(cms.url).get(file.url).buffer(true).expect(200)).body as Buffer;
  expect(stored.length).toBeLessThan(fs.statSync(photo).size * 0.9);
  fs.rmSync(photo, { force: true });
});
