#!/usr/bin/env node
/**
 * `npm run openapi` (also the last step of `npm run build -w cms`): loads the CMS with every
 * enabled plugin on a throwaway SQLite database, builds the OpenAPI document from the routes'
 * documentation (src/openapi/document.ts) and writes
 *   - cms/public/openapi.json: what /openapi.json serves and /docs reads;
 *   - packages/contract/src/openapi.ts: the client types openapi-typescript generates from it,
 *     which the contract's own types are checked against when the contract compiles.
 * `--no-compile` uses the compiled dist/ as it is (after `strapi build`).
 * `--check` writes nothing and exits 1 when either committed file is stale.
 */
const fs = require('fs');
const path = require('path');

const appDir = path.resolve(__dirname, '..');
const DOCUMENT = path.join(appDir, 'public', 'openapi.json');
const CLIENT_TYPES = path.resolve(appDir, '..', 'packages', 'contract', 'src', 'openapi.ts');
const DATABASE = '.tmp/openapi-generate.db';

async function loadCms() {
  Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: DATABASE, LOG_LEVEL: process.env.LOG_LEVEL || 'error' });
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  // `npm run build -w cms` has just compiled dist/: `--no-compile` reuses it.
  const distDir = process.argv.includes('--no-compile') ? path.join(appDir, 'dist') : (await compileStrapi({ appDir })).distDir;
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  strapi.server.mount();
  return { strapi, distDir };
}

async function main() {
  const { strapi, distDir } = await loadCms();
  let outputs;
  try {
    const { documentText, clientTypesText } = require(path.join(distDir, 'src', 'openapi', 'files.js'));
    const document = documentText(strapi);
    outputs = [
      [DOCUMENT, document],
      [CLIENT_TYPES, await clientTypesText(document)],
    ];
  } finally {
    await strapi.destroy();
    fs.rmSync(path.join(appDir, DATABASE), { force: true });
  }
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of outputs) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    stale++;
    if (check) console.error(`[openapi] ${path.relative(process.cwd(), file)} is stale: run npm run openapi`);
    else fs.writeFileSync(file, text);
  }
  console.log(
    `[openapi] ${check ? 'checked' : 'wrote'} ${outputs.map(([f]) => path.relative(process.cwd(), f)).join(', ')}${stale ? ` (${stale} changed)` : ' (up to date)'}`,
  );
  return check && stale ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('[openapi] failed:', err);
    process.exit(1);
  },
);
