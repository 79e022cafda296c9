import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from './rank-fusion.js';

interface Item {
  id: string;
  from: string;
}

const items = (from: string, ...ids: string[]): Item[] => ids.map((id) => ({ id, from }));
const fuse = (first: Item[], second: Item[], limit = 10) =>
  reciprocalRankFusion(
    first,
    second,
    (i) => i.id,
    (a, b) => ({ id: a.id, from: `${a.from}+${b.from}` }),
    limit,
  );

describe('reciprocalRankFusion', () => {
  it('puts first what both lists rank, even below what one list alone ranks first', () => {
    // b: 1/62 + 1/61 beats a (1/61 alone) and c (1/61 alone).
    expect(fuse(items('matcher', 'a', 'b'), items('engine', 'c', 'b')).map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });

  it('merges an item found by both lists, and keeps the others as they are', () => {
    expect(fuse(items('matcher', 'a', 'b'), items('engine', 'b', 'c'))).toEqual([
      { id: 'b', from: 'matcher+engine' },
      { id: 'a', from: 'matcher' },
      { id: 'c', from: 'engine' },
    ]);
  });

  it('breaks ties in favour of the first list, and keeps one list alone in its order', () => {
    expect(fuse(items('matcher', 'a', 'b'), items('engine', 'c', 'd')).map((i) => i.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(fuse([], items('engine', 'c', 'd')).map((i) => i.id)).toEqual(['c', 'd']);
    expect(fuse(items('matcher', 'a', 'b'), []).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('returns at most `limit` items', () => {
    expect(fuse(items('matcher', 'a', 'b', 'c'), items('engine', 'd', 'e'), 2).map((i) => i.id)).toEqual(['a', 'd']);
  });
});
