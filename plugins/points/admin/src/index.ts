/** Admin entry of the plugin (bundled from source by the CMS admin build). */
export default {
  register(app: any) {
    app.registerPlugin({ id: 'points', name: '积分' });
  },
  bootstrap() {},
};
