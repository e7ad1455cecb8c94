import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';

/** sha1 hex of the lexicographically sorted strings joined with nothing (reference §2.1, §2.4). */
export function sortedSha1(...parts: string[]): string {
  return createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');
}

const BLOCK = 32;

/**
 * WeChat's message encryption (reference §2.4): AES-256-CBC, key = base64(EncodingAESKey + '='),
 * IV = first 16 bytes of the key, PKCS#7 to 32-byte blocks, plaintext =
 * random(16) || len (uint32 BE) || msg || receiveId. The receiveId is the appId of an Official
 * Account or mini program, the CorpID for WeCom (same envelope).
 */
export class MsgCrypto {
  private readonly key: Buffer;
  private readonly iv: Buffer;

  constructor(
    private readonly token: string,
    encodingAESKey: string,
    private readonly receiveId: string,
  ) {
    this.key = Buffer.from(`${encodingAESKey}=`, 'base64');
    if (this.key.length !== 32) throw new Error('EncodingAESKey must decode to 32 bytes');
    this.iv = this.key.subarray(0, 16);
  }

  signature(timestamp: string, nonce: string, encrypted: string): string {
    return sortedSha1(this.token, timestamp, nonce, encrypted);
  }

  encrypt(message: string, random: Buffer = randomBytes(16)): string {
    const msg = Buffer.from(message, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(msg.length, 0);
    const plain = Buffer.concat([random, len, msg, Buffer.from(this.receiveId, 'utf8')]);
    const pad = BLOCK - (plain.length % BLOCK);
    const padded = Buffer.concat([plain, Buffer.alloc(pad, pad)]);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv);
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
  }

  /** Decrypts and checks the receiveId; throws on any malformation. */
  decrypt(encrypted: string): string {
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv);
    decipher.setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
    const pad = padded[padded.length - 1] ?? 0;
    if (pad < 1 || pad > BLOCK || padded.length < 20 + pad) throw new Error('bad padding');
    const plain = padded.subarray(0, padded.length - pad);
    const len = plain.readUInt32BE(16);
    if (20 + len > plain.length) throw new Error('bad length');
    const receiveId = plain.subarray(20 + len).toString('utf8');
    if (receiveId !== this.receiveId) throw new Error('receiveId mismatch');
    return plain.subarray(20, 20 + len).toString('utf8');
  }
}
