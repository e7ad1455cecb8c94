import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';

/**
 * Secrets at rest (app secrets, AES keys, robot keys, tenant secrets): AES-256-GCM under a key the
 * plugin takes from its config. Stored form: `enc:v1:<iv b64>:<tag b64>:<ciphertext b64>`.
 */
const PREFIX = 'enc:v1:';

export interface SecretKeyOptions {
  /** The setting's name, for the refusal (`WECHAT_SECRET_KEY`). */
  setting: string;
  /** Production refuses to start without a configured key. */
  production: boolean;
  /** What development and tests derive a fixed key from. */
  devSeed: string;
}

/** The 32-byte key: SHA-256 of the configured string, or of the development seed outside production. */
export function secretKeyFrom(configured: string | undefined | null, options: SecretKeyOptions): Buffer {
  const value = configured?.trim() || (options.production ? '' : options.devSeed);
  if (!value) throw new Error(`refusing to start: production needs ${options.setting} (the key that encrypts secrets at rest)`);
  return createHash('sha256').update(value).digest();
}

export const isEncrypted = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX);

export interface SecretBox {
  encrypt(plain: string): string;
  /** '' for nothing stored; throws on a value that is not encrypted or was tampered with. */
  decrypt(stored: string | null | undefined): string;
}

/** Encrypts and decrypts under one key; each encryption uses a fresh random IV. */
export function secretBox(key: Buffer): SecretBox {
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${body.toString('base64')}`;
    },
    decrypt(stored) {
      if (!stored) return '';
      if (!isEncrypted(stored)) throw new Error('secret is not encrypted at rest');
      const [iv, tag, body] = stored.slice(PREFIX.length).split(':');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64'));
      decipher.setAuthTag(Buffer.from(tag ?? '', 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body ?? '', 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * A credential shown without giving it away: a URL keeps its scheme and host (`https://hooks.example.com/…a1b2`),
 * anything else its first and last four characters (`abcd…wxyz`); short values show nothing but `…`.
 */
export function maskCredential(value: string): string {
  const tail = (s: string) => (s.length >= 12 ? s.slice(-4) : '');
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return `${url.origin}/…${tail(value)}`;
  } catch {
    // not a URL
  }
  return value.length >= 12 ? `${value.slice(0, 4)}…${value.slice(-4)}` : '…';
}
