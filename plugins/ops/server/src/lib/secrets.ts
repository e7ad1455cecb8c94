import { secretBox, secretKeyFrom, type SecretBox } from '@wedraw/kit';

/** Development and tests derive the key from this; production needs OPS_SECRET_KEY. */
const DEV_KEY_SEED = 'wedraw-ops-dev-only-secret-key';

/** Secret targets at rest (webhook URLs, DingTalk tokens) through the kit's secret box. */
export const opsSecretBox = (configured: string, production: boolean): SecretBox =>
  secretBox(secretKeyFrom(configured, { setting: 'OPS_SECRET_KEY', production, devSeed: DEV_KEY_SEED }));

/** Channels whose recipient is itself a credential: stored encrypted, never shown again. */
export const SECRET_CHANNELS = ['webhook', 'dingtalk-robot'];
