/** Admin entry of 数据分析 (bundled from source by the CMS admin build). */
export default {
  register(app: any) {
    app.registerPlugin({ id: 'analytics', name: '数据分析' });
  },
  bootstrap() {},
};
