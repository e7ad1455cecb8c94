/** Shapes of the plugin's rows as the query engine returns them. */
export interface UserRef {
  id: number;
  username?: string;
}
export interface FanRow {
  id: number;
  documentId: string;
  appId: string;
  openid: string;
  unionid: string | null;
  subscribed: boolean;
  user?: UserRef | null;
}
export interface IdentityRow {
  id: number;
  appId: string;
  openid: string;
  unionid: string | null;
  nickname: string | null;
  avatar: string | null;
  user?: UserRef | null;
}

/** True when a write failed on a unique index (two concurrent first writes of one key). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === 'ER_DUP_ENTRY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /unique|duplicate/i.test(e?.message ?? '');
}

/** Creates a row, or when a concurrent writer won the unique key, returns `reread()`. */
export async function createOrReread<T>(create: () => Promise<T>, reread: () => Promise<T | null>): Promise<T> {
  try {
    return await create();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const row = await reread();
    if (!row) throw err;
    return row;
  }
}
