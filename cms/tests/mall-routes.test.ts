import request from 'supertest';
import { mallFixtures } from './harness/mall-fixtures';
import { startCms, type TestCms } from './harness/strapi';

let cms: TestCms;
const ids: Record<string, string> = {};

beforeAll(async () => {
  cms = await startCms();
  const f = mallFixtures(cms.strapi);
  const digital = await f.category('数码', undefined, { sort: 1 });
  const phones = await f.category('手机', digital);
  const flagship = await f.category('旗舰', phones, { sort: 1 });
  const accessories = await f.category('配件', phones, { sort: 2 });
  const home = await f.category('家居', undefined, { sort: 2 });
  const kitchen = await f.category('厨房', home);
  const hidden = await f.category('停用分类', undefined, { enabled: false });
  const hiddenLeaf = await f.category('隐藏', hidden);
  Object.assign(ids, {
    digital: digital.documentId,
    phones: phones.documentId,
    flagship: flagship.documentId,
    accessories: accessories.documentId,
    kitchen: kitchen.documentId,
  });

  const pro = await f.good(
    '旗舰手机 Pro',
    flagship,
    [
      { pointsPrice: 5000, sales: 3, specs: { 颜色: '黑' } },
      { pointsPrice: 4500, sales: 10, cashPrice: 100, specs: { 颜色: '白' } },
    ],
    {
      isHot: true,
      sortWeight: 10,
      tags: ['新品', '热门'],
      subtitle: '年度旗舰',
      description: '**好手机**',
      exchangeLimitPerUser: 1,
    },
  );
  const cover = await f.good('手机壳', accessories, [{ pointsPrice: 300, sales: 50 }], { isDiscount: true, discountRate: 80, tags: ['热门'] });
  const cable = await f.good('数据线', accessories, [{ pointsPrice: 200, sales: 5 }], { isDiscount: true, discountRate: 50 });
  const wok = await f.good('炒锅', kitchen, [{ pointsPrice: 1200, sales: 1 }], { sortWeight: 5 });
  const off = await f.good('下架商品', kitchen, [{ pointsPrice: 100 }], { onShelf: false });
  const invisible = await f.good('隐藏商品', hiddenLeaf, [{ pointsPrice: 50 }]);
  Object.assign(ids, {
    pro: pro.documentId,
    cover: cover.documentId,
    cable: cable.documentId,
    wok: wok.documentId,
    off: off.documentId,
    invisible: invisible.documentId,
  });

  await f.zone({ name: '热门兑换', code: 'hot', strategy: 'manual', goods: [wok.documentId, cover.documentId, off.documentId], sort: 1 });
  await f.zone({ name: '折扣专区', code: 'discount', strategy: 'by-discount', homepageCount: 1, sort: 2 });
  await f.zone({ name: '销量榜', code: 'top', strategy: 'by-sales', sort: 3 });
  await f.zone({ name: '手机专区', code: 'phones', strategy: 'by-category', category: phones.documentId, sort: 4 });
  await f.zone({ name: '新品', code: 'new', strategy: 'by-tag', tag: '新品', sort: 5 });
  await f.zone({ name: '停用专区', code: 'off', strategy: 'by-sales', enabled: false });

  const hour = 3600_000;
  const live = await f.banner({ title: '上新', linkType: 'goods-detail', linkValue: pro.documentId, sort: 2 });
  await f.banner({ title: '全场', linkType: 'external', linkValue: 'https://example.com/sale', sort: 1, startAt: new Date(Date.now() - hour).toISOString() });
  await f.banner({ title: '未开始', linkType: 'category', linkValue: digital.documentId, startAt: new Date(Date.now() + hour).toISOString() });
  await f.banner({ title: '已结束', linkType: 'category', linkValue: digital.documentId, endAt: new Date(Date.now() - hour).toISOString() });
  await f.banner({ title: '停用', linkType: 'category', linkValue: digital.documentId, enabled: false });
  ids.banner = live.documentId;
});
afterAll(() => cms?.stop());

const get = (path: string) => request(cms.url).get(path);
const titles = (res: request.Response) => res.body.data.map((g: { title: string }) => g.title);

