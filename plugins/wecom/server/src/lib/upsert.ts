import type { Core } from '@strapi/strapi';
import { documentId, tableOf } from './tables';

const CHUNK = 500;

/** Multi-row upsert on the unique `key` column: new rows get a document id, existing ones merge `merge`. */
export async function upsertByKey(strapi: Core.Strapi, uid: string, rows: Record<string, unknown>[], merge: string[]): Promise<void> {
  if (!rows.length) return;
  const { table, col } = tableOf(strapi, uid);
  const now = new Date();
  const mapped = rows.map((r) => {
    const row: Record<string, unknown> = { [col('documentId')]: documentId(), [col('createdAt')]: now, [col('updatedAt')]: now };
    for (const [k, v] of Object.entries(r)) row[col(k)] = v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v;
    return row;
  });
  for (let i = 0; i < mapped.length; i += CHUNK) {
    await strapi.db
      .connection(table)
      .insert(mapped.slice(i, i + CHUNK))
      .onConflict(col('key'))
      .merge([...merge, 'updatedAt'].map(col));
  }
}
