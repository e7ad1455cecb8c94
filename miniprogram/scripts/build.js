#!/usr/bin/env node
/**
 * Builds what DevTools would upload into dist/miniprogram: the npm build of @vant/weapp into
 * miniprogram/miniprogram_npm (miniprogram-ci's offline packNpmManually), the shared contract into
 * miniprogram/contract (scripts/contract.js), tsc's JavaScript, and the wxml/wxss/json/image files
 * beside it. `node scripts/build.js` or require('./build').build().
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { writeContract } = require('./contract');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'miniprogram');
const OUT = path.join(ROOT, 'dist', 'miniprogram');

function copyAssets(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyAssets(source, target);
    else if (!entry.name.endsWith('.ts')) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, target);
    }
  }
}

/**
 * npm workspaces hoist @vant/weapp to the repository's node_modules, where packNpmManually (which
 * reads <package.json dir>/node_modules) does not look: stage the mini program's dependencies.
 */
function stageDependencies() {
  const stage = path.join(ROOT, 'dist', 'npm-stage');
  fs.rmSync(stage, { recursive: true, force: true });
  const { dependencies } = require(path.join(ROOT, 'package.json'));
  for (const name of Object.keys(dependencies)) {
    const dir = path.dirname(require.resolve(`${name}/package.json`, { paths: [ROOT] }));
    fs.cpSync(dir, path.join(stage, 'node_modules', name), { recursive: true });
  }
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify({ dependencies }));
  return stage;
}

async function build() {
  const ci = require('miniprogram-ci');
  const stage = stageDependencies();
  fs.rmSync(path.join(SRC, 'miniprogram_npm'), { recursive: true, force: true });
  await ci.packNpmManually({ packageJsonPath: path.join(stage, 'package.json'), miniprogramNpmDistDir: SRC });
  fs.rmSync(stage, { recursive: true, force: true });
  writeContract();
  fs.rmSync(OUT, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  copyAssets(SRC, OUT);
  return OUT;
}

module.exports = { build, ROOT, SRC, OUT };

if (require.main === module) {
  build()
    .then((out) => {
      console.log(`built ${path.relative(process.cwd(), out)}`);
      // miniprogram-ci leaves a file watcher running.
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
