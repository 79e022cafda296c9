/** The constant of reciprocal rank fusion (Cormack et al. 2009): 5 and 60 ranked CLINC150 alike. */
const RRF_K = 60;

/**
 * Reciprocal rank fusion of two rankings of the same kind of item: each item scores 1/(k + rank) in every list that
 * has it, and the lists are merged by decreasing sum. On a tie the first list's order wins (a stable sort over the
 * first list, then the items only the second has). `merge` makes the item of both lists from their two versions.
 */
export function reciprocalRankFusion<T>(
  first: T[],
  second: T[],
  idOf: (item: T) => string,
  merge: (a: T, b: T) => T,
  limit: number,
): T[] {
  const fused = new Map<string, { item: T; score: number }>();
  first.forEach((item, i) => fused.set(idOf(item), { item, score: 1 / (RRF_K + i + 1) }));
  second.forEach((item, i) => {
    const id = idOf(item);
    const both = fused.get(id);
    if (both) fused.set(id, { item: merge(both.item, item), score: both.score + 1 / (RRF_K + i + 1) });
    else fused.set(id, { item, score: 1 / (RRF_K + i + 1) });
  });
  return [...fused.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((f) => f.item);
}
