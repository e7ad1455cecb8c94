import { createHash } from 'crypto';
import { secretBox as kitSecretBox, secretKeyFrom, type SecretBox } from '@wedraw/kit';

/**
 * Tenant secrets at rest, through the kit's secret box (AES-256-GCM under the configured key). The
 * secret must be recoverable (it checks HMAC signatures and signs callbacks), so it is encrypted,
 * not hashed; the API key itself is only ever stored as its SHA-256.
 */
const DEV_KEY_SEED = 'wedraw-messaging-dev-only-secret-key';

/** The box under MESSAGING_SECRET_KEY; production refuses to start without one. */
export const secretBox = (configured: string, production: boolean): SecretBox =>
  kitSecretBox(secretKeyFrom(configured, { setting: 'MESSAGING_SECRET_KEY', production, devSeed: DEV_KEY_SEED }));

export type { SecretBox };

export const sha256Hex = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');
