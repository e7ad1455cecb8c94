import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * Test runs only (NODE_ENV=test, merged over config/plugins.ts): the harness may load extra local
 * plugins that exist for one test, e.g. a plugin that registers a points rule in its bootstrap.
 * `WEDRAW_TEST_PLUGINS` is a comma-separated list of plugin directories; they load after WeDraw's own.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const dirs = env('WEDRAW_TEST_PLUGINS', '')
    .split(',')
    .map((dir) => dir.trim())
    .filter(Boolean);
  return Object.fromEntries(dirs.map((dir) => [require(path.join(dir, 'package.json')).strapi.name, { enabled: true, resolve: dir }]));
};

export default config;
