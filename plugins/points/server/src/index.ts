/** Server entry of the plugin (compiled to dist/server/src/index.js, which Strapi loads). */
export default {
  register() {},
  bootstrap() {},
  destroy() {},
  config: { default: {}, validator() {} },
  contentTypes: {},
  controllers: {},
  routes: {},
  services: {},
  policies: {},
  middlewares: {},
};
