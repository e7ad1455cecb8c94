const { spawn } = require('child_process');
const path = require('path');
const { writeContract } = require('../../scripts/contract');

const STACK = path.join(__dirname, 'stack.cts');

/** Starts the sandbox + CMS child once for the run; its URLs reach the tests through the environment. */
module.exports = async () => {
  writeContract();
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', STACK], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: { ...process.env, LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  globalThis.__MP_STACK__ = child;
  let out = '';
  const [cmsUrl, sandboxUrl] = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the test CMS did not start in 240 s:\n${out.slice(-5000)}`)), 240_000);
    child.stderr.on('data', (c) => (out += c));
    child.stdout.on('data', (c) => {
      out += c;
      const m = /READY (\S+) (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve([m[1], m[2]]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test CMS exited with ${code}:\n${out.slice(-5000)}`));
    });
  });
  child.removeAllListeners('exit');
  child.stdout.resume();
  process.env.MP_TEST_CMS_URL = cmsUrl;
  process.env.MP_TEST_SANDBOX_URL = sandboxUrl;
};
