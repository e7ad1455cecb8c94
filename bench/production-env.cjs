/**
 * The environment of a production CMS started by a bench: MySQL (BENCH_DATABASE_*), Redis, lifted
 * rate limits, throwaway secrets. `name` keys the database, the Redis prefix and the secrets.
 */
function benchDatabase() {
  return {
    host: process.env.BENCH_DATABASE_HOST || '127.0.0.1',
    port: Number(process.env.BENCH_DATABASE_PORT || 3306),
    user: process.env.BENCH_DATABASE_USERNAME || 'root',
    password: process.env.BENCH_DATABASE_PASSWORD || '',
  };
}

function productionEnv(name, port, extra = {}) {
  const db = benchDatabase();
  const secrets = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'WECHAT_SECRET_KEY'];
  return {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_CLIENT: 'mysql',
    DATABASE_HOST: db.host,
    DATABASE_PORT: String(db.port),
    DATABASE_NAME: `wedraw_bench_${name}`,
    DATABASE_USERNAME: db.user,
    DATABASE_PASSWORD: db.password,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || '20',
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `wedraw-bench-${name}:`,
    RATE_LIMIT_IP_PER_MINUTE: '1000000000',
    RATE_LIMIT_USER_WRITES_PER_MINUTE: '1000000000',
    LOG_LEVEL: 'warn',
    ...Object.fromEntries(secrets.map((k) => [k, process.env[k] || `${name}-bench-${k.toLowerCase()}-0123456789abcdef`])),
    ...extra,
  };
}

module.exports = { benchDatabase, productionEnv };
