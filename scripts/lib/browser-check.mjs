/**
 * The browser tests (H5, admin) drive Debian's Chromium with the Noto CJK fonts (never a downloaded browser).
 * `ensureBrowser()` installs both with apt-get when they are missing and this process may (root with apt-get),
 * as CI does; otherwise it returns the one line telling the person what to run. Never skips the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';
const INSTALL = 'apt-get install -y chromium fonts-noto-cjk';

function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && /noto\s*sans\s*cjk/i.test(r.stdout);
}

function missing() {
  const parts = [];
  if (!existsSync(chromiumPath())) parts.push('chromium');
  if (!hasCjkFont()) parts.push('fonts-noto-cjk');
  return parts;
}

/** Returns null when the browser is ready, otherwise the one-line instruction. */
export function ensureBrowser({ log = console.log } = {}) {
  let gone = missing();
  if (!gone.length) return null;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && !process.env.CHROME_PATH) {
    log(`Installing ${gone.join(' and ')} for the browser tests (${INSTALL})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    gone = missing();
    if (!gone.length) return null;
  }
  return `The browser tests need ${gone.join(' and ')}: run \`sudo ${INSTALL}\` (or set CHROME_PATH to a Chromium) and npm test again.`;
}
