import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { APP_DIR } from './env';

const ROOT = path.resolve(APP_DIR, '..');
/** What the admin bundle is made of: the CMS's admin code and config, the plugins' admin pages, the contract. */
const SOURCES = ['cms/src/admin', 'cms/config', 'cms/package.json', 'plugins/points/admin', 'plugins/wechat/admin', 'packages/contract/src'];

function newest(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

/**
 * The admin panel the browser tests load is cms/dist/build, made by `strapi build`. Build it when it
 * is missing or older than any of its sources (a few minutes), so a test never drives a stale admin.
 */
export function ensureAdminBuild(): void {
  const index = path.join(APP_DIR, 'dist', 'build', 'index.html');
  const built = newest(index);
  const sources = Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))));
  if (built > sources) return;
  const result = spawnSync('npx', ['strapi', 'build'], { cwd: APP_DIR, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`strapi build failed (exit ${result.status})`);
}
