import type { Core } from '@strapi/strapi';

/** Only the settings the environment sets: the plugin's own defaults fill in the rest. */
const defined = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && !Number.isNaN(v)));

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const int = (name: string) => (env(name) ? Number(env(name)) : undefined);
  // The WeChat plugin's settings (plugins/wechat/server/src/config.ts has the defaults).
  const wechat = defined({
    secretKey: env('WECHAT_SECRET_KEY'),
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
    templateBatch: int('WECHAT_TEMPLATE_BATCH'),
    templateRate: int('WECHAT_TEMPLATE_RATE'),
  });
  // The WeCom plugin's settings (plugins/wecom/server/src/config.ts has the defaults).
  const wecom = defined({
    secretKey: env('WECOM_SECRET_KEY', env('WECHAT_SECRET_KEY')),
    httpTimeoutMs: int('WECOM_HTTP_TIMEOUT_MS'),
    callbackBodyLimit: int('WECOM_CALLBACK_BODY_LIMIT'),
    workers: env('WECOM_WORKERS') === 'off' ? false : undefined,
    syncPage: int('WECOM_SYNC_PAGE'),
    syncAttempts: int('WECOM_SYNC_ATTEMPTS'),
    syncConcurrency: int('WECOM_SYNC_CONCURRENCY'),
    importPollMs: int('WECOM_IMPORT_POLL_MS'),
    syncLeaseMs: int('WECOM_SYNC_LEASE_MS'),
    heartbeatMs: int('WECOM_HEARTBEAT_MS'),
    recoveryBackoffMs: int('WECOM_RECOVERY_BACKOFF_MS'),
    maxFailures: int('WECOM_MAX_FAILURES'),
    robotWindowMs: int('WECOM_ROBOT_WINDOW_MS'),
    robotPerWindow: int('WECOM_ROBOT_PER_WINDOW'),
    robotConcurrency: int('WECOM_ROBOT_CONCURRENCY'),
    welcomeConcurrency: int('WECOM_WELCOME_CONCURRENCY'),
    groupStatsMs: int('WECOM_GROUP_STATS_MS'),
    groupStatsDays: int('WECOM_GROUP_STATS_DAYS'),
  });
  // The message center's settings (plugins/messaging/server/src/config.ts has the defaults).
  const messaging = defined({
    secretKey: env('MESSAGING_SECRET_KEY'),
    workers: env('MESSAGING_WORKERS') === 'off' ? false : undefined,
    jobSize: int('MESSAGING_JOB_SIZE'),
    concurrency: int('MESSAGING_CONCURRENCY'),
    attempts: int('MESSAGING_ATTEMPTS'),
    backoffMs: int('MESSAGING_BACKOFF_MS'),
    lockMs: int('MESSAGING_LOCK_MS'),
    callbackAttempts: int('MESSAGING_CALLBACK_ATTEMPTS'),
    callbackBackoffMs: int('MESSAGING_CALLBACK_BACKOFF_MS'),
    httpTimeoutMs: int('MESSAGING_HTTP_TIMEOUT_MS'),
    receiptPollMs: int('MESSAGING_RECEIPT_POLL_MS'),
    receiptTimeoutMs: int('MESSAGING_RECEIPT_TIMEOUT_MS'),
    receiptWindow: int('MESSAGING_RECEIPT_WINDOW'),
    sweepAfterMs: int('MESSAGING_SWEEP_AFTER_MS'),
    retentionDays: int('MESSAGING_RETENTION_DAYS'),
    smtpHost: env('SMTP_HOST'),
    smtpPort: int('SMTP_PORT'),
    smtpSecure: env('SMTP_SECURE') === 'true' ? true : undefined,
    smtpUser: env('SMTP_USER'),
    smtpPass: env('SMTP_PASS'),
    smtpFrom: env('SMTP_FROM'),
  });
  // Admin security and audit (plugins/audit/server/src/config.ts has the defaults).
  const audit = defined({
    captchaAfter: int('AUDIT_CAPTCHA_AFTER'),
    lockAfter: int('AUDIT_LOCK_AFTER'),
    lockSeconds: int('AUDIT_LOCK_SECONDS'),
    failureWindowSeconds: int('AUDIT_FAILURE_WINDOW_SECONDS'),
    passwordMinLength: int('AUDIT_PASSWORD_MIN_LENGTH'),
    passwordClasses: int('AUDIT_PASSWORD_CLASSES'),
    retentionDays: int('AUDIT_RETENTION_DAYS'),
    operationLog: env('AUDIT_OPERATION_LOG') === 'off' ? false : undefined,
    flushMs: int('AUDIT_FLUSH_MS'),
  });
  // WeChat Pay (plugins/pay/server/src/config.ts has the defaults).
  const pay = defined({
    secretKey: env('PAY_SECRET_KEY'),
    notifyBase: env('PAY_NOTIFY_BASE'),
    payPageBase: env('PAY_PAGE_BASE'),
    orderTtlSeconds: int('PAY_ORDER_TTL_SECONDS'),
    httpTimeoutMs: int('PAY_HTTP_TIMEOUT_MS'),
    reconcileAfterS: int('PAY_RECONCILE_AFTER_S'),
    workers: env('PAY_WORKERS') === 'off' ? false : undefined,
  });
  // Monitoring and alerting (plugins/ops/server/src/config.ts has the defaults).
  const alertTargets = Object.fromEntries(
    (
      [
        ['wecom-robot', env('OPS_ALERT_WECOM_ROBOT')],
        ['email', env('OPS_ALERT_EMAIL')],
        ['webhook', env('OPS_ALERT_WEBHOOK')],
        ['dingtalk-robot', env('OPS_ALERT_DINGTALK_TOKEN')],
      ] as Array<[string, string | undefined]>
    )
      .filter(([, to]) => to)
      .map(([channel, to]) => [
        channel,
        channel === 'dingtalk-robot' && env('OPS_ALERT_DINGTALK_SECRET') ? { to, signSecret: env('OPS_ALERT_DINGTALK_SECRET') } : { to },
      ]),
  );
  const ops = defined({
    evaluateEveryMs: int('OPS_EVALUATE_EVERY_MS'),
    quietMinutes: int('OPS_QUIET_MINUTES'),
    retentionDays: int('OPS_RETENTION_DAYS'),
    dingtalkBaseUrl: env('OPS_DINGTALK_BASE_URL'),
    secretKey: env('OPS_SECRET_KEY'),
    reportHour: int('OPS_REPORT_HOUR'),
    targets: Object.keys(alertTargets).length ? alertTargets : undefined,
  });
  // Daily aggregates and dashboards (plugins/analytics/server/src/config.ts has the defaults).
  const analytics = defined({
    catchUpEveryMs: int('ANALYTICS_CATCH_UP_EVERY_MS'),
    batchSize: int('ANALYTICS_BATCH_SIZE'),
    overlapMs: int('ANALYTICS_OVERLAP_MS'),
  });
  return {
    // WeDraw's own plugins (plugins/*), built to dist/ by `npm run build:plugins`.
    points: { enabled: true, resolve: '../plugins/points' },
    wechat: { enabled: true, resolve: '../plugins/wechat', config: wechat },
    wecom: { enabled: true, resolve: '../plugins/wecom', config: wecom },
    messaging: { enabled: true, resolve: '../plugins/messaging', config: messaging },
    audit: { enabled: true, resolve: '../plugins/audit', config: audit },
    pay: { enabled: true, resolve: '../plugins/pay', config: pay },
    ops: { enabled: true, resolve: '../plugins/ops', config: ops },
    analytics: { enabled: true, resolve: '../plugins/analytics', config: analytics },
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
