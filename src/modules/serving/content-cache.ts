import { RefreshingCache } from '../../common/refreshing-cache.js';
import { type AppConfig, usesDatabaseServer } from '../../config/app-config.js';
import type { OutboxFollower } from '../outbox/outbox-follower.js';
import type { OutboxService } from '../outbox/outbox.service.js';

/**
 * Values read from the content tables, kept in memory for serving (a RefreshingCache of up to CONTENT_CACHE_SIZE
 * entries; 0 turns it off). Every content commit of this instance empties it at once. Other changes (other instances'
 * commits when the database is shared, or what `ttlMs` names) are picked up by refreshing an entry once it is older
 * than `ttlMs` (default: SEARCH_CACHE_TTL_MS on a shared database, never on the embedded one), the old value served
 * meanwhile for one more TTL at most.
 */
export class ContentCache<V extends object> {
  private readonly cache: RefreshingCache<V> | undefined;
  private readonly follower: OutboxFollower;

  constructor(
    outbox: OutboxService,
    config: AppConfig,
    options: { ttlMs?: number; fresh?: (value: V) => boolean } = {},
  ) {
    // The embedded database belongs to this process alone: its content changes only through this instance.
    const shared = usesDatabaseServer(config) && config.SEARCH_CACHE_TTL_MS > 0;
    const ttlMs = options.ttlMs ?? (shared ? config.SEARCH_CACHE_TTL_MS : Infinity);
    if (config.CONTENT_CACHE_SIZE > 0)
      this.cache = new RefreshingCache({ max: config.CONTENT_CACHE_SIZE, ttlMs, fresh: options.fresh });
    this.follower = outbox.follow({ immediate: true, wake: () => this.cache?.clear() });
  }

  /** `read` is told whether it refreshes a value still being served (no request waits for it) or not. */
  get(key: string, read: (refreshing: boolean) => Promise<V>): Promise<V> {
    return this.cache ? this.cache.get(key, read) : read(false);
  }

  /** Stops following commits; settles once the reads under way have (call it while the database is still open). */
  async close(): Promise<void> {
    this.follower.stop();
    await this.cache?.settled();
  }
}
