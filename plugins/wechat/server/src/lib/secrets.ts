import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';

/**
 * App secrets at rest: AES-256-GCM with a key from WECHAT_SECRET_KEY (any string; its SHA-256 is
 * the key). Development and test derive a fixed key; production refuses to start without one.
 * Stored form: `enc:v1:<iv b64>:<tag b64>:<ciphertext b64>`.
 */
const PREFIX = 'enc:v1:';
const DEV_KEY_SEED = 'wedraw-wechat-dev-only-secret-key';

let cachedKey: Buffer | null = null;

export function secretKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const configured = env.WECHAT_SECRET_KEY?.trim();
  if (configured) return createHash('sha256').update(configured).digest();
  if (env.NODE_ENV === 'production') {
    throw new Error('WeChat plugin refuses to start: NODE_ENV=production needs WECHAT_SECRET_KEY (the key that encrypts app secrets at rest).');
  }
  return createHash('sha256').update(DEV_KEY_SEED).digest();
}

function key(): Buffer {
  if (!cachedKey) cachedKey = secretKey();
  return cachedKey;
}

export function isEncrypted(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`;
}

export function decryptSecret(stored: string | null | undefined): string {
  if (!stored) return '';
  if (!isEncrypted(stored)) throw new Error('app secret is not encrypted at rest');
  const [iv, tag, body] = stored.slice(PREFIX.length).split(':');
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv ?? '', 'base64'));
  decipher.setAuthTag(Buffer.from(tag ?? '', 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body ?? '', 'base64')), decipher.final()]).toString('utf8');
}
