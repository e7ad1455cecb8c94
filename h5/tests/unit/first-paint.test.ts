import { describe, expect, test } from 'vitest';
import { pickEncoding } from '../../server/utils/accept-encoding';

describe('pickEncoding', () => {
  test.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip;q=0.8', 'gzip'],
    ['identity', null],
    [undefined, null],
  ] as const)('%s → %s', (header, encoding) => {
    expect(pickEncoding(header)).toBe(encoding);
  });
});
