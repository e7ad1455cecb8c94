import request from 'supertest';
import { startCms, type TestCms } from '../../../cms/tests/harness/strapi';
import { adminJwt } from '../../messaging/tests/helpers';

/**
 * Banner clicks per day: clicks over HTTP (today) and clicks placed on both sides of 00:00
 * Asia/Shanghai (the test process runs in UTC), counted by the catch-up, compared with a recount of
 * the click rows, then rebuilt: same numbers; the 订单与积分 dashboard draws them per banner.
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
const click = (documentId: string, userAgent: string) => request(cms.url).post(`/api/banners/${documentId}/click`).set('User-Agent', userAgent).expect(204);
/** The endpoint's own service, for clicks at a chosen instant (the HTTP clicks land on today). */
const clickAt = (documentId: string, visitor: string, at: Date) => cms.strapi.service('api::banner.banner').recordClick(documentId, visitor, at);

async function banner(title: string): Promise<string> {
  const row = await cms.strapi.db.query('api::banner.banner' as any).create({ data: { title, linkType: 'goods-list', enabled: true } });
  return row.documentId as string;
}

/** The banner metrics recounted here from the click rows. */
async function recount(): Promise<Map<string, number>> {
  const rows = (await cms.strapi.db.query('api::banner-click.banner-click' as any).findMany({ limit: 100_000 })) as any[];
  const out = new Map<string, number>();
  const add = (key: string, v: number) => out.set(key, (out.get(key) ?? 0) + v);
  const visitorsPerDay = new Map<string, Set<string>>();
  for (const r of rows) {
    add(`banners.clicks||${r.day}`, r.clicks);
    add(`banners.clicks|banner:${r.banner}|${r.day}`, r.clicks);
    add(`banners.visitors|banner:${r.banner}|${r.day}`, 1);
    visitorsPerDay.set(r.day, (visitorsPerDay.get(r.day) ?? new Set()).add(r.visitor));
  }
  for (const [day, visitors] of visitorsPerDay) out.set(`banners.visitors||${day}`, visitors.size);
  return out;
}

async function stored(): Promise<Map<string, number>> {
  const rows = (await cms.strapi.db
    .query('plugin::analytics.daily-stat' as any)
    .findMany({ where: { metric: { $startsWith: 'banners.' } }, limit: 100_000 })) as any[];
  return new Map(rows.map((r) => [`${r.metric}|${r.dimension}|${r.day}`, Number(r.value)]));
}

test('banner clicks per day equal a recount of the click rows across 00:00 Shanghai; a rebuild gives the same; the dashboard draws them', async () => {
  const today = sh(new Date());
  const [spring, sale] = [await banner('春季上新'), await banner('积分兑换, 限时')];
  await request(cms.url).post('/api/banners/nope/click').expect(404);

  // Today over HTTP: one visitor clicks the first banner 50 times and the second twice; another once.
  for (let i = 0; i < 50; i++) await click(spring, 'Browser A');
  await click(sale, 'Browser A');
  await click(sale, 'Browser A');
  await click(spring, 'Browser B');
  // Around midnight in Shanghai: a logged-in user and a visitor on both sides.
  await clickAt(spring, 'user:7', LAST_SECOND);
  await clickAt(spring, 'user:7', LAST_SECOND);
  await clickAt(spring, 'user:7', MIDNIGHT);
  await clickAt(sale, 'anon:x', MIDNIGHT);

  await catchUp();
  const first = await stored();
  expect(first).toEqual(await recount());
  expect(first.get(`banners.clicks|banner:${spring}|${today}`)).toBe(51);
  expect(first.get(`banners.visitors|banner:${spring}|${today}`)).toBe(2);
  expect(first.get(`banners.clicks||${today}`)).toBe(53);
  expect(first.get(`banners.visitors||${today}`)).toBe(2); // Browser A clicked both banners: one visitor
  expect(first.get(`banners.clicks|banner:${spring}|2026-11-30`)).toBe(2);
  expect(first.get(`banners.visitors|banner:${spring}|2026-11-30`)).toBe(1);
  expect(first.get('banners.visitors||2026-12-01')).toBe(2);

  // More clicks on 12-01: the catch-up reads only the changed rows (one updated, one new).
  await clickAt(sale, 'anon:x', new Date(MIDNIGHT.getTime() + 3600_000));
  await clickAt(sale, 'user:7', new Date(MIDNIGHT.getTime() + 7200_000));
  const reports = await catchUp();
  expect(reports.find((r) => r.source === 'mall.bannerClicks')?.rows).toBe(2);
  const afterCatchUp = await stored();
  expect(afterCatchUp).toEqual(await recount());
  expect(afterCatchUp.get(`banners.clicks|banner:${sale}|2026-12-01`)).toBe(3);
  expect(afterCatchUp.get(`banners.visitors|banner:${sale}|2026-12-01`)).toBe(2);

  await admin('post', '/analytics/rebuild').expect(200);
  expect(await stored()).toEqual(afterCatchUp);

  // The running total still counts every click (Redis, flushed into banners.clicks).
  await cms.strapi.service('api::banner.banner').flushClicks();
  const totals = (await cms.strapi.db.query('api::banner.banner' as any).findMany({ select: ['documentId', 'clicks'] })) as any[];
  expect(Object.fromEntries(totals.map((b) => [b.documentId, b.clicks]))).toEqual({ [spring]: 54, [sale]: 5 });

  // The 订单与积分 dashboard: clicks per banner per day, named by title; the CSV too.
  const path = `/analytics/dashboards/orders?from=2026-11-30&to=${today}`;
  const board = (await admin('get', path).expect(200)).body.data;
  const perBanner = board.charts.find((c: any) => c.key === 'clicksPerBanner');
  expect(perBanner.buckets[0]).toBe('2026-11-30');
  const values = (label: string) => perBanner.series.find((s: any) => s.label === label).values as number[];
  expect(values('春季上新').slice(0, 2)).toEqual([2, 1]);
  expect(values('春季上新').at(-1)).toBe(51);
  expect(values('积分兑换, 限时').slice(0, 2)).toEqual([0, 3]);
  const totalsChart = board.charts.find((c: any) => c.key === 'bannerClicks');
  expect(totalsChart.series.map((s: any) => s.values[1])).toEqual([4, 2]);
  const ranking = board.breakdowns.find((b: any) => b.key === 'banners').rows;
  expect(ranking).toContainEqual({ dimension: spring, label: '春季上新', value: 4 });
  const csv = await admin('get', path.replace('orders?', 'orders/export?')).expect(200);
  expect(csv.text).toContain('各轮播图点击次数（前 10）');
  expect(csv.text).toMatch(/日期,(春季上新|"积分兑换, 限时"),(春季上新|"积分兑换, 限时")/);
  expect(csv.text).toContain('2026-11-30,2,0');
});
