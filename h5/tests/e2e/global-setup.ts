import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startSandbox } from '@wedraw/sandbox';
import { freePort, run, startChild, type Child } from './processes';

const h5Dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = path.join(h5Dir, 'tests', '.tmp');
const outputDir = path.join(tmp, 'output');

declare module 'vitest' {
  export interface ProvidedContext {
    h5Url: string;
    cmsUrl: string;
    sandboxUrl: string;
  }
}

/**
 * Once per run: the WeChat sandbox, a CMS on a fresh database with the demo data, and a production
 * build of the H5 served by its own Node server pointed at that CMS. The build and the CMS boot
 * run side by side.
 */
export default async function setup(project: TestProject) {
  const started: Array<{ stop(): Promise<void> }> = [];
  const teardown = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
  };
  try {
    const sandbox = await startSandbox({ port: 0, fans: 20 });
    started.push({ stop: () => sandbox.close() });
    const env = { ...process.env, NODE_ENV: 'production', H5_BUILD_DIR: path.join(tmp, 'nuxt'), H5_OUTPUT_DIR: outputDir };
    // The CMS runs under tsx's CommonJS hook only (its ESM loader breaks Strapi's require on Node 20).
    const [cms] = await Promise.all([
      startChild('CMS', process.execPath, ['--require', 'tsx/cjs', '-e', 'require(process.argv[1])', path.join(h5Dir, 'tests', 'e2e', 'cms-server.cts')], {
        cwd: h5Dir,
        env: { ...process.env, WECHAT_SANDBOX_URL: sandbox.url },
        ready: /READY (\S+)/,
        timeoutMs: 240_000,
      }).then((c: Child) => (started.push(c), c)),
      run('nuxt build', process.execPath, [path.join(h5Dir, '..', 'node_modules', 'nuxt', 'bin', 'nuxt.mjs'), 'build'], { cwd: h5Dir, env }),
    ]);
    const port = await freePort();
    const api = `${cms.value}/api`;
    const h5 = await startChild('H5 server', process.execPath, [path.join(outputDir, 'server', 'index.mjs')], {
      cwd: h5Dir,
      env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), NUXT_PUBLIC_API_BASE: api, NUXT_API_BASE_SERVER: api, NUXT_PUBLIC_JSSDK_URL: '' },
      ready: /Listening on (\S+)/,
      timeoutMs: 30_000,
    });
    started.push(h5);
    project.provide('h5Url', `http://127.0.0.1:${port}`);
    project.provide('cmsUrl', cms.value);
    project.provide('sandboxUrl', sandbox.url);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
