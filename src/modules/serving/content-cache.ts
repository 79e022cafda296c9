import { LRUCache } from 'lru-cache';
import { type AppConfig, usesDatabaseServer } from '../../config/app-config.js';
import type { OutboxFollower } from '../outbox/outbox-follower.js';
import type { OutboxService } from '../outbox/outbox.service.js';

interface Entry<V> {
  value: V;
  /** Epoch ms after which the value is refreshed (served meanwhile); Infinity if never. */
  refreshAt: number;
  /** Epoch ms after which the value is not served any more (one TTL later): an entry nobody asked for is read again. */
  servedUntil: number;
}

/**
 * Values read from the content tables, kept in memory for serving (up to CONTENT_CACHE_SIZE entries; 0 turns it off).
 * Every content commit of this instance empties the cache at once: a read that started before the commit is neither
 * stored nor shared with requests made after it. Other changes (other instances' commits when the database is shared,
 * or what `ttlMs` names) are picked up by refreshing an entry once it is older than `ttlMs` (default:
 * SEARCH_CACHE_TTL_MS on a shared database, never on the embedded one); the old value is served while one read
 * refreshes it (for one more TTL at most), so a popular key never sends a crowd of identical reads to the database.
 * Concurrent misses share one read too. `fresh` rejects an entry that went stale by itself (an expiry passed): it is
 * read again before answering.
 */
export class ContentCache<V extends object> {
  private readonly cache: LRUCache<string, Entry<V>> | undefined;
  private readonly reads = new Map<string, Promise<V>>();
  /** Bumped by every content commit of this instance. */
  private generation = 0;
  private readonly ttlMs: number;
  private readonly fresh: (value: V) => boolean;
  private readonly follower: OutboxFollower;

  constructor(
    outbox: OutboxService,
    config: AppConfig,
    options: { ttlMs?: number; fresh?: (value: V) => boolean } = {},
  ) {
    // The embedded database belongs to this process alone: its content changes only through this instance.
    const shared = usesDatabaseServer(config) && config.SEARCH_CACHE_TTL_MS > 0;
    this.ttlMs = options.ttlMs ?? (shared ? config.SEARCH_CACHE_TTL_MS : Infinity);
    if (config.CONTENT_CACHE_SIZE > 0) this.cache = new LRUCache({ max: config.CONTENT_CACHE_SIZE });
    this.fresh = options.fresh ?? (() => true);
    this.follower = outbox.follow({
      immediate: true,
      wake: () => {
        this.generation += 1;
        this.cache?.clear();
        this.reads.clear();
      },
    });
  }

  /** `read` is told whether it refreshes a value still being served (no request waits for it) or not. */
  async get(key: string, read: (refreshing: boolean) => Promise<V>): Promise<V> {
    if (!this.cache) return read(false);
    const entry = this.cache.get(key);
    const now = Date.now();
    if (!entry || entry.servedUntil <= now || !this.fresh(entry.value)) return this.load(key, () => read(false));
    if (entry.refreshAt <= now) {
      // A failed refresh forgets the entry: the next request reads (and reports the failure) itself.
      this.load(key, () => read(true)).catch(() => this.cache!.delete(key));
    }
    return entry.value;
  }

  /** Stops following commits; settles once the reads under way have (call it while the database is still open). */
  async close(): Promise<void> {
    this.follower.stop();
    await Promise.allSettled(this.reads.values());
  }

  /** One read per key at a time; its result is kept unless a commit came first. */
  private load(key: string, read: () => Promise<V>): Promise<V> {
    const running = this.reads.get(key);
    if (running) return running;
    const generation = this.generation;
    const reading = read()
      .then((value) => {
        const refreshAt = Date.now() + this.ttlMs;
        if (generation === this.generation)
          this.cache?.set(key, { value, refreshAt, servedUntil: refreshAt + this.ttlMs });
        return value;
      })
      .finally(() => {
        if (this.reads.get(key) === reading) this.reads.delete(key);
      });
    this.reads.set(key, reading);
    return reading;
  }
}
