import { bootStack, CORP_ID, stopStack, type Stack } from './helpers';

/** `npm run seed` on the sandbox corp: customers and groups made by the sandbox's client actions, then pulled. */
describe('demo data with customers (npm run seed)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await bootStack();
  }, 180_000);
  afterAll(() => stopStack(stack));

  test('customers, groups with their members, a channel welcome rule and statistics; a second run adds nothing', async () => {
    const demo = stack.cms.strapi.plugin('wecom').service('demo');
    const first = await demo.seed(stack.sb.url, { customers: true });
    expect(first).toMatchObject({ customers: 8, groups: 2, robots: 0 });

    const q = (uid: string) => stack.cms.strapi.db.query(`plugin::wecom.${uid}`);
    expect(await q('customer').count({ where: { corpId: CORP_ID } })).toBe(8);
    const groups = (await q('customer-group').findMany({ where: { corpId: CORP_ID }, orderBy: { name: 'asc' } })) as { name: string; memberCount: number }[];
    // 会员福利群: owner + 4 customers, one joined the next day, one left the last day; 门店新品体验群: owner + 2, two joined.
    expect(groups.map((g) => [g.name, g.memberCount])).toEqual(
      expect.arrayContaining([
        ['WeDraw 会员福利群', 5],
        ['门店新品体验群', 5],
      ]),
    );
    // The member who left before the first pull is simply not in the group (groupchat/get lists the members now).
    expect(await q('customer-group-member').count({ where: { corpId: CORP_ID, leftAt: null } })).toBe(10);
    expect(await q('welcome-rule').findOne({ where: { corpId: CORP_ID, statePrefix: 'store' } })).toMatchObject({ name: '门店扫码欢迎语' });
    const stats = (await stack.as('get', `/wecom/corps/${CORP_ID}/group-stats`).expect(200)).body.data;
    expect(stats.days.reduce((n: number, d: { newChatCnt: number }) => n + d.newChatCnt, 0)).toBe(2);

    expect(await demo.seed(stack.sb.url, { customers: true })).toMatchObject({ customers: 0, groups: 0 });
    expect(await q('customer').count({ where: { corpId: CORP_ID } })).toBe(8);
  });
});
