import { LRUCache } from 'lru-cache';

interface Entry<V> {
  value: V;
  /** Epoch ms after which the value is refreshed (served meanwhile); Infinity if never. */
  refreshAt: number;
  /** Epoch ms after which the value is not served any more: an entry nobody asked for since is read again. */
  servedUntil: number;
}

/**
 * Values read from the database by key, kept in memory (up to `max`, least recently used first out) and refreshed
 * once older than `ttlMs`: the old value is served while one read refreshes it (for `staleMs` more at most, default
 * one more TTL), so that no request waits for a refresh and a popular key never sends a crowd of identical reads to
 * the database. Concurrent misses share one read. A failed refresh forgets the entry: the next request reads (and
 * reports the failure) itself. `fresh` rejects an entry that went stale by itself (an expiry passed): it is read again
 * before answering. `clear` drops every entry, and a read that started before it is neither stored nor shared with
 * requests made after it.
 */
export class RefreshingCache<V> {
  private readonly cache: LRUCache<string, Entry<V>>;
  private readonly reads = new Map<string, Promise<V>>();
  /** Bumped by every `clear`. */
  private generation = 0;
  private readonly ttlMs: number;
  private readonly staleMs: number;
  private readonly fresh: (value: V) => boolean;

  constructor(options: { max: number; ttlMs: number; staleMs?: number; fresh?: (value: V) => boolean }) {
    this.cache = new LRUCache({ max: options.max });
    this.ttlMs = options.ttlMs;
    this.staleMs = options.staleMs ?? options.ttlMs;
    this.fresh = options.fresh ?? (() => true);
  }

  /** `read` is told whether it refreshes a value still being served (no request waits for it) or not. */
  async get(key: string, read: (refreshing: boolean) => Promise<V>): Promise<V> {
    const entry = this.cache.get(key);
    const now = Date.now();
    if (!entry || entry.servedUntil <= now || !this.fresh(entry.value)) return this.load(key, () => read(false));
    if (entry.refreshAt <= now) this.load(key, () => read(true)).catch(() => this.cache.delete(key));
    return entry.value;
  }

  clear(): void {
    this.generation += 1;
    this.cache.clear();
    this.reads.clear();
  }

  /** Settles once the reads under way have. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.reads.values());
  }

  /** One read per key at a time; its result is kept unless a `clear` came first. */
  private load(key: string, read: () => Promise<V>): Promise<V> {
    const running = this.reads.get(key);
    if (running) return running;
    const generation = this.generation;
    const reading = read()
      .then((value) => {
        const refreshAt = Date.now() + this.ttlMs;
        if (generation === this.generation)
          this.cache.set(key, { value, refreshAt, servedUntil: refreshAt + this.staleMs });
        return value;
      })
      .finally(() => {
        if (this.reads.get(key) === reading) this.reads.delete(key);
      });
    this.reads.set(key, reading);
    return reading;
  }
}
