import { factories } from '@strapi/strapi';

/** Core REST routes, for API tokens and integrators (not public: see the permissions set in bootstrap). */
export default factories.createCoreRouter('api::sku.sku');
