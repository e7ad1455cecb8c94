import type { Core } from '@strapi/strapi';

/**
 * Insert one row through the query engine without reading it back: `createMany` is one INSERT
 * (defaults, documentId and timestamps applied), where `create` also re-selects the row. The row
 * is returned as written, with its id and the timestamps the engine set.
 */
export async function insertRow<T extends object>(strapi: Core.Strapi, uid: string, data: T): Promise<T & { id: number; createdAt: string }> {
  const row = { ...data } as Record<string, unknown>;
  const { ids } = await strapi.db.query(uid as any).createMany({ data: [row] });
  const createdAt = row.createdAt instanceof Date ? row.createdAt.toISOString() : String(row.createdAt);
  return { ...(row as T), id: Number(ids[0]), createdAt };
}
