import request from 'supertest';
import { CategoryTree, type CategoryRow } from '../src/mall/category-tree';
import { mallFixtures } from './harness/mall-fixtures';
import { startCms, type TestCms } from './harness/strapi';

const row = (id: number, parentId: number | null, extra: Partial<CategoryRow> = {}): CategoryRow => ({
  id,
  documentId: `doc${id}`,
  name: `c${id}`,
  parentId,
  sort: 0,
  enabled: true,
  iconUrl: null,
  ...extra,
});

describe('CategoryTree rules', () => {
  test('levels, descendants and a fourth level', () => {
    const ok = new CategoryTree([row(1, null), row(2, 1), row(3, 2)]);
    expect(ok.level(3)).toBe(3);
    expect(ok.violation(3)).toBeNull();
    const tree = new CategoryTree([row(1, null), row(2, 1), row(3, 2), row(4, 3)]);
    expect(tree.descendantIds(1).sort()).toEqual([1, 2, 3, 4]);
    expect(tree.violation(4)).toMatch(/所选上级分类已经是第 3 级/);
  });

  test('moving a subtree under a deep node is judged by its height', () => {
    // 1 > 2 and 5 > 6 are fine; moving 5 (with its child 6) under 2 would put 6 on level 4.
    const before = new CategoryTree([row(1, null), row(2, 1), row(5, null), row(6, 5)]);
    expect(before.violation(5)).toBeNull();
    const moved = new CategoryTree([row(1, null), row(2, 1), row(5, 2), row(6, 5)]);
    expect(moved.violation(5)).toMatch(/下级分类会超过/);
  });

  test('a cycle is reported', () => {
    const tree = new CategoryTree([row(1, 3), row(2, 1), row(3, 2)]);
    expect(tree.violation(1)).toMatch(/循环/);
  });

  test('disabled branches are not visible', () => {
    const tree = new CategoryTree([row(1, null), row(2, 1, { enabled: false }), row(3, 2), row(4, 1, { sort: -1 })]);
    expect([...tree.visibleIds()].sort()).toEqual([1, 4]);
    expect(tree.toPublicTree()[0].children.map((c) => c.documentId)).toEqual(['doc4']);
  });
});

describe('category tree in a running CMS', () => {
  let cms: TestCms;
  let f: ReturnType<typeof mallFixtures>;
  beforeAll(async () => {
    cms = await startCms();
    f = mallFixtures(cms.strapi);
  });
  afterAll(() => cms?.stop());

  test('three levels are accepted, with the level derived', async () => {
    const a = await f.category('数码', undefined, { sort: 2 });
    const b = await f.category('手机', a);
    const c = await f.category('配件', b);
    const stored = await cms.strapi.db.query('api::category.category').findOne({ where: { documentId: c.documentId } });
    expect(stored.level).toBe(3);
    const res = await request(cms.url).get('/api/categories/tree').expect(200);
    const digital = res.body.data.find((n: any) => n.documentId === a.documentId);
    expect(digital.children[0].children[0]).toMatchObject({ documentId: c.documentId, name: '配件', level: 3 });
  });

  test('a fourth level is refused with a message an operator understands, and nothing is written', async () => {
    const a = await f.category('家居');
    const b = await f.category('厨房', a);
    const c = await f.category('餐具', b);
    await expect(f.category('筷子', c)).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/最多 3 级/) });
    expect(await cms.strapi.db.query('api::category.category').count({ where: { name: '筷子' } })).toBe(0);
  });

  test('a cycle is refused and the old parent is kept', async () => {
    const a = await f.category('服饰');
    const b = await f.category('男装', a);
    await expect(f.update('api::category.category', a.documentId, { parent: b.documentId })).rejects.toMatchObject({
      message: expect.stringMatching(/循环/),
    });
    const stored = await cms.strapi.db.query('api::category.category').findOne({ where: { documentId: a.documentId }, populate: ['parent'] });
    expect(stored.parent).toBeNull();
  });

  test('goods hang on leaves only', async () => {
    const a = await f.category('食品');
    const b = await f.category('零食', a);
    await expect(f.good('薯片', a, [{ pointsPrice: 10 }])).rejects.toMatchObject({ message: expect.stringMatching(/末级分类/) });
    const good = await f.good('薯片', b, [{ pointsPrice: 10 }]);
    expect(good.documentId).toBeTruthy();
    await expect(f.category('膨化', b)).rejects.toMatchObject({ message: expect.stringMatching(/已经挂有商品/) });
  });

  test('the admin (content manager over HTTP) shows the refusal as a 400 naming the field', async () => {
    const superAdmin = await (cms.strapi.service('admin::role') as any).getSuperAdmin();
    await (cms.strapi.service('admin::user') as any).create({
      email: 'ops@example.test',
      firstname: '运营',
      password: 'Admin1234!',
      isActive: true,
      roles: [superAdmin.id],
    });
    const login = await request(cms.url).post('/admin/login').send({ email: 'ops@example.test', password: 'Admin1234!' }).expect(200);
    const token = login.body.data.token;
    const a = await f.category('运动');
    const b = await f.category('球类', a);
    const c = await f.category('篮球', b);
    const res = await request(cms.url)
      .post('/content-manager/collection-types/api::category.category')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: '篮球鞋', parent: { connect: [{ documentId: c.documentId }] } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/最多 3 级/);
    expect(res.body.error.details.errors[0].path).toEqual(['parent']);
  });

  test('negative stock or price is refused', async () => {
    const a = await f.category('文具');
    const b = await f.category('笔', a);
    await expect(f.good('钢笔', b, [{ pointsPrice: -1 }])).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(f.good('铅笔', b, [{ pointsPrice: 5, stock: -3 }])).rejects.toMatchObject({ name: 'ValidationError' });
  });

  test('a banner ending before it starts is refused', async () => {
    await expect(
      f.banner({ title: '双十一', linkType: 'external', linkValue: 'https://example.com', startAt: '2026-11-11T00:00:00Z', endAt: '2026-11-10T00:00:00Z' }),
    ).rejects.toMatchObject({ name: 'ValidationError', message: '参数错误：endAt：结束时间必须晚于开始时间' });
  });
});
