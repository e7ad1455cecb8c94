import type { AppConfig } from './types';

/**
 * The demo brand's two apps, with fixed credentials so that the CMS seed can point its demo
 * WeChat apps at the sandbox. Documented in sandbox/README.md.
 */
export const DEMO_APPS = {
  official: {
    name: 'WeDraw 演示服务号',
    kind: 'official',
    appId: 'wx5a0d7e3c1b9f0001',
    secret: '7c1e4a9b2d3f5e6a8b0c1d2e3f4a0001',
    token: 'wedraw_sandbox_oa',
    encodingAESKey: 'WeDrawSandboxOfficialAccountAESKey000000001',
    ghId: 'gh_5a0d7e3c0001',
  },
  miniprogram: {
    name: 'WeDraw 演示小程序',
    kind: 'miniprogram',
    appId: 'wx5a0d7e3c1b9f0002',
    secret: '7c1e4a9b2d3f5e6a8b0c1d2e3f4a0002',
    token: 'wedraw_sandbox_mp',
    encodingAESKey: 'WeDrawSandboxMiniProgramAESKey0000000000002',
    ghId: 'gh_5a0d7e3c0002',
  },
} as const satisfies Record<string, AppConfig>;

export const DEMO_BRAND = 'WeDraw 演示品牌';
