import { describe, expect, it } from 'vitest';
import { isEncrypted, maskCredential, secretBox, secretKeyFrom } from '../src';

const options = { setting: 'X_SECRET_KEY', production: false, devSeed: 'dev-seed' };

describe('secrets at rest', () => {
  it('round-trips under one key with a fresh IV each time, and detects tampering', () => {
    const box = secretBox(secretKeyFrom('k1', options));
    const stored = box.encrypt('app-secret-123');
    expect(isEncrypted(stored)).toBe(true);
    expect(stored).not.toContain('app-secret-123');
    expect(box.encrypt('app-secret-123')).not.toBe(stored);
    expect(box.decrypt(stored)).toBe('app-secret-123');
    expect(box.decrypt(null)).toBe('');
    const tampered = stored.slice(0, -4) + (stored.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => box.decrypt(tampered)).toThrow();
    expect(() => box.decrypt('plain')).toThrow('not encrypted');
  });

  it('another key cannot read it', () => {
    const stored = secretBox(secretKeyFrom('k1', options)).encrypt('s');
    expect(() => secretBox(secretKeyFrom('k2', options)).decrypt(stored)).toThrow();
  });

  it('production refuses to start without a key, naming the setting; elsewhere the dev seed stands in', () => {
    expect(() => secretKeyFrom(undefined, { ...options, production: true })).toThrow('X_SECRET_KEY');
    expect(() => secretKeyFrom(' ', { ...options, production: true })).toThrow('X_SECRET_KEY');
    expect(secretKeyFrom(undefined, options).equals(secretKeyFrom('dev-seed', options))).toBe(true);
    expect(secretKeyFrom('k', { ...options, production: true })).toHaveLength(32);
  });

  it('masks a credential: a URL keeps its origin, a token its ends, a short value nothing', () => {
    const url = 'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef';
    expect(maskCredential(url)).toBe('https://oapi.dingtalk.com/…cdef');
    expect(maskCredential('http://127.0.0.1:9/hook/secret-path-x1')).toBe('http://127.0.0.1:9/…h-x1');
    expect(maskCredential('0123456789abcdef0123')).toBe('0123…0123');
    expect(maskCredential('short')).toBe('…');
    expect(maskCredential(url)).not.toContain('access_token');
  });
});
