#!/usr/bin/env node
/**
 * bench/h5: Lighthouse (its defaults: mobile emulation, simulated throttling) on the H5's home and
 * a goods detail page, served by a production build of the H5 against a CMS on MySQL + Redis with
 * the demo data. Prints the performance score, LCP and the JS transferred per page.
 *
 *   node bench/h5.mjs [--skip-build]
 * Env: CHROME_PATH (default /usr/bin/chromium). The CMS is the H5 e2e one (h5/tests/e2e/cms-server.cts)
 * on the test services (MySQL root@127.0.0.1, Redis 127.0.0.1:6379; cms/tests/harness/services.js),
 * a fresh database dropped at the end. Plain JavaScript: Lighthouse cannot run under a TS loader.
 * Targets (issue 7): score ≥ 90, LCP ≤ 2 s, home JS ≤ 150 KB compressed.
 * Last line: one JSON object (DESIGN.md bench convention).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildH5, serveH5, startCmsChild } from '../h5/tests/e2e/processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const h5Dir = path.join(root, 'h5');
const tmp = path.join(h5Dir, 'tests', '.tmp');
const outputDir = path.join(tmp, 'bench-output');
const skipBuild = process.argv.includes('--skip-build') && existsSync(path.join(outputDir, 'server', 'index.mjs'));

/** Performance score, LCP and the JavaScript bytes transferred of one page. */
async function measure(url, port) {
  const { lhr } = await lighthouse(url, { port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const ms = (audit) => Math.round(lhr.audits[audit]?.numericValue ?? 0);
  if (process.env.BENCH_H5_DETAILS) {
    for (const id of ['largest-contentful-paint-element', 'layout-shifts', 'render-blocking-resources', 'bootup-time']) {
      console.log(id, JSON.stringify(lhr.audits[id]?.details?.items ?? lhr.audits[id]?.displayValue ?? null).slice(0, 1500));
    }
  }
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: ms('largest-contentful-paint'),
    fcpMs: ms('first-contentful-paint'),
    tbtMs: ms('total-blocking-time'),
    cls: Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    jsKB: Math.round(jsBytes / 102.4) / 10,
  };
}

async function main() {
  process.env.WEDRAW_TEST_SERVICES = 'required';
  const started = [];
  try {
    const [cms] = await Promise.all([
      startCmsChild(h5Dir, 'http://127.0.0.1:7100').then((c) => (started.push(c), c)),
      skipBuild ? null : buildH5(h5Dir, outputDir, path.join(tmp, 'bench-nuxt')),
    ]);
    const api = `${cms.value}/api`;
    const h5 = await serveH5(h5Dir, outputDir, api);
    started.push(h5);
    const home = await (await fetch(`${api}/mall/home`)).json();
    const good = home.data.zones[0].goods[0].documentId;

    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const figures = [];
    try {
      for (const [page, url] of [['home', `${h5.url}/`], ['detail', `${h5.url}/goods/${good}`]]) {
        await fetch(url); // the server's first render is not what a visitor waits for
        figures.push({ page, ...(await measure(url, chrome.port)) });
      }
    } finally {
      chrome.kill();
    }
    for (const f of figures) console.log(`${f.page.padEnd(7)} score ${f.score}  LCP ${f.lcpMs} ms  FCP ${f.fcpMs} ms  TBT ${f.tbtMs} ms  CLS ${f.cls}  JS ${f.jsKB} KB transferred`);
    const [h, d] = figures;
    console.log(JSON.stringify({ bench: 'h5', value: h.score, unit: 'lighthouse-score', target: 90, lcpMs: h.lcpMs, jsKB: h.jsKB, detailScore: d.score, detailLcpMs: d.lcpMs, detailJsKB: d.jsKB }));
  } finally {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
