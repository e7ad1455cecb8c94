import captcha from './captcha';
import counters from './counters';
import logWriter from './log-writer';
import loginGuard from './login-guard';
import logs from './logs';
import presets from './presets';
import sessions from './sessions';
import settings from './settings';

/** The plugin's services, listed once: Strapi registers this map and `lib/services.ts` types from it. */
export default { captcha, counters, logWriter, loginGuard, logs, presets, sessions, settings };
