import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startSandbox } from '@wedraw/sandbox';
import { buildH5, serveH5, startCmsChild } from './processes.mjs';

const h5Dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = path.join(h5Dir, 'tests', '.tmp');

/**
 * WeChat's jweixin script cannot be fetched here: a stand-in `wx` records what the page configures
 * and shares (window.__wx), so the tests can check the CMS's signature with the sandbox.
 */
const JSSDK_STAND_IN = `data:text/javascript,${encodeURIComponent(
  'window.__wx={};window.wx={config:function(o){window.__wx.config=o},ready:function(f){f()},error:function(){},' +
    'updateAppMessageShareData:function(c){window.__wx.share=c},updateTimelineShareData:function(c){window.__wx.timeline=c}};',
)}`;

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
    const [cms] = await Promise.all([startCmsChild(h5Dir, sandbox.url).then((c) => (started.push(c), c)), buildH5(h5Dir, outputDir, path.join(tmp, 'nuxt'))]);
    const h5 = await serveH5(h5Dir, outputDir, `${cms.value}/api`, JSSDK_STAND_IN);
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
