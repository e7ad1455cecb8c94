/** The employees' pages: without a WeCom session, log in through WeCom and come back. */
export default defineNuxtRouteMiddleware((to) => {
  if (useWecomToken().value) return;
  return navigateTo({ path: '/wecom/login', query: { to: to.fullPath } });
});
