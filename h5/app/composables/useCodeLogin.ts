/**
 * A login page that trades a platform's OAuth `code` for our JWT (WeChat for visitors, WeCom for
 * employees): without a code it starts the platform's login, with one it finishes and goes back to
 * where the person was; a refusal or a failed swap is shown with a retry that asks for a new code
 * (a used code cannot be swapped twice).
 */
export function useCodeLogin(options: {
  loginPath: string;
  safePath: (to: unknown) => string;
  startLogin: (to: string) => Promise<unknown>;
  finishLogin: (code: string, state: unknown) => Promise<unknown>;
  /** Said when the platform comes back with only `state` (the person declined). */
  declined?: string;
}) {
  const route = useRoute();
  const error = ref('');

  async function run() {
    error.value = '';
    const to = options.safePath(route.query.to);
    try {
      if (options.declined && route.query.state && !route.query.code) {
        error.value = options.declined;
      } else if (typeof route.query.code === 'string' && route.query.code) {
        await options.finishLogin(route.query.code, route.query.state);
        await navigateTo(to, { replace: true });
      } else {
        await options.startLogin(to);
      }
    } catch (err) {
      error.value = toApiError(err).message;
    }
  }

  async function retry() {
    await navigateTo({ path: options.loginPath, query: { to: route.query.to } }, { replace: true });
    await run();
  }

  onMounted(run);
  return { error, retry };
}
