import type { Core } from '@strapi/strapi';

/**
 * Mall data for tests, written through the document service (the admin's own path), so the write
 * rules (tree depth, leaf categories, banner windows) apply to fixtures exactly as to editors.
 */
export function mallFixtures(strapi: Core.Strapi) {
  const docs = (uid: string) => strapi.documents(uid as any) as any;
  return {
    async category(name: string, parent?: { documentId: string }, extra: Record<string, unknown> = {}) {
      return docs('api::category.category').create({ data: { name, parent: parent?.documentId ?? null, ...extra } });
    },

    async good(
      title: string,
      category: { documentId: string },
      skus: Array<{ pointsPrice: number; stock?: number; sales?: number; cashPrice?: number; specs?: Record<string, string> }>,
      extra: Record<string, unknown> = {},
    ) {
      const good = await docs('api::good.good').create({ data: { title, category: category.documentId, ...extra } });
      for (const sku of skus) {
        await docs('api::sku.sku').create({ data: { stock: 10, sales: 0, ...sku, good: good.documentId } });
      }
      return good;
    },

    async zone(data: Record<string, unknown>) {
      return docs('api::zone.zone').create({ data });
    },

    async banner(data: Record<string, unknown>) {
      return docs('api::banner.banner').create({ data });
    },

    update(uid: string, documentId: string, data: Record<string, unknown>) {
      return docs(uid).update({ documentId, data });
    },
  };
}

/** A users-permissions user with a JWT, as the H5 would hold after login. */
export async function createUser(strapi: Core.Strapi, username: string): Promise<{ id: number; jwt: string }> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const user = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username,
      email: `${username}@example.test`,
      password: 'Passw0rd!',
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
  const jwt = await strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  return { id: user.id, jwt };
}

/** Poll until `check` passes or the deadline expires; returns the elapsed milliseconds. */
export async function eventually(check: () => Promise<void>, deadlineMs = 1000, stepMs = 25): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return Date.now() - started;
    } catch (err) {
      if (Date.now() - started > deadlineMs) throw err;
      await new Promise((r) => setTimeout(r, stepMs));
    }
  }
}
