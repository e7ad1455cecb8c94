import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin & { wedraw: { contentTypeBuilder: boolean } } => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', 'wedraw-dev-admin-jwt-secret'),
    // A session ends after 30 minutes without a request (the admin renews its short access token
    // while it is used); at most 7 days even when used.
    sessions: {
      accessTokenLifespan: env.int('ADMIN_ACCESS_TOKEN_SECONDS', 600),
      idleRefreshTokenLifespan: env.int('ADMIN_SESSION_IDLE_SECONDS', 1800),
      idleSessionLifespan: env.int('ADMIN_SESSION_IDLE_SECONDS', 1800),
      maxRefreshTokenLifespan: env.int('ADMIN_SESSION_MAX_SECONDS', 7 * 86_400),
      maxSessionLifespan: env.int('ADMIN_SESSION_MAX_SECONDS', 7 * 86_400),
    },
  },
  // Strapi's own per-process login throttle; the audit plugin's captcha and lockout (shared by every
  // instance through Redis) are the real protection.
  rateLimit: {
    enabled: env.bool('ADMIN_RATE_LIMIT', true),
    max: env.int('ADMIN_RATE_LIMIT_MAX', 30),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', 'wedraw-dev-api-token-salt'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT', 'wedraw-dev-transfer-token-salt'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', 'wedraw-dev-encryption-key'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
  // WeDraw: the content-type builder's menu entry and routes are withdrawn (src/bootstrap/withdrawn-actions.ts)
  // unless a developer asks for them; the schemas live in code.
  wedraw: {
    contentTypeBuilder: env.bool('CONTENT_TYPE_BUILDER', false),
  },
});

export default config;
