import type { Core } from '@strapi/strapi';
import { registerAnalyticsSource } from './analytics-source';
import config, { messagingConfig } from './config';
import { emailChannel } from './channels/email';
import { webhookChannel } from './channels/webhook';
import contentTypes from './content-types';
import controllers from './controllers';
import { services as pluginServices } from './lib/services';
import { ADMIN_ACTIONS } from './permissions';
import routes from './routes';
import { registerFastIntake } from './routes/fast-intake';
import services from './services';

/** Server entry of the message center (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const settings = messagingConfig(strapi);
    pluginServices(strapi).tenants.secrets(); // refuse to start in production without MESSAGING_SECRET_KEY
    // Built-in channels; other plugins register theirs the same way in their own register().
    const userEmail = async (id: number) =>
      ((await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id }, select: ['email'] })) as { email?: string } | null)?.email ?? null;
    pluginServices(strapi).channels.register(emailChannel(settings, userEmail));
    pluginServices(strapi).channels.register(webhookChannel(settings));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
    await pluginServices(strapi).tenants.ensureAdminTenant();
    pluginServices(strapi).delivery.start();
    registerAnalyticsSource(strapi);
    registerFastIntake(strapi);
    void pluginServices(strapi)
      .recipients.protectStored()
      .then((n) => n && strapi.log.info(`[messaging] ${n} stored credential recipients encrypted`))
      .catch((err: Error) => strapi.log.warn(`[messaging] stored credential recipients not encrypted yet: ${err.message}`));
  },

  destroy() {},
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};
