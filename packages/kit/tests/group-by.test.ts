import { describe, expect, it } from 'vitest';
import { groupBy } from '../src';

describe('groupBy', () => {
  it('groups items by key, keeping their order within and across groups', () => {
    const groups = groupBy(['a1', 'b1', 'a2', 'c1', 'b2'], (s) => s[0]);
    expect([...groups.keys()]).toEqual(['a', 'b', 'c']);
    expect(groups.get('a')).toEqual(['a1', 'a2']);
    expect(groups.get('b')).toEqual(['b1', 'b2']);
    expect(groups.get('c')).toEqual(['c1']);
  });

  it('handles null keys and no items', () => {
    expect(groupBy([{ k: null }, { k: null }], (x) => x.k).get(null)).toHaveLength(2);
    expect(groupBy([], () => 1).size).toBe(0);
  });

  it('stays linear for one large group', () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => i);
    const groups = groupBy(ids, () => 'same');
    expect(groups.get('same')).toHaveLength(200_000);
    expect(groups.get('same')![199_999]).toBe(199_999);
  });
});
