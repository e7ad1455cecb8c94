/**
 * The CMS for the H5's end-to-end tests, in its own process (run with `node --require tsx/cjs`): the
 * CMS's own test harness boots it on a fresh database (MariaDB in required mode, SQLite
 * otherwise), then the demo data set (database/seed), the plugins' demo data (points rules, the
 * sandbox's WeChat apps, its WeCom corp with the contacts pulled) and one good cheap enough to
 * exchange with a day's check-in points.
 * Prints "READY <url>" once seeded; SIGTERM stops it, drops the database and removes its uploads.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';

const cmsDir = path.resolve(__dirname, '..', '..', '..', 'cms');
const { compileCms } = require(path.join(cmsDir, 'tests', 'harness', 'compile-cms.js'));
const { startCms } = require(path.join(cmsDir, 'tests', 'harness', 'strapi.ts')) as typeof import('../../../cms/tests/harness/strapi');

/** The good the e2e flow exchanges: 5 points, what the first check-in gives. */
const E2E_GOOD = { title: 'H5 测试体验装', subtitle: '签到一天即可兑换', pointsPrice: 5, stock: 50 };

async function seed(strapi: Core.Strapi, sandboxUrl: string) {
  const { seedMall } = require(path.join(cmsDir, 'dist', 'src', 'seed', 'mall-seed.js'));
  await seedMall(strapi, path.resolve(cmsDir, '..', 'database', 'seed'));
  await strapi.plugin('points').service('demo').seed();
  await strapi.plugin('wechat').service('demo').seed(sandboxUrl);
  await seedWecom(strapi, sandboxUrl);
  await seedPay(strapi, sandboxUrl);
  const docs = (uid: string) => strapi.documents(uid as any) as any;
  const leaf = await strapi.db.query('api::category.category').findOne({ where: { name: '收纳' } });
  const good = await docs('api::good.good').create({
    data: { title: E2E_GOOD.title, subtitle: E2E_GOOD.subtitle, category: leaf.documentId, description: '用于端到端测试的商品。', sortWeight: 100 },
  });
  await docs('api::sku.sku').create({
    data: { good: good.documentId, code: 'H5-E2E-1', specs: {}, pointsPrice: E2E_GOOD.pointsPrice, cashPrice: 0, stock: E2E_GOOD.stock, sales: 0 },
  });
}

/** The pay demo (DEMO01 open, DEMO02 closed), its notifications posted to this CMS. */
async function seedPay(strapi: Core.Strapi, sandboxUrl: string) {
  await strapi.plugin('pay').service('demo').seed(sandboxUrl);
  await strapi.db.query('plugin::pay.merchant-account').update({ where: { apiBase: sandboxUrl }, data: { notifyBase: cms!.url } });
}

/** The sandbox's demo corp, its contacts pulled into the mirror (the employees' directory reads it). */
async function seedWecom(strapi: Core.Strapi, sandboxUrl: string) {
  const wecom = strapi.plugin('wecom');
  await wecom.service('demo').seed(sandboxUrl);
  const [corp] = await wecom.service('corps').list();
  const sync = wecom.service('contactsSync');
  const { documentId } = await sync.start(corp.corpId, 'e2e');
  const deadline = Date.now() + 120_000;
  for (;;) {
    const run = await sync.get(documentId);
    if (run.status === 'completed') {
      // The 群机器人 page: every active member may send through the demo robot, and configure it.
      const members = await strapi.db.query('plugin::wecom.member').findMany({ where: { corpId: corp.corpId, status: 1 }, select: ['userid'], limit: 500 });
      const userids = members.map((m: { userid: string }) => m.userid);
      await wecom.service('robots').update('demo-wecom-robot', { employeeUserids: userids, editorUserids: userids }, 'system::e2e');
      return;
    }
    if (run.status === 'failed' || Date.now() > deadline) throw new Error(`WeCom contacts pull ${run.status}: ${JSON.stringify(run.errors)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let cms: Awaited<ReturnType<typeof startCms>> | null = null;
let stopping = false;

/**
 * Stop the CMS (at most once, whoever started it) through the harness: the files its uploads wrote
 * into cms/public/uploads go, the database is dropped, its Redis keys removed.
 */
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await cms?.stop().catch((err: unknown) => console.error(err));
  process.exit(code);
}

/** Strapi's own signal handler exits right after destroy; this one also drops the database first. */
function onSignals() {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => stop(0));
  }
}
onSignals();

/**
 * Other runs on the same machine (a `strapi build`, the CMS's own tests) may be rewriting cms/dist
 * while this one loads it; a boot that fails on a missing file is retried after compiling again.
 */
async function boot(attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await compileCms();
      cms = await startCms();
      onSignals();
      await seed(cms.strapi, process.env.WECHAT_SANDBOX_URL ?? '');
      return;
    } catch (err) {
      if (attempt >= attempts || (err as { code?: string }).code !== 'MODULE_NOT_FOUND') throw err;
      console.error(`[e2e cms] boot attempt ${attempt} failed on a missing file (cms/dist rebuilt meanwhile?), retrying`);
      await cms?.stop().catch(() => undefined);
      cms = null;
      await new Promise((r) => setTimeout(r, 3000 * attempt));
    }
  }
}

(async () => {
  await boot();
  process.stdout.write(`READY ${cms!.url}\n`);
})().catch(async (err) => {
  console.error(err);
  await stop(1);
});