describe('GET /api/mall/home', () => {
  test('live banners in order, enabled zones with their first goods, level-1 categories', async () => {
    const res = await get('/api/mall/home').expect(200).expect('Content-Type', /json/);
    const { banners, zones, categories } = res.body.data;
    expect(banners.map((b: any) => b.title)).toEqual(['全场', '上新']);
    expect(banners[1]).toMatchObject({ documentId: ids.banner, linkType: 'goods-detail', linkValue: ids.pro, image: null });
    expect(zones.map((z: any) => z.code)).toEqual(['hot', 'discount', 'top', 'phones', 'new']);
    expect(zones[0].goods.map((g: any) => g.title)).toEqual(['炒锅', '手机壳']);
    expect(zones[1].goods.map((g: any) => g.title)).toEqual(['数据线']);
    expect(zones[2].goods.map((g: any) => g.title)).toEqual(['手机壳', '旗舰手机 Pro', '数据线']);
    expect(zones[4].goods.map((g: any) => g.title)).toEqual(['旗舰手机 Pro']);
    expect(categories.map((c: any) => c.name)).toEqual(['数码', '家居']);
  });

  test('answers 304 to a matching ETag', async () => {
    const first = await get('/api/mall/home').expect(200);
    await get('/api/mall/home').set('If-None-Match', first.headers.etag).expect(304);
  });
});

describe('GET /api/goods', () => {
  test('GoodCard shape: lowest SKU price and its cash price, total sales, original price on discounts', async () => {
    const res = await get('/api/goods?pageSize=100').expect(200);
    const pro = res.body.data.find((g: any) => g.documentId === ids.pro);
    expect(pro).toEqual({
      documentId: ids.pro,
      title: '旗舰手机 Pro',
      subtitle: '年度旗舰',
      cover: null,
      pointsPrice: 4500,
      cashPrice: 100,
      sales: 13,
      isHot: true,
      isDiscount: false,
      discountRate: 100,
    });
    const cover = res.body.data.find((g: any) => g.documentId === ids.cover);
    expect(cover).toMatchObject({ pointsPrice: 300, originalPrice: 375, isDiscount: true, discountRate: 80 });
  });

  test('only on-shelf goods in visible categories, by sort weight by default', async () => {
    const res = await get('/api/goods').expect(200);
    expect(titles(res)).toEqual(['旗舰手机 Pro', '炒锅', '数据线', '手机壳']);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 4 });
  });

  test('category filter includes descendants at any level', async () => {
    expect(titles(await get(`/api/goods?category=${ids.digital}&sort=pointsPrice:asc`).expect(200))).toEqual(['数据线', '手机壳', '旗舰手机 Pro']);
    expect(titles(await get(`/api/goods?category=${ids.accessories}&sort=pointsPrice:desc`).expect(200))).toEqual(['手机壳', '数据线']);
    expect(titles(await get(`/api/goods?category=${ids.kitchen}`).expect(200))).toEqual(['炒锅']);
    expect(titles(await get('/api/goods?category=nope').expect(200))).toEqual([]);
  });

  test('sorts: sales, price and newest', async () => {
    expect(titles(await get('/api/goods?sort=sales:desc').expect(200))).toEqual(['手机壳', '旗舰手机 Pro', '数据线', '炒锅']);
    expect(titles(await get('/api/goods?sort=pointsPrice:asc').expect(200))).toEqual(['数据线', '手机壳', '炒锅', '旗舰手机 Pro']);
    expect(titles(await get('/api/goods?sort=newest').expect(200))[0]).toBe('炒锅');
  });

  test('title search and zone filter', async () => {
    expect(titles(await get(`/api/goods?q=${encodeURIComponent('手机')}`).expect(200)).sort()).toEqual(['手机壳', '旗舰手机 Pro'].sort());
    expect(titles(await get('/api/goods?q=%25').expect(200))).toEqual([]);
    expect(titles(await get('/api/goods?zone=hot').expect(200))).toEqual(['炒锅', '手机壳']);
    expect(titles(await get('/api/goods?zone=hot&sort=pointsPrice:desc').expect(200))).toEqual(['炒锅', '手机壳']);
    expect(titles(await get('/api/goods?zone=phones&sort=pointsPrice:asc').expect(200))).toEqual(['数据线', '手机壳', '旗舰手机 Pro']);
    expect(titles(await get('/api/goods?zone=off').expect(200))).toEqual([]);
  });

  test('pagination', async () => {
    const res = await get('/api/goods?page=2&pageSize=3').expect(200);
    expect(titles(res)).toEqual(['手机壳']);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 4 });
  });

  test('bad input is a 400 naming the field', async () => {
    const big = await get('/api/goods?pageSize=101').expect(400);
    expect(big.body.error.name).toBe('ValidationError');
    expect(big.body.error.details.errors[0].path).toEqual(['pageSize']);
    const sort = await get('/api/goods?sort=price').expect(400);
    expect(sort.body.error.details.errors[0].path).toEqual(['sort']);
    expect(sort.body.error.message).toMatch(/sort/);
    await get('/api/goods?page=0').expect(400);
  });
});

