import path from 'path';
import request from 'supertest';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';
import { auth, points } from './helpers';

/** A test-only plugin (tests/fixtures/points-probe) that registers rules as another plugin would. */
const PROBE_DIR = path.join(__dirname, 'fixtures', 'points-probe');

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms({ WEDRAW_TEST_PLUGINS: PROBE_DIR });
}, 120_000);
afterAll(() => cms?.stop());

interface ProbeReport {
  isLoaded: boolean;
  pointsBootstrapped: boolean;
  userId: number;
  awards: { source: string; delta: number }[];
}
const probe = () => (cms.strapi.plugin('points-probe') as unknown as { bootstrapped: ProbeReport }).bootstrapped;

test("a plugin whose bootstrap runs after points' registers rules and awards them there", async () => {
  const report = probe();
  // the order that used to lose the registration: points has bootstrapped, Strapi is not loaded yet
  expect(report.pointsBootstrapped).toBe(true);
  expect(report.isLoaded).toBe(false);
  expect(report.awards).toEqual([
    { source: 'probe-early', delta: 7 },
    { source: 'probe-late', delta: 11 },
  ]);

  const rules = await points(cms.strapi).rules.list();
  expect(rules.filter((r: { code: string }) => r.code.startsWith('probe-')).map((r: { code: string; name: string }) => [r.code, r.name])).toEqual([
    ['probe-early', '测试来源（register）'],
    ['probe-late', '测试来源（bootstrap）'],
  ]);

  // the probe's user sees both lines and the balance over HTTP
  const jwt = await cms.strapi.plugin('users-permissions').service('jwt').issue({ id: report.userId });
  const me = await request(cms.url).get('/api/points/me').set(auth(jwt)).expect(200);
  expect(me.body.data.balance).toBe(18);
  const lines = await request(cms.url).get('/api/points/me/transactions').set(auth(jwt)).expect(200);
  expect(lines.body.data.map((l: { source: string; delta: number; type: string }) => [l.type, l.source, l.delta]).sort()).toEqual([
    ['earn', 'probe-early', 7],
    ['earn', 'probe-late', 11],
  ]);
});

test('a rule registered once Strapi is running is written at once; an operator edit is never overwritten', async () => {
  const { rules, ledger } = points(cms.strapi);
  await rules.register({ code: 'probe-running', name: '运行中注册', points: 3 });
  expect(await rules.find('probe-running')).toMatchObject({ points: 3, enabled: true });
  const { userId } = probe();
  const { line } = await ledger.award(userId, 'probe-running', { idempotencyKey: `probe-running:${userId}` });
  expect(line).toMatchObject({ type: 'earn', source: 'probe-running', delta: 3 });

  await cms.strapi.db.query('plugin::points.rule').update({ where: { code: 'probe-late' }, data: { points: 99 } });
  await rules.register({ code: 'probe-late', name: '测试来源（bootstrap）', points: 11 });
  await rules.ensure();
  expect((await rules.find('probe-late')).points).toBe(99);
});
