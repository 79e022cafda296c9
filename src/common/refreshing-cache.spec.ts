import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefreshingCache } from './refreshing-cache.js';

/** A read whose results the test hands out one at a time, counting the reads begun. */
function reads<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const read = () => new Promise<T>((resolve, reject) => pending.push({ resolve, reject }));
  return { read, pending };
}
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** One key of a cache, asked for at a given clock time (ms); `forget` clears the cache. */
function oneKey<T>(read: () => Promise<T>, ttlMs: number, staleMs: number) {
  const cache = new RefreshingCache<T>({ max: 10, ttlMs, staleMs });
  return {
    get: (now: number) => {
      vi.setSystemTime(now);
      return cache.get('key', read);
    },
    forget: () => cache.clear(),
  };
}

/** A value of `ttlMs` and `staleMs`, read once at 0 as 'a'. */
async function readAtZero(ttlMs: number, staleMs: number) {
  const { read, pending } = reads<string>();
  const value = oneKey(read, ttlMs, staleMs);
  const first = value.get(0);
  pending[0].resolve('a');
  await first;
  return { value, pending };
}

describe('RefreshingCache', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('reads once for every caller until the value is ttl old', async () => {
    const { read, pending } = reads<string>();
    const value = oneKey(read, 1000, 60_000);
    const first = value.get(0);
    const second = value.get(500);
    expect(pending).toHaveLength(1);
    pending[0].resolve('a');
    expect(await first).toBe('a');
    expect(await second).toBe('a');
    expect(await value.get(999)).toBe('a');
    expect(pending).toHaveLength(1);
  });

  it('gives an expired value at once while reading it again, then the new one', async () => {
    const { value, pending } = await readAtZero(1000, 60_000);
    // Expired: answered from the old value without waiting for the re-read, which begins once.
    expect(await value.get(1000)).toBe('a');
    expect(await value.get(1500)).toBe('a');
    expect(pending).toHaveLength(2);
    pending[1].resolve('b');
    await settled();
    expect(await value.get(1600)).toBe('b');
    // Fresh for ttl from when the re-read ended.
    expect(await value.get(1999)).toBe('b');
    expect(pending).toHaveLength(2);
  });

  it('reads before answering when the value is older than ttl + stale, or its re-read failed', async () => {
    const { value, pending } = await readAtZero(1000, 5000);
    const tooOld = value.get(6000);
    expect(pending).toHaveLength(2);
    pending[1].resolve('b');
    expect(await tooOld).toBe('b');

    expect(await value.get(7000)).toBe('b');
    pending[2].reject(new Error('database down'));
    await settled();
    // The failed re-read is not hidden behind the old value: the next caller reads, and sees the failure.
    const failing = value.get(7100);
    expect(pending).toHaveLength(4);
    pending[3].reject(new Error('database down'));
    await expect(failing).rejects.toThrow('database down');
  });

  it('reads again at once once forgotten, even while a re-read is under way', async () => {
    const { value, pending } = await readAtZero(1000, 60_000);
    expect(await value.get(1000)).toBe('a');
    value.forget();
    const after = value.get(1001);
    expect(pending).toHaveLength(3);
    pending[2].resolve('c');
    // The re-read begun before forget lands late, and is not taken.
    pending[1].resolve('b');
    await settled();
    expect(await after).toBe('c');
    expect(await value.get(1500)).toBe('c');
    // Later expiries re-read in the background again.
    expect(await value.get(2001)).toBe('c');
    expect(pending).toHaveLength(4);
  });

  it('keeps the read begun after forget when the one begun before fails late', async () => {
    const { read, pending } = reads<string>();
    const value = oneKey(read, 1000, 60_000);
    void value.get(0).catch(() => undefined);
    value.forget();
    const after = value.get(10);
    pending[1].resolve('b');
    pending[0].reject(new Error('database down'));
    await settled();
    expect(await after).toBe('b');
    expect(await value.get(500)).toBe('b');
    expect(pending).toHaveLength(2);
  });
});