describe('GET /api/goods/:documentId', () => {
  test('GoodDetail with SKUs', async () => {
    const res = await get(`/api/goods/${ids.pro}`).expect(200);
    expect(res.body.data).toMatchObject({
      documentId: ids.pro,
      description: '**好手机**',
      descriptionHtml: '<p><strong>好手机</strong></p>\n',
      images: [],
      category: { documentId: ids.flagship, name: '旗舰' },
      exchangeLimitPerUser: 1,
    });
    expect(res.body.data.skus).toEqual([
      { documentId: expect.any(String), specs: { 颜色: '黑' }, pointsPrice: 5000, cashPrice: 0, stock: 10 },
      { documentId: expect.any(String), specs: { 颜色: '白' }, pointsPrice: 4500, cashPrice: 100, stock: 10 },
    ]);
  });

  test('descriptionHtml: headings and lists rendered; raw HTML, event handlers and script URLs come out inert', async () => {
    const f = mallFixtures(cms.strapi);
    const leaf = await f.category('描述测试', undefined);
    const description = [
      '## 中性笔 10 支装',
      '- 积分兑换，包邮到家',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[点我](javascript:alert(1)) [再点](JavaScript:alert(2)) [编码](java&#x09;script:alert(3))',
      '![图](data:text/html;base64,PHNjcmlwdD4=) [官网](https://example.com/a)',
    ].join('\n\n');
    const good = await f.good('描述商品', leaf, [{ pointsPrice: 10 }], { description });
    const { data } = (await get(`/api/goods/${good.documentId}`).expect(200)).body;
    const html: string = data.descriptionHtml;
    expect(data.description).toBe(description);
    expect(html).toContain('<h2>中性笔 10 支装</h2>');
    expect(html).toContain('<li>积分兑换，包邮到家</li>');
    // Raw HTML is text: no element but those Markdown makes, so no <script>, <img onerror>.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const tags = [...html.matchAll(/<([a-z0-9]+)\b([^>]*)>/g)];
    expect([...new Set(tags.map((t) => t[1]))].sort()).toEqual(['a', 'h2', 'li', 'p', 'ul']);
    // The only link is the https one; no attribute anywhere runs code or points at a script URL.
    expect(tags.filter((t) => t[1] === 'a').map((t) => /href="([^"]*)"/.exec(t[2]!)?.[1])).toEqual(['https://example.com/a']);
    for (const [, , attrs] of tags) expect(attrs).not.toMatch(/\son\w+=|javascript:|data:/i);
  });

  test('404 when off shelf or unknown', async () => {
    const res = await get(`/api/goods/${ids.off}`).expect(404);
    expect(res.body.error.name).toBe('NotFoundError');
    await get('/api/goods/doesnotexist').expect(404);
  });
});

describe('GET /api/zones/:code/goods', () => {
  test('the zone goods in zone order, paginated, with the zone', async () => {
    const res = await get('/api/zones/hot/goods').expect(200);
    expect(titles(res)).toEqual(['炒锅', '手机壳']);
    expect(res.body.meta).toMatchObject({ pagination: { total: 2 }, zone: { code: 'hot', name: '热门兑换' } });
    expect(titles(await get('/api/zones/discount/goods').expect(200))).toEqual(['数据线', '手机壳']);
  });

  test('404 for an unknown or disabled zone', async () => {
    await get('/api/zones/nope/goods').expect(404);
    await get('/api/zones/off/goods').expect(404);
  });
});

describe('POST /api/banners/:documentId/click', () => {
  test('counts clicks and flushes them to the banner', async () => {
    await request(cms.url).post(`/api/banners/${ids.banner}/click`).expect(204);
    await request(cms.url).post(`/api/banners/${ids.banner}/click`).expect(204);
    await request(cms.url).post('/api/banners/unknown/click').expect(404);
    expect(await cms.strapi.service('api::banner.banner').flushClicks()).toBe(2);
    const banner = await cms.strapi.db.query('api::banner.banner').findOne({ where: { documentId: ids.banner } });
    expect(banner.clicks).toBe(2);
    expect(await cms.strapi.service('api::banner.banner').flushClicks()).toBe(0);
  });
});

describe('permissions', () => {
  test('mall content types are not writable or listable by visitors through core REST', async () => {
    await request(cms.url)
      .post('/api/categories')
      .send({ data: { name: 'x' } })
      .expect(403);
    await get('/api/skus').expect(403);
  });
});
