/**
 * bench/h5: Lighthouse (its defaults: mobile emulation, simulated slow-4G throttling, 4x CPU
 * slowdown) on the H5's home and a goods detail page, served by a production build of the H5
 * against a CMS on MySQL + Redis with the demo data. Each page is measured several times (other
 * work on the machine moves the figures): it prints every run, the median and the spread of the
 * performance score, LCP, FCP, TBT, CLS and the JavaScript transferred.
 *
 *   node --import tsx bench/h5.ts [--skip-build] [--runs 5]
 * Env: CHROME_PATH (default /usr/bin/chromium); BENCH_H5_CMS_URL to use a CMS already running
 * (otherwise the H5 e2e one, h5/tests/e2e/cms-server.cts, on a fresh MySQL database dropped at the
 * end); BENCH_H5_DETAILS=1 to also print the LCP element, blocking resources and requests.
 * Lighthouse runs as its own CLI process: its page-side functions are serialized into the browser,
 * and the TypeScript loader's helpers (`__name`) would not exist there.
 * Targets (issue 7): score >= 90, LCP <= 2 s, home JS <= 150 KB compressed.
 * Last line: one JSON object (DESIGN.md bench convention), value = the home's median LCP.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';

const root = path.resolve(__dirname, '..');
const h5Dir = path.join(root, 'h5');
const tmp = path.join(h5Dir, 'tests', '.tmp');
const outputDir = path.join(tmp, 'bench-output');
const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build') && existsSync(path.join(outputDir, 'server', 'index.mjs'));
const runs = Math.max(1, Number(args[args.indexOf('--runs') + 1]) || 5);
const details = !!process.env.BENCH_H5_DETAILS;
const lighthouseCli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
const TARGET = { score: 90, lcpMs: 2000, homeJsKB: 150 };

type Processes = typeof import('../h5/tests/e2e/processes.mjs');
interface Audit {
  numericValue?: number;
  displayValue?: string;
  details?: { items?: unknown[] };
}
interface Lhr {
  categories: { performance?: { score: number | null } };
  audits: Record<string, Audit | undefined>;
  runtimeError?: { message: string };
}
interface Figures {
  score: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  jsKB: number;
}

/** One Lighthouse run of `url` in the Chrome listening on `port`, through the lighthouse CLI. */
async function lighthouse(url: string, port: number): Promise<Lhr> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-h5-'));
  const report = path.join(dir, 'report.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [lighthouseCli, url, `--port=${port}`, '--only-categories=performance', '--output=json', `--output-path=${report}`, '--quiet'],
      { maxBuffer: 64 << 20 },
    );
    const lhr = JSON.parse(readFileSync(report, 'utf8')) as Lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function figuresOf(lhr: Lhr): Figures {
  const requests = (lhr.audits['network-requests']?.details?.items ?? []) as Array<{ resourceType?: string; transferSize?: number }>;
  const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const ms = (audit: string) => Math.round(lhr.audits[audit]?.numericValue ?? 0);
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: ms('largest-contentful-paint'),
    fcpMs: ms('first-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    jsKB: Math.round(jsBytes / 102.4) / 10,
  };
}

function printDetails(lhr: Lhr) {
  for (const id of ['largest-contentful-paint-element', 'render-blocking-resources', 'layout-shifts', 'bootup-time']) {
    console.log(`  ${id}: ${JSON.stringify(lhr.audits[id]?.details?.items ?? lhr.audits[id]?.displayValue ?? null).slice(0, 1500)}`);
  }
  const requests = (lhr.audits['network-requests']?.details?.items ?? []) as Array<Record<string, unknown>>;
  for (const r of requests)
    console.log(
      `  ${String(r.priority).padEnd(8)} ${String(r.resourceType).padEnd(10)} ${Math.round(Number(r.networkRequestTime))}-${Math.round(Number(r.networkEndTime))} ms ${r.transferSize} B ${r.url}`,
    );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round(((sorted[mid - 1]! + sorted[mid]!) / 2) * 10) / 10;
};
const spread = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Median of every figure over the runs of one page, and the spread of score and LCP. */
function summarize(page: string, all: Figures[]) {
  const pick = (key: keyof Figures) => all.map((f) => f[key]);
  const m = Object.fromEntries((Object.keys(all[0]!) as Array<keyof Figures>).map((k) => [k, median(pick(k))])) as unknown as Figures;
  console.log(
    `${page.padEnd(7)} median of ${all.length}: score ${m.score} (${spread(pick('score'))})  LCP ${m.lcpMs} ms (${spread(pick('lcpMs'))})  ` +
      `FCP ${m.fcpMs} ms  TBT ${m.tbtMs} ms  CLS ${m.cls}  JS ${m.jsKB} KB transferred (${spread(pick('jsKB'))})`,
  );
  return { ...m, lcpSpread: [Math.min(...pick('lcpMs')), Math.max(...pick('lcpMs'))] };
}

