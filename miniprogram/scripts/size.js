#!/usr/bin/env node
/**
 * Package sizes after the build: the main package (everything outside the subpackage roots of
 * app.json, miniprogram_npm included) must stay ≤ 1.5 MB, each subpackage ≤ 1.8 MB (seed 004's budget, under
 * WeChat's 2 MB) and the whole ≤ 8 MB.
 * `npm run size` builds, prints the sizes and exits 1 when a limit is exceeded.
 */
const fs = require('fs');
const path = require('path');
const { build, OUT } = require('./build');

const MB = 1024 * 1024;
const LIMITS = { main: 1.5 * MB, subpackage: 1.8 * MB, total: 8 * MB };

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Bytes per package of a built mini program: { main, total, subpackages: {root: bytes} }. */
function measure(dir = OUT) {
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'));
  const roots = (app.subpackages ?? app.subPackages ?? []).map((p) => p.root.replace(/\/$/, ''));
  const sizes = { main: 0, total: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])) };
  for (const file of files(dir)) {
    const bytes = fs.statSync(file).size;
    const root = roots.find((r) => path.relative(dir, file).split(path.sep)[0] === r);
    if (root) sizes.subpackages[root] += bytes;
    else sizes.main += bytes;
    sizes.total += bytes;
  }
  return sizes;
}

/** The limits a measurement breaks, as sentences (empty when it fits). */
function overLimits(sizes, limits = LIMITS) {
  const over = ['main', 'total'].filter((k) => sizes[k] > limits[k]).map((k) => `${k} package ${kb(sizes[k])} exceeds ${kb(limits[k])}`);
  for (const [root, bytes] of Object.entries(sizes.subpackages ?? {}))
    if (bytes > limits.subpackage) over.push(`subpackage ${root} ${kb(bytes)} exceeds ${kb(limits.subpackage)}`);
  return over;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

module.exports = { measure, overLimits, LIMITS, kb };

if (require.main === module) {
  build()
    .then(() => {
      const sizes = measure();
      console.log(`main ${kb(sizes.main)} (limit ${kb(LIMITS.main)}), total ${kb(sizes.total)} (limit ${kb(LIMITS.total)})`);
      for (const [root, bytes] of Object.entries(sizes.subpackages)) console.log(`  ${root}: ${kb(bytes)}`);
      const problems = overLimits(sizes);
      for (const p of problems) console.error(`SIZE LIMIT: ${p}`);
      process.exit(problems.length ? 1 : 0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
