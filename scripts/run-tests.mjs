#!/usr/bin/env node
/**
 * `npm test`: builds the plugins and the CMS (the suites that need neither run meanwhile), runs
 * every workspace's test suite, two side by side (`TEST_LANES=N` runs N; 1 is one at a time), and
 * ends with one line `N passed, N failed` summing them all. Every suite has its own databases and Redis key prefix. Exits non-zero when any test failed or a suite crashed.
 * Each runner writes its JSON report (jest --json / vitest json reporter) into .test-results/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { ensureBrowser, ensurePromtool } from './lib/browser-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const only = process.argv.slice(2);

/** A build step, its output inline; resolves with its exit status (async: suites run beside it). */
function run(cmd, args) {
  return new Promise((resolve) => {
    spawn(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * What a run must leave as it found it: the working tree as git sees it (tracked changes and
 * untracked files) and cms/public/uploads, which git ignores but where test uploads land.
 */
function treeState() {
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  const uploads = path.join(root, 'cms', 'public', 'uploads');
  const files = existsSync(uploads) ? readdirSync(uploads, { recursive: true }).map((f) => `cms/public/uploads/${f}`) : [];
  return new Set([...(status.status === 0 ? status.stdout.split('\n').filter(Boolean) : []), ...files.filter((f) => !f.endsWith('.gitkeep'))]);
}
const treeBefore = treeState();

// The H5 and the admin have browser tests.
const browserProblem = !only.length || only.some((w) => w === 'h5' || w === 'cms' || w.startsWith('plugins/')) ? ensureBrowser() : null;
// The monitoring tests check the Prometheus rules with promtool.
const promtoolProblem = !browserProblem && (!only.length || only.includes('plugins/ops')) ? ensurePromtool() : null;
if (browserProblem || promtoolProblem) {
  console.log(browserProblem ?? promtoolProblem);
  process.exit(1);
}

let passed = 0;
let failed = 0;
let crashed = false;
/** Each failed test's file, name and the head of its message: repeated at the very end of the run. */
const failures = [];

/** The failed tests of a jest or vitest JSON report (both use testResults[].assertionResults[]). */
function failuresOf(suiteName, report) {
  const out = [];
  for (const file of report.testResults ?? []) {
    const where = `${suiteName} ${path.relative(root, file.name ?? file.testFilePath ?? '')}`;
    const failing = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failing) out.push({ where, title: a.fullName ?? a.title, message: (a.failureMessages ?? []).join('\n') });
    // A file that failed outside its tests (a hook, a syntax error, a boot failure) has only a message.
    if (!failing.length && file.status === 'failed') out.push({ where, title: '(the file itself)', message: file.message ?? '' });
  }
  return out;
}

/**
 * The plugins, the CMS's server code and its admin panel are built once, before the suites that
 * use them run side by side (a suite that built them itself would rewrite dist under the others'
 * feet); the suites that use none of it run meanwhile.
 */
const needsCms = (ws) => ws === 'cms' || ws === 'h5' || ws === 'miniprogram' || ws.startsWith('plugins/');
/** Suites that use no build output (the contract's tests read the OpenAPI module the CMS build writes). */
const needsNoBuild = (ws) => !needsCms(ws) && ws !== 'packages/contract';
const selected = pkg.workspaces.filter((ws) => !only.length || only.includes(ws));
const env = { ...process.env };

/** The plugins, then (when a selected suite boots it) the CMS's server code and admin panel. */
async function build() {
  if ((await run('npm', ['run', 'build:plugins'])) !== 0) return false;
  if (!selected.some(needsCms)) return true;
  console.log('\n=== compiling the CMS and building its admin panel ===');
  const harness = path.join(root, 'cms', 'tests', 'harness');
  const built =
    (await run('node', [path.join(harness, 'compile-cms.js')])) === 0 &&
    (await run('node', ['--import', 'tsx', '-e', `require(${JSON.stringify(path.join(harness, 'admin-build.ts'))}).ensureAdminBuild()`])) === 0;
  if (built) env.WEDRAW_TEST_CMS_COMPILED = '1';
  return built;
}

/**
 * The longest suites first, so that the lanes end together; a workspace not listed runs last.
 * Each suite's output is kept in .test-results/<name>.log and printed whole when it ends.
 */
const LONGEST_FIRST = [
  'sandbox',
  'cms',
  'plugins/wecom',
  'h5',
  'plugins/messaging',
  'plugins/wechat',
  'miniprogram',
  'plugins/pay',
  'plugins/audit',
  'plugins/ops',
  'plugins/points',
  'plugins/analytics',
];
const rank = (ws) => (LONGEST_FIRST.includes(ws) ? LONGEST_FIRST.indexOf(ws) : LONGEST_FIRST.length);
// Two suites side by side unless TEST_LANES says otherwise (two lanes on two cores: ~37 min instead of ~46 in CI).
const lanes = Math.max(1, Math.min(Number(process.env.TEST_LANES) || 2, availableParallelism()));

/**
 * Tests that rewrite cms/dist (`npm run dev` compiles the CMS and starts `strapi develop`, which
 * empties dist first) run alone once the lanes are done: their workspace's run in a lane skips them.
 */
const EXCLUSIVE = { cms: 'tests/dev-script.test.ts' };

function runLogged(name, cmd, args, extraEnv = {}) {
  const log = path.join(results, `${name.replace(/\W+/g, '_')}.log`);
  const out = openSync(log, 'w');
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', out, out], env: { ...env, ...extraEnv } });
    child.on('close', (code) => {
      closeSync(out);
      console.log(`\n=== ${name} (${Math.round((Date.now() - started) / 1000)} s) ===`);
      process.stdout.write(readFileSync(log, 'utf8'));
      resolve(code ?? 1);
    });
  });
}

/** One test run of a workspace (`args`: more for its runner, `extraEnv`), its report added to the totals. */
function suite(ws, name, args = [], extraEnv = {}) {
  const wsPkg = JSON.parse(readFileSync(path.join(root, ws, 'package.json'), 'utf8'));
  const deps = { ...wsPkg.dependencies, ...wsPkg.devDependencies };
  const report = path.join(results, `${name.replace(/\W+/g, '_')}.json`);
  const reporterArgs = deps.vitest ? ['--reporter=default', '--reporter=json', `--outputFile=${report}`] : ['--json', `--outputFile=${report}`];
  return async () => {
    const status = await runLogged(name, 'npm', ['run', 'test', '-w', ws, '--', ...reporterArgs, ...args], extraEnv);
    if (existsSync(report)) {
      const r = JSON.parse(readFileSync(report, 'utf8'));
      passed += r.numPassedTests ?? 0;
      failed += r.numFailedTests ?? 0;
      // A suite that failed to run (syntax error, boot failure) counts no tests: count it as a failure.
      if ((r.numRuntimeErrorTestSuites ?? 0) > 0) failed += r.numRuntimeErrorTestSuites;
      failures.push(...failuresOf(name, r));
      console.log(`=== ${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests ?? 0} skipped ===`);
    } else {
      failed += 1;
      console.log(`=== ${name}: no report (exit ${status}) ===`);
    }
    if (status !== 0) crashed = true;
  };
}

/** Suites that use no build output run one at a time beside the build; the others wait for it. */
const early = [];
const tasks = [];
const alone = [];
// ESLint and Prettier over every workspace: a lint failure fails the run like a failed test.
if (!only.length || only.includes('lint')) {
  early.push(async () => {
    const lintStatus = await runLogged('lint', 'npm', ['run', 'lint']);
    console.log(`=== lint: ${lintStatus === 0 ? 'clean' : 'FAILED'} ===`);
    if (lintStatus !== 0) failed += 1;
  });
}
for (const ws of [...selected].sort((a, b) => rank(a) - rank(b))) {
  const wsPkg = JSON.parse(readFileSync(path.join(root, ws, 'package.json'), 'utf8'));
  if (!wsPkg.scripts?.test) continue;
  if (EXCLUSIVE[ws]) {
    tasks.push(suite(ws, ws, [], { WEDRAW_TEST_SKIP: EXCLUSIVE[ws] }));
    alone.push(suite(ws, `${ws} ${path.basename(EXCLUSIVE[ws])}`, [EXCLUSIVE[ws]]));
  } else (needsNoBuild(ws) ? early : tasks).push(suite(ws, ws));
}
console.log(`\n=== ${early.length} suites beside the build, then ${tasks.length} in ${lanes} lane(s)${alone.length ? `, then ${alone.length} alone` : ''} ===`);
const drain = async (queue) => {
  while (queue.length) await queue.shift()();
};
const earlyLane = drain(early);
if (!(await build())) {
  await earlyLane;
  console.log(`\n=== the build failed ===\n${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}
// The lane that ran the early suites joins the others once they are done.
await Promise.all([earlyLane.then(() => drain(tasks)), ...Array.from({ length: lanes - 1 }, () => drain(tasks))]);
for (const task of alone) await task();

const leftovers = [...treeState()].filter((entry) => !treeBefore.has(entry));
if (leftovers.length) {
  failed += 1;
  console.log(
    `\n=== the run left the working tree changed (${leftovers.length}): ===\n${leftovers.slice(0, 20).join('\n')}${leftovers.length > 20 ? '\n…' : ''}`,
  );
}

// The failures again, short, just above the totals: a long log is often read from its end.
for (const f of failures) {
  const head = stripVTControlCharacters(f.message)
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 12)
    .join('\n    ');
  console.log(`\n--- FAILED: ${f.where} › ${f.title}\n    ${head}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || crashed ? 1 : 0);
