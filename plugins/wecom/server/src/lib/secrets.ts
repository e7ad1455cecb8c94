import { isEncrypted, secretBox, secretKeyFrom, type SecretBox } from '@wedraw/kit';

/**
 * Corp secrets at rest, through the kit's secret box (AES-256-GCM under the SHA-256 of the plugin's
 * `secretKey` setting). Development and tests use a fixed key until register sets the configured
 * one; production refuses to start without it (index.ts).
 */
export const DEV_SECRET_KEY = 'wedraw-wecom-dev-only-secret-key';

const keyOf = (secret: string) => secretKeyFrom(secret, { setting: 'WECOM_SECRET_KEY', production: false, devSeed: DEV_SECRET_KEY });
let box: SecretBox = secretBox(keyOf(DEV_SECRET_KEY));

export function useSecretKey(secret: string): void {
  box = secretBox(keyOf(secret));
}

export { isEncrypted };
export const encryptSecret = (plain: string): string => box.encrypt(plain);
export const decryptSecret = (stored: string | null | undefined): string => box.decrypt(stored);
