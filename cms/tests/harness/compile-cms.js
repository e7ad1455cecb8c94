/**
 * The CMS's server code compiled afresh into dist/ (the admin build in dist/build stays): tsc leaves
 * the output of a deleted source in place, and a removed extension or service would go on running
 * in the tests. `npm test` compiles once before it runs suites side by side and sets
 * WEDRAW_TEST_CMS_COMPILED=1, so that no suite rewrites dist/ under another one's feet; a suite run
 * on its own compiles for itself. `node compile-cms.js` compiles from the command line.
 */
const fs = require('fs');
const path = require('path');

const APP_DIR = path.resolve(__dirname, '..', '..');

async function compileCms() {
  if (process.env.WEDRAW_TEST_CMS_COMPILED === '1') return;
  for (const out of ['src', 'config', 'database', 'tsconfig.tsbuildinfo']) fs.rmSync(path.join(APP_DIR, 'dist', out), { recursive: true, force: true });
  const { compileStrapi } = require(require.resolve('@strapi/strapi', { paths: [APP_DIR] }));
  await compileStrapi({ appDir: APP_DIR });
}

module.exports = { compileCms };

if (require.main === module) {
  compileCms().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
