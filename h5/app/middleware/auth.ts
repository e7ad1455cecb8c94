/** Pages that need a visitor: without a JWT, go through /login and come back. */
export default defineNuxtRouteMiddleware((to) => {
  if (useToken().value) return;
  return navigateTo({ path: '/login', query: { to: to.fullPath } });
});
