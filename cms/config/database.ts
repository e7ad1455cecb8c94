import path from 'path';
import type { Core } from '@strapi/strapi';

type Client = 'mysql' | 'sqlite';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite') as Client;

  const connections = {
    mysql: {
      connection: {
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 3306),
        database: env('DATABASE_NAME', 'wedraw'),
        user: env('DATABASE_USERNAME', 'wedraw'),
        password: env('DATABASE_PASSWORD', ''),
        charset: 'utf8mb4',
        timezone: 'Z',
        ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    sqlite: {
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };

  if (!(client in connections)) {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "mysql" (got "${client}")`);
  }

  return {
    connection: {
      client,
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      // knex warns on every schema sync that MySQL commits DDL implicitly; Strapi knows, so do we.
      log: {
        warn: (message: string) => {
          if (!String(message).includes('implicitly committed')) console.warn(message);
        },
      },
    } as Core.Config.Database['connection'],
  };
};

export default config;
