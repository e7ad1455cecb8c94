#!/usr/bin/env node
/**
 * Writes @wedraw/contract (packages/contract: API types, labels, formatting, the SKU rule),
 * compiled to CommonJS with its declarations, into miniprogram/contract/, so the mini program
 * package holds everything it runs (WeChat loads nothing from outside it). The folder is
 * generated (git-ignored): `npm run build`, `npm test` and `npm run typecheck` write it first;
 * run `node scripts/contract.js` before opening the project in WeChat DevTools.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CONTRACT = path.dirname(require.resolve('@wedraw/contract/package.json', { paths: [ROOT] }));
const TARGET = path.join(ROOT, 'miniprogram', 'contract');

function writeContract() {
  fs.rmSync(TARGET, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(CONTRACT, 'tsconfig.json'), '--outDir', TARGET, '--incremental', 'false'],
    { stdio: 'inherit' },
  );
  return TARGET;
}

module.exports = { writeContract, TARGET };

if (require.main === module) {
  writeContract();
  console.log(`wrote ${path.relative(process.cwd(), TARGET)}`);
}
