import { isEncrypted, secretBox, secretKeyFrom, type SecretBox } from '@wedraw/kit';

/**
 * Corp secrets at rest, through the kit's secret box (AES-256-GCM under the SHA-256 of the plugin's
 * `secretKey` setting). Development and tests use a fixed key until register sets the configured
 * one.
 */
export const DEV_SECRET_KEY = 'wedraw-wecom-dev-only-secret-key';

/** The key from the configured string (production refuses to start without one); development and tests derive a fixed one. */
export const secretKey = (configured: string | undefined, production: boolean): Buffer =>
  secretKeyFrom(configured, { setting: 'WECOM_SECRET_KEY', production, devSeed: DEV_SECRET_KEY });

let box: SecretBox = secretBox(secretKey(undefined, false));

/** Called by the plugin's register with the configured key. */
export function useSecretKey(key: Buffer): void {
  box = secretBox(key);
}

export { isEncrypted };
export const encryptSecret = (plain: string): string => box.encrypt(plain);
export const decryptSecret = (stored: string | null | undefined): string => box.decrypt(stored);
