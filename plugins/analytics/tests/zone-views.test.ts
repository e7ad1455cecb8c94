import request from 'supertest';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';
import { adminJwt } from '../../messaging/tests/helpers';

/**
 * Zone views per day: openings of a zone's goods page reported over HTTP (today) and placed on both
 * sides of 00:00 Asia/Shanghai (the test process runs in UTC), counted by the catch-up, compared with
 * a recount of the view rows, then rebuilt: same numbers; the 订单与积分 dashboard draws them per
 * zone and the home shows today's views against yesterday.
 */
jest.setTimeout(240_000);

let cms: TestCms;
let jwt: string;
const LAST_SECOND = new Date('2026-11-30T15:59:59.000Z'); // 23:59:59 on 11-30 in Shanghai
const MIDNIGHT = new Date('2026-11-30T16:00:00.000Z'); // 00:00:00 on 12-01 in Shanghai
const sh = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(0);
  cms = await startCms({ ANALYTICS_CATCH_UP_EVERY_MS: '0', ANALYTICS_OVERLAP_MS: '0', ANALYTICS_BATCH_SIZE: '2' });
  jwt = await adminJwt(cms);
});
afterAll(async () => cms?.stop());

const admin = (method: 'get' | 'post', path: string) => request(cms.url)[method](path).set('Authorization', `Bearer ${jwt}`);
const catchUp = async () => (await admin('post', '/analytics/catch-up').expect(200)).body.data as { source: string; rows: number }[];
const view = (code: string, userAgent: string) => request(cms.url).post(`/api/zones/${code}/view`).set('User-Agent', userAgent).expect(204);
/** The endpoint's own service, for views at a chosen instant (the HTTP views land on today). */
const viewAt = (code: string, visitor: string, at: Date) => cms.strapi.service('api::zone.zone').recordView(code, visitor, at);

async function zone(code: string, name: string, enabled = true): Promise<string> {
  const row = await cms.strapi.db.query('api::zone.zone' as any).create({ data: { code, name, strategy: 'manual', enabled } });
  return row.documentId as string;
}

/** The zone metrics recounted here from the view rows. */
async function recount(): Promise<Map<string, number>> {
  const rows = (await cms.strapi.db.query('api::zone-view.zone-view' as any).findMany({ limit: 100_000 })) as any[];
  const out = new Map<string, number>();
  const add = (key: string, v: number) => out.set(key, (out.get(key) ?? 0) + v);
  const visitorsPerDay = new Map<string, Set<string>>();
  for (const r of rows) {
    add(`zones.views||${r.day}`, r.views);
    add(`zones.views|zone:${r.zone}|${r.day}`, r.views);
    add(`zones.visitors|zone:${r.zone}|${r.day}`, 1);
    visitorsPerDay.set(r.day, (visitorsPerDay.get(r.day) ?? new Set()).add(r.visitor));
  }
  for (const [day, visitors] of visitorsPerDay) out.set(`zones.visitors||${day}`, visitors.size);
  return out;
}

async function stored(): Promise<Map<string, number>> {
  const rows = (await cms.strapi.db
    .query('plugin::analytics.daily-stat' as any)
    .findMany({ where: { metric: { $startsWith: 'zones.' } }, limit: 100_000 })) as any[];
  return new Map(rows.map((r) => [`${r.metric}|${r.dimension}|${r.day}`, Number(r.value)]));
}

