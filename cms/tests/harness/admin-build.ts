import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { APP_DIR } from './env';

const ROOT = path.resolve(APP_DIR, '..');
/** The admin folder of each workspace under `dir`: the plugins' admin pages and the kit's admin hooks. */
const adminFolders = (dir: string) => fs.readdirSync(path.join(ROOT, dir)).map((name) => `${dir}/${name}/admin`);

/** What the admin bundle is made of: the CMS's admin code and config, every admin folder, the contract, the patches to Strapi's admin. */
const SOURCES = [
  'cms/src/admin',
  'cms/config',
  'cms/package.json',
  ...adminFolders('plugins'),
  ...adminFolders('packages'),
  'packages/contract/src',
  'patches',
];

function newest(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

/**
 * The admin panel the browser tests load is cms/dist/build, made by `strapi build`. Build it when it
 * is missing or was made from older sources (a few minutes), so a test never drives a stale admin.
 * The stamp holds the sources' newest time as read before the build began: a file saved while a
 * build runs makes the next run build again.
 */
export function ensureAdminBuild(): void {
  const stamp = path.join(APP_DIR, 'dist', 'build', '.sources-mtime');
  const sources = Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))));
  const builtFrom = fs.existsSync(stamp) ? Number(fs.readFileSync(stamp, 'utf8')) : 0;
  if (builtFrom >= sources && fs.existsSync(path.join(APP_DIR, 'dist', 'build', 'index.html'))) return;
  const result = spawnSync('npx', ['strapi', 'build'], { cwd: APP_DIR, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`strapi build failed (exit ${result.status})`);
  fs.writeFileSync(stamp, String(sources));
}
