/**
 * What the test run needs from the system, installed with apt-get when missing and this process may
 * (root with apt-get), as CI does; otherwise the one line telling the person what to run. Never a
 * skipped test. The browser tests (H5, admin) drive Debian's Chromium with the Noto CJK fonts (never
 * a downloaded browser); the monitoring tests check the Prometheus rules with Debian's promtool.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && /noto\s*sans\s*cjk/i.test(r.stdout);
}
const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

/** Installs the missing Debian packages when it may; returns the ones still missing. */
function aptInstall(missing, log) {
  let gone = missing();
  if (!gone.length) return gone;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    log(`Installing ${gone.join(' and ')} for the tests (apt-get install -y ${gone.join(' ')})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', ...gone], { stdio: 'inherit', env });
    gone = missing();
  }
  return gone;
}

/** Returns null when the browser is ready, otherwise the one-line instruction. */
export function ensureBrowser({ log = console.log } = {}) {
  const missing = () => [...(existsSync(chromiumPath()) ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk'])];
  const gone = process.env.CHROME_PATH ? missing() : aptInstall(missing, log);
  if (!gone.length) return null;
  return `The browser tests need ${gone.join(' and ')}: run \`sudo apt-get install -y ${gone.join(' ')}\` (or set CHROME_PATH to a Chromium) and npm test again.`;
}

/** Returns null when promtool is there, otherwise the one-line instruction. */
export function ensurePromtool({ log = console.log } = {}) {
  const gone = aptInstall(() => (hasCommand('promtool') ? [] : ['prometheus']), log);
  if (!gone.length) return null;
  return 'The monitoring tests need promtool: run `sudo apt-get install -y prometheus` and npm test again.';
}
