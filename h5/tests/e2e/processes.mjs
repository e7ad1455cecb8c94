// Child processes for the e2e setup and bench/h5.ts (plain JavaScript, so the bench and the tests share it
// without a build step).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * @typedef {{ value: string, stop(): Promise<void> }} Child
 *   a child process that printed a line matching `ready`; `value` is the match's group 1.
 */

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs: number }} options
 * @returns {Promise<Child>}
 */
export function startChild(name, command, args, options) {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    out += chunk.toString();
    if (out.length > 20_000) out = out.slice(-20_000);
  };
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start in ${options.timeoutMs} ms:\n${out}`));
    }, options.timeoutMs);
    /** @param {number | null} code */
    const onExit = (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${out}`));
    };
    child.once('exit', onExit);
    child.stdout.on('data', (chunk) => {
      collect(chunk);
      const m = options.ready.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        value: m[1] ?? m[0],
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
            child.once('exit', () => {
              clearTimeout(force);
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/**
 * Runs a command to completion; rejects with the end of its output when it fails.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv }} options
 * @returns {Promise<void>}
 */
export function run(name, command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c.toString()));
    child.stderr.on('data', (c) => (out += c.toString()));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (${code}):\n${out.slice(-5000)}`))));
  });
}

/** @returns {Promise<number>} a free local port */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The command that runs the e2e CMS (tsx's CommonJS hook only: its ESM loader breaks Strapi's require on Node 20). */
export function cmsServerCommand(/** @type {string} */ h5Dir) {
  return ['--require', 'tsx/cjs', '-e', 'require(process.argv[1])', `${h5Dir}/tests/e2e/cms-server.cts`];
}

/**
 * Starts the e2e CMS (fresh database, demo data) and resolves with its URL once it is seeded.
 * @param {string} h5Dir
 * @param {string} sandboxUrl
 * @returns {Promise<Child>}
 */
export function startCmsChild(h5Dir, sandboxUrl) {
  return startChild('CMS', process.execPath, cmsServerCommand(h5Dir), {
    cwd: h5Dir,
    env: { ...process.env, WECHAT_SANDBOX_URL: sandboxUrl },
    ready: /READY (\S+)/,
    timeoutMs: 240_000,
  });
}

/**
 * Builds the H5 for production into `outputDir` (and its own build folder beside it).
 * @param {string} h5Dir
 * @param {string} outputDir
 * @param {string} buildDir
 */
export function buildH5(h5Dir, outputDir, buildDir) {
  return run('nuxt build', process.execPath, [`${h5Dir}/../node_modules/nuxt/bin/nuxt.mjs`, 'build'], {
    cwd: h5Dir,
    env: { ...process.env, NODE_ENV: 'production', H5_BUILD_DIR: buildDir, H5_OUTPUT_DIR: outputDir },
  });
}

/**
 * Serves a production build with the CMS at `apiBase`. The JS-SDK script is off (no WeChat servers
 * here) unless `jssdkUrl` names a stand-in.
 * @param {string} h5Dir
 * @param {string} outputDir
 * @param {string} apiBase
 * @param {string} [jssdkUrl]
 * @returns {Promise<Child & { url: string }>}
 */
export async function serveH5(h5Dir, outputDir, apiBase, jssdkUrl = '') {
  const port = await freePort();
  const child = await startChild('H5 server', process.execPath, [`${outputDir}/server/index.mjs`], {
    cwd: h5Dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      NUXT_PUBLIC_API_BASE: apiBase,
      NUXT_API_BASE_SERVER: apiBase,
      NUXT_PUBLIC_JSSDK_URL: jssdkUrl,
    },
    ready: /Listening on (\S+)/,
    timeoutMs: 30_000,
  });
  return { ...child, url: `http://127.0.0.1:${port}` };
}
