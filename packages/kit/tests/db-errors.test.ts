import { describe, expect, it } from 'vitest';
import { createOrReread, isRetryable, isUnavailable, isUniqueViolation, unavailable } from '../src';

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

describe('isUnavailable', () => {
  it('knows a backend that refused, dropped the connection or ran the pool dry', () => {
    expect(isUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' }))).toBe(true);
    expect(isUnavailable(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('wrapped'), { cause: new Error('Connection is closed.') }))).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isUnavailable(mysqlDup)).toBe(false);
    expect(isUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isUnavailable(new Error('could not connect the dots'))).toBe(false);
  });

  it('unavailable() is a 503 named Unavailable with a Chinese message', () => {
    const err = unavailable();
    expect(err).toMatchObject({ status: 503, name: 'Unavailable', expose: true });
    expect(err.message).toMatch(/暂不可用/);
  });
});
