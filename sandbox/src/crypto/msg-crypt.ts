import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { sortedSha1 } from './signature';

const BLOCK = 32;

/**
 * WeChat "safe mode" message encryption (reference §2.4): AES-256-CBC, key from the 43-character
 * EncodingAESKey, IV = first 16 key bytes, PKCS#7 padding to 32-byte blocks, plaintext =
 * random(16) || len (uint32 BE) || msg || receiveId.
 */
export class MsgCrypt {
  readonly key: Buffer;
  readonly iv: Buffer;

  constructor(
    readonly token: string,
    encodingAESKey: string,
    readonly receiveId: string,
  ) {
    if (!/^[A-Za-z0-9]{43}$/.test(encodingAESKey)) throw new Error('EncodingAESKey must be 43 characters [A-Za-z0-9]');
    this.key = Buffer.from(`${encodingAESKey}=`, 'base64');
    this.iv = this.key.subarray(0, 16);
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

  decrypt(encrypted: string): { message: string; receiveId: string } {
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv);
    decipher.setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
    let pad = padded[padded.length - 1] ?? 0;
    if (pad < 1 || pad > BLOCK) pad = 0;
    const plain = padded.subarray(0, padded.length - pad);
    if (plain.length < 20) throw new Error('decrypted buffer too short');
    const len = plain.readUInt32BE(16);
    if (20 + len > plain.length) throw new Error('bad message length');
    return {
      message: plain.subarray(20, 20 + len).toString('utf8'),
      receiveId: plain.subarray(20 + len).toString('utf8'),
    };
  }

  signature(timestamp: string, nonce: string, encrypt: string): string {
    return sortedSha1(this.token, timestamp, nonce, encrypt);
  }
}
