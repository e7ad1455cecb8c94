import { isEncrypted, secretBox, secretKeyFrom, type SecretBox } from '@wedraw/kit';

/**
 * App secrets and AES keys at rest, under the key of the plugin config's `secretKey`
 * (`WECHAT_SECRET_KEY`): set at register, which refuses to start in production without one.
 */
let box: SecretBox | null = null;

export const DEV_KEY_SEED = 'wedraw-wechat-dev-only-secret-key';

/** The key from the configured string; development and tests derive a fixed one. */
export const secretKey = (configured: string | undefined, production: boolean): Buffer =>
  secretKeyFrom(configured, { setting: 'WECHAT_SECRET_KEY', production, devSeed: DEV_KEY_SEED });

/** Called by the plugin's register with the configured key. */
export function useSecretKey(key: Buffer): void {
  box = secretBox(key);
}

function current(): SecretBox {
  if (!box) throw new Error('wechat secrets used before the plugin registered its key');
  return box;
}

export { isEncrypted };
export const encryptSecret = (plain: string): string => current().encrypt(plain);
export const decryptSecret = (stored: string | null | undefined): string => current().decrypt(stored);
