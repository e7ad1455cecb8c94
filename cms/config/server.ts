import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Only trust X-Forwarded-For when a reverse proxy we control sits in front (nginx in production).
  proxy: { koa: env.bool('TRUST_PROXY', false) },
  app: {
    keys: env.array('APP_KEYS', ['wedrawDevKeyA', 'wedrawDevKeyB']),
  },
  cron: { enabled: false },
  // No check for newer Strapi versions: it rewrites cms/.strapi-updater.json at every start, and
  // upgrades are deliberate here (versions are pinned, see the README's dependencies).
  logger: { updates: { enabled: false } },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
