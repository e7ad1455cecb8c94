/**
 * pm2 for a non-Docker deployment: N stateless CMS instances (cluster mode) and the H5 SSR server,
 * behind nginx (config/nginx/wedraw.conf). Every instance shares MySQL and Redis, so tokens,
 * caches, locks, rate limits and scheduled jobs stay correct with any number of instances.
 *
 *   npm ci && npm run build        # once per release, in /srv/wedraw
 *   pm2 start config/pm2/ecosystem.config.js && pm2 save
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const nodeArgs = require('./node-args');
const envFile = process.env.WEDRAW_ENV_FILE || '/etc/wedraw/wedraw.env';

function readEnv(file) {
  if (!fs.existsSync(file)) return {};
  return Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

const env = { NODE_ENV: 'production', ...readEnv(envFile) };

module.exports = {
  apps: [
    {
      name: 'wedraw-cms',
      cwd: path.join(root, 'cms'),
      script: path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'),
      args: 'start',
      node_args: nodeArgs,
      exec_mode: 'cluster',
      instances: process.env.WEDRAW_CMS_INSTANCES || 2,
      max_memory_restart: '1G',
      kill_timeout: 10000,
      env,
    },
    // Queue workers apart from the web tier (message delivery, callbacks, template sends, fan sync):
    // WEDRAW_WORKERS > 0 runs that many, and the CMS instances then should run with
    // MESSAGING_WORKERS=off in the env file.
    ...(Number(process.env.WEDRAW_WORKERS || 0) > 0
      ? [
          {
            name: 'wedraw-worker',
            cwd: path.join(root, 'cms'),
            script: path.join(root, 'cms', 'scripts', 'worker.js'),
            node_args: nodeArgs,
            exec_mode: 'fork',
            instances: Number(process.env.WEDRAW_WORKERS),
            max_memory_restart: '1G',
            kill_timeout: 30000,
            env: { ...env, MESSAGING_WORKERS: 'on' },
          },
        ]
      : []),
    {
      name: 'wedraw-h5',
      cwd: path.join(root, 'h5'),
      script: '.output/server/index.mjs',
      exec_mode: 'cluster',
      instances: process.env.WEDRAW_H5_INSTANCES || 1,
      env: { ...env, PORT: env.H5_PORT || 3000, HOST: '127.0.0.1' },
    },
  ],
};
