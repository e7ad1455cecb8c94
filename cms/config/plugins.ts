import type { Core } from '@strapi/strapi';

/** Only the settings the environment sets: the plugin's own defaults fill in the rest. */
const defined = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && !Number.isNaN(v)));

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const int = (name: string) => (env(name) ? Number(env(name)) : undefined);
  // The WeChat plugin's settings (plugins/wechat/server/src/config.ts has the defaults).
  const wechat = defined({
    tokenEndpoint: env('WECHAT_TOKEN_ENDPOINT') === 'token' ? 'token' : undefined,
    httpTimeoutMs: int('WECHAT_HTTP_TIMEOUT_MS'),
    callbackBodyLimit: int('WECHAT_CALLBACK_BODY_LIMIT'),
    replyCacheMs: int('WECHAT_REPLY_CACHE_MS'),
    fansSyncWorker: env('WECHAT_FANS_SYNC_WORKER') === 'off' ? false : undefined,
    fansSyncChunk: int('WECHAT_FANS_SYNC_CHUNK'),
    fansSyncConcurrency: int('WECHAT_FANS_SYNC_CONCURRENCY'),
    fansSyncWriters: int('WECHAT_FANS_SYNC_WRITERS'),
    fansSyncLeaseMs: int('WECHAT_FANS_SYNC_LEASE_MS'),
    fansSyncAttempts: int('WECHAT_FANS_SYNC_ATTEMPTS'),
    templateWorkers: env('WECHAT_TEMPLATE_WORKERS') === '0' ? false : undefined,
    templateChunk: int('WECHAT_TEMPLATE_CHUNK'),
    templateBatch: int('WECHAT_TEMPLATE_BATCH'),
    templateAttempts: int('WECHAT_TEMPLATE_ATTEMPTS'),
    templateBackoffMs: int('WECHAT_TEMPLATE_BACKOFF_MS'),
    templateRate: int('WECHAT_TEMPLATE_RATE'),
    templateConcurrency: int('WECHAT_TEMPLATE_CONCURRENCY'),
    templateLockMs: int('WECHAT_TEMPLATE_LOCK_MS'),
  });
  return {
    // WeDraw's own plugins (plugins/*), built to dist/ by `npm run build:plugins`.
    points: { enabled: true, resolve: '../plugins/points' },
    wechat: { enabled: true, resolve: '../plugins/wechat', config: wechat },
    'users-permissions': {
      config: {
        // Plain JWTs: what the H5 keeps in a cookie and the mini program in storage (stack-notes §5).
        jwtManagement: 'legacy-support',
        jwtSecret: env('JWT_SECRET', 'wedraw-dev-jwt-secret'),
        jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
        register: { allowedFields: [] },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        depthLimit: 7,
        defaultLimit: 20,
        maxLimit: 100,
        landingPage: env('NODE_ENV') !== 'production',
        apolloServer: { introspection: env('NODE_ENV') !== 'production' },
      },
    },
  };
};

export default config;
