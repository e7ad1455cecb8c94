import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { applyListLayouts } from './bootstrap/admin-lists';
import { nameDefaultRecords } from './bootstrap/default-names';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { withdrawActions } from './bootstrap/withdrawn-actions';
import { relabelPermissionLayout } from './bootstrap/permission-labels';
import { declareCmsVisitorActions } from './bootstrap/permissions';
import { forgetCategoryTree } from './mall/categories';
import { buildHome } from './mall/home';
import { registerBannerAnalytics } from './mall/banner-analytics';
import { registerZoneAnalytics } from './mall/zone-analytics';
import { invalidateHomeOnWrites } from './mall/invalidation';
import { registerWriteRules } from './mall/write-rules';
import { applyPendingGrants, deferGrants } from './api/platform/services/permissions';
import { knownQueues } from './api/platform/services/queue';
import { openPlatform, platform } from './platform';
import { registerDocsPage } from './openapi/docs-page';
import { invalidateAuthOnWrites } from './platform/auth-cache';
import { createFastPath } from './platform/fast-path';
import { checkVisibilityDeclarations, limitGraphql } from './platform/visitor-access';

export const MALL_QUEUE = 'mall';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const parts = openPlatform();
    deferGrants();
    withdrawActions(strapi);
    relabelPermissionLayout(strapi);
    // 商品 · 标签: a JSON array of strings, edited with a tag picker (src/admin/fields/tags-input.tsx).
    strapi.customFields.register({ name: 'tags', type: 'json' });
    strapi.log.info(`[wedraw] cache/locks: ${parts.redis ? 'Redis' : 'memory'}; queue: ${parts.queue.kind}`);
    // First middleware of the Koa app: ahead of Strapi's own stack (added in bootstrap) and of the
    // app-level middlewares plugins registered in their own `register` (which runs before this one).
    strapi.server.app.middleware.unshift(
      createFastPath(strapi, parts, { metricsToken: strapi.config.get('wedraw.metricsToken', '') || undefined, queues: knownQueues }),
    );
    registerWriteRules(strapi);
    // /docs: Swagger UI on /openapi.json (src/openapi).
    registerDocsPage(strapi);
    checkVisibilityDeclarations(strapi);
    limitGraphql(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    strapi.service('api::platform.cache').register('home', () => buildHome(strapi), 60_000);
    platform().cacheBus.onInvalidate('home', forgetCategoryTree);
    invalidateHomeOnWrites(strapi);
    invalidateAuthOnWrites(strapi, platform().cacheBus);
    declareCmsVisitorActions(strapi);
    await applyPendingGrants(strapi);
    await applyAdminLabels(strapi);
    await applyListLayouts(strapi);
    await nameDefaultRecords(strapi);

    const queue = strapi.service('api::platform.queue');
    queue.define(MALL_QUEUE, async (job: { name: string }) => {
      if (job.name === 'flush-banner-clicks') return strapi.service('api::banner.banner').flushClicks();
      throw new Error(`unknown mall job ${job.name}`);
    });
    queue.repeat(MALL_QUEUE, 'flush-banner-clicks', 'flush-banner-clicks', { every: 60_000 }).catch(() => undefined);
    registerBannerAnalytics(strapi);
    registerZoneAnalytics(strapi);

    // Last, once every plugin has registered its admin actions: the role presets (运营管理员, 客服, 财务, 只读).
    await strapi.plugin('audit')?.service('presets').ensure();

    if (strapi.config.get('environment') === 'development') await ensureDevAdmin(strapi);
  },

  async destroy() {
    await platform().close();
  },
};
