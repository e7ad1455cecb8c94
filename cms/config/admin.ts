import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin & { wedraw: { contentTypeBuilder: boolean } } => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', 'wedraw-dev-admin-jwt-secret'),
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
