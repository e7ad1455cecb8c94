import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startSandbox } from '@wedraw/sandbox';
import { buildH5, serveH5, startCmsChild } from './processes.mjs';

const h5Dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = path.join(h5Dir, 'tests', '.tmp');

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
    const outputDir = path.join(tmp, 'output');
    const [cms] = await Promise.all([
      startCmsChild(h5Dir, sandbox.url).then((c) => (started.push(c), c)),
      buildH5(h5Dir, outputDir, path.join(tmp, 'nuxt')),
    ]);
    const h5 = await serveH5(h5Dir, outputDir, `${cms.value}/api`);
    started.push(h5);
    project.provide('h5Url', h5.url);
    project.provide('cmsUrl', cms.value);
    project.provide('sandboxUrl', sandbox.url);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
