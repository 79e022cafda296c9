import { LRUCache } from 'lru-cache';
import type { AppConfig } from '../../config/app-config.js';
import type { OutboxService } from '../outbox/outbox.service.js';

/**
 * Values read from the content tables, kept in memory for serving (up to SEARCH_CACHE_SIZE entries; 0 turns it off).
 * Every content commit of this instance empties the cache at once, and a read that started before the commit does
 * not store its result. When the database is shared with other instances, their commits are seen within
 * SEARCH_CACHE_TTL_MS; `ttlMs` bounds entries further (changes no commit announces: rollups, categories). `fresh`
 * re-reads an entry that went stale by itself (an expiry passed).
 */
export class ContentCache<V extends object> {
  private readonly cache: LRUCache<string, V> | undefined;
  /** Bumped by every content commit of this instance. */
  private generation = 0;
  private readonly fresh: (value: V) => boolean;
  private readonly unsubscribe: () => void;

  constructor(outbox: OutboxService, config: AppConfig, options: { ttlMs?: number; fresh?: (value: V) => boolean } = {}) {
    // The embedded database belongs to this process alone: its content changes only through this instance.
    const shared = config.DATABASE_URL !== undefined && config.SEARCH_CACHE_TTL_MS > 0;
    const ttl = Math.min(options.ttlMs ?? Infinity, shared ? config.SEARCH_CACHE_TTL_MS : Infinity);
    if (config.SEARCH_CACHE_SIZE > 0) this.cache = new LRUCache({ max: config.SEARCH_CACHE_SIZE, ...(ttl < Infinity ? { ttl } : {}) });
    this.fresh = options.fresh ?? (() => true);
    this.unsubscribe = outbox.onCommit(() => {
      this.generation += 1;
      this.cache?.clear();
    });
  }

  async get(key: string, read: () => Promise<V>): Promise<V> {
    const cached = this.cache?.get(key);
    if (cached && this.fresh(cached)) return cached;
    const generation = this.generation;
    const value = await read();
    if (generation === this.generation) this.cache?.set(key, value);
    return value;
  }

  close(): void {
    this.unsubscribe();
  }
}
