import { isEncrypted, secretBox, secretKeyFrom, type SecretBox } from '@wedraw/kit';

/** Merchant private keys and APIv3 keys at rest, under the plugin config's `secretKey` (`PAY_SECRET_KEY`). */
let box: SecretBox | null = null;

export const secretKey = (configured: string | undefined, production: boolean): Buffer =>
  secretKeyFrom(configured, { setting: 'PAY_SECRET_KEY', production, devSeed: 'wedraw-pay-dev-only-secret-key' });

export function useSecretKey(key: Buffer): void {
  box = secretBox(key);
}

function current(): SecretBox {
  if (!box) throw new Error('pay secrets used before the plugin registered its key');
  return box;
}

export { isEncrypted };
export const encryptSecret = (plain: string): string => current().encrypt(plain);
export const decryptSecret = (stored: string | null | undefined): string => current().decrypt(stored);