async function main() {
  process.env.WEDRAW_TEST_SERVICES = 'required';
  // tsx runs this file as CommonJS; the e2e helpers are an ES module (so the import stays dynamic).
  const { buildH5, run, serveH5, startCmsChild } = (await import('../h5/tests/e2e/processes.mjs')) as Processes;
  const started: Array<{ stop(): Promise<void> }> = [];
  try {
    const useCms = process.env.BENCH_H5_CMS_URL;
    const build = async () => {
      if (skipBuild) return;
      // The build's TypeScript settings extend the ones `nuxt prepare` writes (absent in a fresh checkout).
      if (!existsSync(path.join(h5Dir, '.nuxt', 'tsconfig.app.json')))
        await run('nuxt prepare', process.execPath, [path.join(root, 'node_modules', 'nuxt', 'bin', 'nuxt.mjs'), 'prepare'], { cwd: h5Dir, env: process.env });
      await buildH5(h5Dir, outputDir, path.join(tmp, 'bench-nuxt'));
    };
    const [cmsUrl] = await Promise.all([
      useCms ? Promise.resolve(useCms) : startCmsChild(h5Dir, 'http://127.0.0.1:7100').then((c) => (started.push(c), c.value)),
      build(),
    ]);
    const api = `${cmsUrl}/api`;
    const h5 = await serveH5(h5Dir, outputDir, api);
    started.push(h5);
    const home = (await (await fetch(`${api}/mall/home`)).json()) as { data: { zones: Array<{ goods: Array<{ documentId: string }> }> } };
    const good = home.data.zones[0]!.goods[0]!.documentId;
    const pages = [
      ['home', `${h5.url}/`],
      ['detail', `${h5.url}/goods/${good}`],
    ] as const;

    console.log(`[bench] load average before: ${load()} (2 cores shared with other work)`);
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const results: Record<string, Figures[]> = { home: [], detail: [] };
    try {
      for (const [, url] of pages) await fetch(url); // the server's first render is not what a visitor waits for
      for (let i = 1; i <= runs; i++) {
        for (const [page, url] of pages) {
          const lhr = await lighthouse(url, chrome.port);
          const f = figuresOf(lhr);
          results[page]!.push(f);
          console.log(
            `run ${i} ${page.padEnd(7)} score ${f.score}  LCP ${f.lcpMs} ms  FCP ${f.fcpMs} ms  TBT ${f.tbtMs} ms  CLS ${f.cls}  JS ${f.jsKB} KB  (load ${load()})`,
          );
          if (details) printDetails(lhr);
        }
      }
    } finally {
      chrome.kill();
    }
    console.log(`[bench] load average after: ${load()}`);
    const h = summarize('home', results.home!);
    const d = summarize('detail', results.detail!);
    console.log(`[bench] targets: score >= ${TARGET.score}, LCP <= ${TARGET.lcpMs} ms, home JS <= ${TARGET.homeJsKB} KB`);
    console.log(
      JSON.stringify({
        bench: 'h5',
        value: h.lcpMs,
        unit: 'ms LCP',
        target: TARGET.lcpMs,
        runs,
        lcpSpreadMs: h.lcpSpread,
        score: h.score,
        fcpMs: h.fcpMs,
        tbtMs: h.tbtMs,
        jsKB: h.jsKB,
        detailLcpMs: d.lcpMs,
        detailLcpSpreadMs: d.lcpSpread,
        detailScore: d.score,
        detailJsKB: d.jsKB,
        loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      }),
    );
  } finally {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