test('zone views per day equal a recount of the view rows across 00:00 Shanghai; a rebuild gives the same; the dashboard and home show them', async () => {
  const today = sh(new Date());
  const [hot, sale] = [await zone('zv-hot', '热门兑换'), await zone('zv-sale', '限时, 折扣')];
  await zone('zv-off', '已停用专区', false);
  await request(cms.url).post('/api/zones/nope/view').expect(404);
  await request(cms.url).post('/api/zones/zv-off/view').expect(404);
  await request(cms.url).post('/api/zones/BAD!/view').expect(400);

  // Today over HTTP: one visitor opens the first zone 30 times and the second twice; another once.
  for (let i = 0; i < 30; i++) await view('zv-hot', 'Browser A');
  await view('zv-sale', 'Browser A');
  await view('zv-sale', 'Browser A');
  await view('zv-hot', 'Browser B');
  // Around midnight in Shanghai: a logged-in user and a visitor on both sides.
  await viewAt('zv-hot', 'user:7', LAST_SECOND);
  await viewAt('zv-hot', 'user:7', LAST_SECOND);
  await viewAt('zv-hot', 'user:7', MIDNIGHT);
  await viewAt('zv-sale', 'anon:x', MIDNIGHT);

  await catchUp();
  const first = await stored();
  expect(first).toEqual(await recount());
  expect(first.get(`zones.views|zone:${hot}|${today}`)).toBe(31);
  expect(first.get(`zones.visitors|zone:${hot}|${today}`)).toBe(2);
  expect(first.get(`zones.views||${today}`)).toBe(33);
  expect(first.get(`zones.visitors||${today}`)).toBe(2); // Browser A opened both zones: one visitor
  expect(first.get(`zones.views|zone:${hot}|2026-11-30`)).toBe(2);
  expect(first.get(`zones.visitors|zone:${hot}|2026-11-30`)).toBe(1);
  expect(first.get('zones.visitors||2026-12-01')).toBe(2);

  // More views on 12-01: the catch-up reads only the changed rows (one updated, one new).
  await viewAt('zv-sale', 'anon:x', new Date(MIDNIGHT.getTime() + 3600_000));
  await viewAt('zv-sale', 'user:7', new Date(MIDNIGHT.getTime() + 7200_000));
  const reports = await catchUp();
  expect(reports.find((r) => r.source === 'mall.zoneViews')?.rows).toBe(2);
  const afterCatchUp = await stored();
  expect(afterCatchUp).toEqual(await recount());
  expect(afterCatchUp.get(`zones.views|zone:${sale}|2026-12-01`)).toBe(3);
  expect(afterCatchUp.get(`zones.visitors|zone:${sale}|2026-12-01`)).toBe(2);

  await admin('post', '/analytics/rebuild').expect(200);
  expect(await stored()).toEqual(afterCatchUp);

  // The 订单与积分 dashboard: views per zone per day, named by the zone's name; the ranking; the CSV.
  const path = `/analytics/dashboards/orders?from=2026-11-30&to=${today}`;
  const board = (await admin('get', path).expect(200)).body.data;
  const perZone = board.charts.find((c: any) => c.key === 'viewsPerZone');
  expect(perZone.buckets[0]).toBe('2026-11-30');
  const values = (label: string) => perZone.series.find((s: any) => s.label === label).values as number[];
  expect(values('热门兑换').slice(0, 2)).toEqual([2, 1]);
  expect(values('热门兑换').at(-1)).toBe(31);
  expect(values('限时, 折扣').slice(0, 2)).toEqual([0, 3]);
  const totalsChart = board.charts.find((c: any) => c.key === 'zoneViews');
  expect(totalsChart.series.map((s: any) => s.values[1])).toEqual([4, 2]);
  const ranking = board.breakdowns.find((b: any) => b.key === 'zones').rows;
  expect(ranking).toContainEqual({ dimension: hot, label: '热门兑换', value: 4 });
  const csv = await admin('get', path.replace('orders?', 'orders/export?')).expect(200);
  expect(csv.text).toContain('各专区浏览次数（前 10）');
  expect(csv.text).toMatch(/日期,(热门兑换|"限时, 折扣"),(热门兑换|"限时, 折扣")/);
  expect(csv.text).toContain('2026-11-30,2,0');

  // The home: today's zone views (and banner clicks) with the change from yesterday.
  const home = (await admin('get', '/analytics/home').expect(200)).body.data;
  const figure = (metric: string) => home.figures.find((f: any) => f.metric === metric);
  expect(figure('zones.views')).toMatchObject({ label: '专区浏览', today: 33 });
  expect(figure('zones.views').change).toBe(33 - figure('zones.views').yesterday);
  expect(figure('banners.clicks')).toMatchObject({ label: '轮播图点击', today: 0 });
});
