import type { Core } from '@strapi/strapi';

export interface WedrawServerSettings {
  /** Bearer token /metrics asks for; empty: /metrics is public (behind nginx only). */
  metricsToken: string;
  /** How long an instance keeps an authenticated user and a role's permissions in memory. */
  authCache: { userMs: number; permissionMs: number };
  /** The account `npm run dev` makes sure exists (development only). */
  devAdmin: { email: string; password: string };
}

/** WeDraw's own settings of the CMS app, read with `strapi.config.get('wedraw.…')`; the environment feeds them here. */
const config = ({ env }: Core.Config.Shared.ConfigParams): WedrawServerSettings => ({
  metricsToken: env('METRICS_TOKEN', ''),
  authCache: { userMs: env.int('AUTH_CACHE_USER_MS', 10_000), permissionMs: env.int('AUTH_CACHE_PERMISSION_MS', 60_000) },
  devAdmin: { email: env('ADMIN_EMAIL', 'admin@wedraw.local'), password: env('ADMIN_PASSWORD', 'WeDraw2026!') },
});

export default config;
