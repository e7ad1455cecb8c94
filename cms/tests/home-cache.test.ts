import request from 'supertest';
import { redisAvailable } from './harness/env';
import { eventually, mallFixtures } from './harness/mall-fixtures';
import { startCms, startPeerCms, type PeerCms, type TestCms } from './harness/strapi';

let cms: TestCms;
let f: ReturnType<typeof mallFixtures>;
let leaf: { documentId: string };

beforeAll(async () => {
  cms = await startCms();
  f = mallFixtures(cms.strapi);
  leaf = await f.category('数码', await f.category('电子'));
});
afterAll(() => cms?.stop());

const home = async (url: string) => (await request(url).get('/api/mall/home').expect(200)).body.data;

test('an edit to a banner, zone, good, sku or category refreshes the cached home within a second', async () => {
  expect((await home(cms.url)).banners).toEqual([]);
  const banner = await f.banner({ title: '秋季上新', linkType: 'external', linkValue: 'https://example.com' });
  await eventually(async () => expect((await home(cms.url)).banners.map((b: any) => b.title)).toEqual(['秋季上新']));

  const good = await f.good('保温杯', leaf, [{ pointsPrice: 800 }]);
  await f.zone({ name: '热门', code: 'hot', strategy: 'manual', goods: [good.documentId] });
  await eventually(async () => expect((await home(cms.url)).zones[0].goods[0]).toMatchObject({ title: '保温杯', pointsPrice: 800 }));

  const sku = await cms.strapi.db.query('api::sku.sku').findOne({ where: { good: { documentId: good.documentId } } });
  await f.update('api::sku.sku', sku.documentId, { pointsPrice: 700 });
  await eventually(async () => expect((await home(cms.url)).zones[0].goods[0].pointsPrice).toBe(700));

  await f.update('api::good.good', good.documentId, { title: '真空保温杯' });
  await eventually(async () => expect((await home(cms.url)).zones[0].goods[0].title).toBe('真空保温杯'));

  await f.update('api::category.category', leaf.documentId, { name: '数码产品' });
  const top = await cms.strapi.db.query('api::category.category').findOne({ where: { name: '电子' } });
  await f.update('api::category.category', top.documentId, { name: '电子产品' });
  await eventually(async () => expect((await home(cms.url)).categories.map((c: any) => c.name)).toContain('电子产品'));

  await f.update('api::banner.banner', banner.documentId, { enabled: false });
  await eventually(async () => expect((await home(cms.url)).banners).toEqual([]));
});

test('a banner whose window opens is shown without any edit', async () => {
  await f.banner({ title: '限时', linkType: 'external', linkValue: 'https://example.com/t', startAt: new Date(Date.now() + 1500).toISOString() });
  await eventually(async () => expect((await home(cms.url)).banners).toEqual([]));
  await eventually(async () => expect((await home(cms.url)).banners.map((b: any) => b.title)).toEqual(['限时']), 4000);
});

(redisAvailable() ? describe : describe.skip)('across instances (Redis)', () => {
  let peer: PeerCms;
  beforeAll(async () => {
    peer = await startPeerCms(cms.env);
  });
  afterAll(() => peer?.stop());

  test('an edit on one instance refreshes the home served by another within a second', async () => {
    const before = await home(peer.url);
    const good = await f.good('跨实例商品', leaf, [{ pointsPrice: 123 }]);
    await f.zone({ name: '跨实例', code: 'cluster', strategy: 'manual', goods: [good.documentId], sort: -1 });
    const elapsed = await eventually(async () => expect((await home(peer.url)).zones[0].code).toBe('cluster'), 1000);
    expect(before.zones.map((z: any) => z.code)).not.toContain('cluster');
    expect(elapsed).toBeLessThanOrEqual(1000);
  });
});
