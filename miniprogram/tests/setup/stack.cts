/**
 * The mini program tests' backend, in its own process (`node --require tsx/cjs stack.cts`): the
 * WeChat sandbox and a CMS booted by the CMS's own test harness on a fresh database (MariaDB +
 * Redis with WEDRAW_TEST_SERVICES=required, SQLite otherwise), with the demo mall data, the points
 * rules and the sandbox's WeChat apps. One SKU is made to cost 5 points, what the first check-in
 * earns, so a test can exchange it. Prints "READY <cmsUrl> <sandboxUrl>"; SIGTERM stops both and
 * drops the database.
 */
import path from 'node:path';

const cmsDir = path.resolve(__dirname, '..', '..', '..', 'cms');
const CHEAP_PRICE = 5;

async function main() {
  const { startSandbox } = require('@wedraw/sandbox') as typeof import('@wedraw/sandbox');
  const { compileCms } = require(path.join(cmsDir, 'tests', 'harness', 'compile-cms.js'));
  const { startCms } = require(path.join(cmsDir, 'tests', 'harness', 'strapi.ts')) as typeof import('../../../cms/tests/harness/strapi');

  const sandbox = await startSandbox({ port: 0, fans: 10 });
  await compileCms();
  const cms = await startCms();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await cms.stop().catch((err: unknown) => console.error(err));
    await sandbox.close();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, stop);
  }
  // A jest run that crashes never tears down: stop (and drop the database) when it is gone.
  const parent = process.ppid;
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      void stop();
    }
  }, 2000).unref();

  const { seedMall } = require(path.join(cmsDir, 'dist', 'src', 'seed', 'mall-seed.js'));
  await seedMall(cms.strapi, path.resolve(cmsDir, '..', 'database', 'seed'));
  await cms.strapi.plugin('points').service('demo').seed();
  await cms.strapi.plugin('wechat').service('demo').seed(sandbox.url);
  // The pay demo (DEMO01 open, DEMO02 closed), WeChat Pay's notifications posted to this CMS.
  await cms.strapi.plugin('pay').service('demo').seed(sandbox.url);
  await cms.strapi.db.query('plugin::pay.merchant-account').update({ where: { apiBase: sandbox.url }, data: { notifyBase: cms.url } });
  const cheapest = await cms.strapi.db.query('api::sku.sku').findMany({ orderBy: { pointsPrice: 'asc' }, limit: 1 });
  await cms.strapi.db.query('api::sku.sku').update({ where: { id: cheapest[0].id }, data: { pointsPrice: CHEAP_PRICE } });
  process.stdout.write(`READY ${cms.url} ${sandbox.url}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
