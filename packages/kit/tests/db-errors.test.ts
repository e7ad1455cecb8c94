import { describe, expect, it } from 'vitest';
import { createOrReread, isRetryable, isUniqueViolation } from '../src';

// The shapes the drivers throw (mysql2 for MySQL/MariaDB, better-sqlite3 for SQLite), as knex passes them on.
const mysqlDup = Object.assign(new Error("Duplicate entry 'k' for key 'points_transactions_idempotency_key_unique'"), { code: 'ER_DUP_ENTRY', errno: 1062 });
const sqliteDup = Object.assign(new Error('UNIQUE constraint failed: points_transactions.idempotency_key'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });

describe('isUniqueViolation', () => {
  it('recognises MySQL/MariaDB and SQLite duplicates, also wrapped as a cause', () => {
    expect(isUniqueViolation(mysqlDup)).toBe(true);
    expect(isUniqueViolation({ errno: 1062 })).toBe(true);
    expect(isUniqueViolation(sqliteDup)).toBe(true);
    expect(isUniqueViolation(Object.assign(new Error('insert failed'), { cause: mysqlDup }))).toBe(true);
  });

  it('is false for other failures', () => {
    expect(isUniqueViolation(Object.assign(new Error('NOT NULL constraint failed'), { code: 'SQLITE_CONSTRAINT_NOTNULL' }))).toBe(false);
    expect(isUniqueViolation(Object.assign(new Error('Deadlock found'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 }))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation('ER_DUP_ENTRY')).toBe(false);
  });
});

describe('isRetryable', () => {
  it('recognises deadlocks, lock-wait timeouts and SQLite busy', () => {
    expect(isRetryable({ code: 'ER_LOCK_DEADLOCK' })).toBe(true);
    expect(isRetryable({ errno: 1205 })).toBe(true);
    expect(isRetryable({ code: 'SQLITE_BUSY' })).toBe(true);
    expect(isRetryable(mysqlDup)).toBe(false);
  });
});

describe('createOrReread', () => {
  it('returns the created row, or the row a concurrent writer created', async () => {
    expect(
      await createOrReread(
        async () => 1,
        async () => 2,
      ),
    ).toBe(1);
    expect(
      await createOrReread(
        async () => Promise.reject(sqliteDup),
        async () => 2,
      ),
    ).toBe(2);
  });

  it('rethrows other errors, and the duplicate when the row cannot be read back', async () => {
    const other = new Error('boom');
    await expect(
      createOrReread(
        async () => Promise.reject(other),
        async () => 2,
      ),
    ).rejects.toBe(other);
    await expect(
      createOrReread(
        async () => Promise.reject(mysqlDup),
        async () => null,
      ),
    ).rejects.toBe(mysqlDup);
  });
});
