/**
 * Which real services the tests use. Default: SQLite and in-process queue/cache, and Redis-only
 * tests skip. With WEDRAW_TEST_SERVICES=required (CI): MariaDB/MySQL and Redis, and a missing one
 * fails the run loudly instead of skipping.
 */
const required = process.env.WEDRAW_TEST_SERVICES === 'required';

function mysqlSettings() {
  return {
    host: process.env.TEST_DATABASE_HOST || process.env.DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.TEST_DATABASE_PORT || process.env.DATABASE_PORT || 3306),
    user: process.env.TEST_DATABASE_USERNAME || process.env.DATABASE_USERNAME || 'root',
    password: process.env.TEST_DATABASE_PASSWORD ?? process.env.DATABASE_PASSWORD ?? '',
  };
}

function redisUrl() {
  if (process.env.TEST_REDIS_URL) return process.env.TEST_REDIS_URL;
  if (required) return process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  return process.env.REDIS_URL || null;
}

module.exports = { required, mysqlSettings, redisUrl };
