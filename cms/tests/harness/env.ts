import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';
import { applyTemplate, readTemplate, recordTemplate } from './db-template';
import { mysqlSettings, redisUrl, required } from './services';

export const APP_DIR = path.resolve(__dirname, '..', '..');

export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
  /** MySQL only: records the schema Strapi built, once, when the database did not start from a recorded one (db-template.ts). */
  recordSchema?: () => Promise<void>;
}

/** A fresh database for one test file: a new MySQL database in required mode, a new SQLite file otherwise. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  if (required || process.env.TEST_DATABASE_CLIENT === 'mysql') {
    const mysql = require('mysql2/promise');
    const settings = mysqlSettings();
    const name = `wedraw_test_${id}`;
    const conn = await mysql.createConnection({ ...settings, multipleStatements: true });
    await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const { file, template } = readTemplate();
    if (template) await applyTemplate(conn, name, template);
    await conn.end();
    let recorded = template !== null;
    return {
      async recordSchema() {
        if (recorded) return;
        recorded = true;
        const c = await mysql.createConnection({ ...settings, dateStrings: true });
        await recordTemplate(c, name, file).finally(() => c.end());
      },
      env: {
        DATABASE_CLIENT: 'mysql',
        DATABASE_HOST: settings.host,
        DATABASE_PORT: String(settings.port),
        DATABASE_NAME: name,
        DATABASE_USERNAME: settings.user,
        DATABASE_PASSWORD: settings.password,
      },
      async drop() {
        const c = await mysql.createConnection(settings);
        await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await c.end();
      },
    };
  }
  const file = `.tmp/test_${id}.db`;
  fs.mkdirSync(path.join(APP_DIR, '.tmp'), { recursive: true });
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    async drop() {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(APP_DIR, file + suffix), { force: true });
    },
  };
}

/** Environment of one test CMS instance. Rate limits are high unless a test sets its own. */
export function cmsEnv(database: TestDatabase, overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const redis = redisUrl();
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    APP_KEYS: 'testKeyA,testKeyB',
    API_TOKEN_SALT: 'test-api-token-salt',
    ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'test-transfer-salt',
    JWT_SECRET: 'test-jwt-secret',
    ENCRYPTION_KEY: 'test-encryption-key',
    RATE_LIMIT_IP_PER_MINUTE: '100000',
    RATE_LIMIT_USER_WRITES_PER_MINUTE: '100000',
    REDIS_URL: redis ?? '',
    REDIS_KEY_PREFIX: `wedraw-test-${randomBytes(4).toString('hex')}:`,
    ...database.env,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

export const redisAvailable = (): boolean => Boolean(redisUrl());
export { required };
