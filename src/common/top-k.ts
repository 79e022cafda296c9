/**
 * Offers `item` to `top`, the best items so far in order (at most `limit`, best first), without sorting everything
 * offered. Returns the position it took, or -1 if it is not among the best.
 */
export function offerTop<T>(top: T[], item: T, limit: number, better: (a: T, b: T) => boolean): number {
  if (top.length === limit && !better(item, top[limit - 1])) return -1;
  let i = top.length === limit ? limit - 1 : top.length;
  top[i] = item;
  while (i > 0 && better(top[i], top[i - 1])) {
    [top[i - 1], top[i]] = [top[i], top[i - 1]];
    i -= 1;
  }
  return i;
}
