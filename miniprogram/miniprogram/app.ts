import { ensureLogin } from './utils/auth';

App({
  onLaunch() {
    // Log in quietly at start; pages that need the user log in again on their own when this fails.
    ensureLogin().catch(() => undefined);
  },
});
