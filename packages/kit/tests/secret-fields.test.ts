import { describe, expect, it } from 'vitest';
import { markSecretFields, secretFieldsOf } from '../src';

describe('markSecretFields', () => {
  it('collects the fields a request marks, none by default', () => {
    const ctx = { state: {} as Record<string, unknown> };
    expect(secretFieldsOf(ctx)).toEqual([]);
    markSecretFields(ctx, 'to');
    markSecretFields(ctx, 'url', 'hook');
    expect(secretFieldsOf(ctx)).toEqual(['to', 'url', 'hook']);
    expect(secretFieldsOf({})).toEqual([]);
  });
});
