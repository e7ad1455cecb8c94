#!/usr/bin/env node
/**
 * `npm test`: builds the plugins, runs every workspace's test suite in turn and ends with one line
 * `N passed, N failed` summing them all. Exits non-zero when any test failed or a suite crashed.
 * Each runner writes its JSON report (jest --json / vitest json reporter) into .test-results/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowser, ensurePromtool } from './lib/browser-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const only = process.argv.slice(2);

function run(cmd, args) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;
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

if (run('npm', ['run', 'build:plugins']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
let failed = 0;
let crashed = false;

// ESLint and Prettier over every workspace: a lint failure fails the run like a failed test.
if (!only.length || only.includes('lint')) {
  console.log('\n=== lint ===');
  const lintStatus = run('npm', ['run', 'lint']);
  console.log(`=== lint: ${lintStatus === 0 ? 'clean' : 'FAILED'} ===`);
  if (lintStatus !== 0) failed += 1;
}
for (const ws of pkg.workspaces) {
  if (only.length && !only.includes(ws)) continue;
  const wsPkg = JSON.parse(readFileSync(path.join(root, ws, 'package.json'), 'utf8'));
  if (!wsPkg.scripts?.test) continue;
  const deps = { ...wsPkg.dependencies, ...wsPkg.devDependencies };
  const report = path.join(results, `${ws.replace(/\W+/g, '_')}.json`);
  const reporterArgs = deps.vitest ? ['--reporter=default', '--reporter=json', `--outputFile=${report}`] : ['--json', `--outputFile=${report}`];
  console.log(`\n=== ${ws} ===`);
  const status = run('npm', ['run', 'test', '-w', ws, '--', ...reporterArgs]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    // A suite that failed to run (syntax error, boot failure) counts no tests: count it as a failure.
    if ((r.numRuntimeErrorTestSuites ?? 0) > 0) failed += r.numRuntimeErrorTestSuites;
    console.log(`=== ${ws}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests ?? 0} skipped ===`);
  } else {
    failed += 1;
    console.log(`=== ${ws}: no report (exit ${status}) ===`);
  }
  if (status !== 0) crashed = true;
}

const leftovers = [...treeState()].filter((entry) => !treeBefore.has(entry));
if (leftovers.length) {
  failed += 1;
  console.log(
    `\n=== the run left the working tree changed (${leftovers.length}): ===\n${leftovers.slice(0, 20).join('\n')}${leftovers.length > 20 ? '\n…' : ''}`,
  );
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || crashed ? 1 : 0);
