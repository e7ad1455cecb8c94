import { describe, expect, it } from 'vitest';
import { checkSettings } from '../src/settings';

const DEFAULTS = { workers: true, batch: 100, delayMs: 0, secretKey: '', mode: 'stable', targets: {} };

describe('checkSettings', () => {
  it('accepts settings of the kind of their default, and leaves unknown kinds alone', () => {
    expect(() => checkSettings('demo', DEFAULTS, { workers: false, batch: 5, secretKey: 's', targets: { a: 1 } })).not.toThrow();
    expect(() => checkSettings('demo', DEFAULTS, { delayMs: 0 }, { nonNegative: ['delayMs'] })).not.toThrow();
  });

  it('refuses the wrong kind, naming the plugin and the setting', () => {
    expect(() => checkSettings('demo', DEFAULTS, { batch: 0 })).toThrow('demo plugin config: batch must be a positive integer (got 0)');
    expect(() => checkSettings('demo', DEFAULTS, { batch: 1.5 })).toThrow(/batch must be a positive integer/);
    expect(() => checkSettings('demo', DEFAULTS, { workers: 'yes' })).toThrow('demo plugin config: workers must be true or false (got "yes")');
    expect(() => checkSettings('demo', DEFAULTS, { delayMs: -1 }, { nonNegative: ['delayMs'] })).toThrow(/delayMs must be a non-negative integer/);
    expect(() => checkSettings('demo', DEFAULTS, { mode: 'other' }, { oneOf: { mode: ['stable', 'token'] } })).toThrow('mode must be "stable" or "token"');
  });

  it('never shows a secret in the refusal', () => {
    expect(() => checkSettings('demo', DEFAULTS, { secretKey: 42 }, { secrets: ['secretKey'] })).toThrow(
      'demo plugin config: secretKey must be a string (got ***)',
    );
  });
});
