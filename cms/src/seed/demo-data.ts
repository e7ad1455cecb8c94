import type { Core } from '@strapi/strapi';
import { seedMall, type SeedReport } from './mall-seed';

/** Where the database remembers that it holds the demo data (Strapi's core store, table strapi_core_store_settings). */
const MARKER = { type: 'app', name: 'wedraw', key: 'demo-data' } as const;

interface Marker {
  /** `loading` while a load runs (a load cut short resumes at the next start), then `loaded`. */
  state: 'loading' | 'loaded';
  at: string;
  /** `earlier` when the mall already had goods before the marker existed: nothing was loaded. */
  how?: 'loaded' | 'earlier';
}

export type DemoReport = { loaded: false; since: string } | { loaded: true; mall: SeedReport; plugins: Record<string, unknown> };

/**
 * The demo data goes into a database once: the mall (database/seed), then the plugins' demo data
 * (points rules, the sandbox's WeChat apps and replies, the WeCom demo corp with customers, groups, welcome
 * rules and a robot). Afterwards the database is the operators':
 * a renamed good stays renamed, a deleted one stays deleted, whatever the restarts. A marker in
 * Strapi's core store says so; a load cut short (marker `loading`) resumes, each record found by its
 * natural key. A database whose mall has goods but no marker (loaded before the marker existed, or
 * holding real data) is marked and left alone.
 */
export async function loadDemoData(strapi: Core.Strapi, seedDir: string, sandboxUrl: string): Promise<DemoReport> {
  const store = strapi.store(MARKER);
  const marker = (await store.get({})) as Marker | null;
  if (marker?.state === 'loaded') return { loaded: false, since: marker.at };
  if (!marker && (await strapi.db.query('api::good.good').count()) > 0) {
    const at = new Date().toISOString();
    await store.set({ value: { state: 'loaded', at, how: 'earlier' } satisfies Marker });
    return { loaded: false, since: at };
  }
  await store.set({ value: { state: 'loading', at: new Date().toISOString() } satisfies Marker });
  const mall = await seedMall(strapi, seedDir);
  const plugins: Record<string, unknown> = {};
  for (const [plugin, args] of [
    ['points', []],
    ['wechat', [sandboxUrl]],
    ['wecom', [sandboxUrl, { customers: true }]],
    ['pay', [sandboxUrl]],
  ] as const) {
    const demo = strapi.plugin(plugin)?.service('demo') as { seed?: (...a: unknown[]) => Promise<unknown> } | undefined;
    if (demo?.seed) plugins[plugin] = (await demo.seed(...args)) ?? 'ok';
  }
  await store.set({ value: { state: 'loaded', at: new Date().toISOString(), how: 'loaded' } satisfies Marker });
  return { loaded: true, mall, plugins };
}
