import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { Audience } from '../../common/domain.js';
import { AppConfig } from '../../config/app-config.js';
import { type LiveRevision, LiveArticles } from '../articles/live-articles.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { ContentCache } from './content-cache.js';

/**
 * The live revisions that serving renders, read from the database and kept in memory: answers and renders ask for
 * the same popular articles over and over. Every content commit of this instance empties the cache at once; when the
 * database is shared with other instances, their commits are seen once SEARCH_CACHE_TTL_MS has passed and one read
 * has refreshed the entry, within twice that time at most (see ContentCache). A revision that expires is never served
 * from the cache.
 */
@Injectable()
export class LiveRevisions implements BeforeApplicationShutdown {
  private readonly cache: ContentCache<{ live: LiveRevision | null }>;

  constructor(
    private readonly live: LiveArticles,
    outbox: OutboxService,
    config: AppConfig,
  ) {
    this.cache = new ContentCache(outbox, config, {
      fresh: ({ live }) => (live?.revision.expiresAt?.getTime() ?? Infinity) > Date.now(),
    });
  }

  /** Before the database closes: a refresh under way finishes first. */
  beforeApplicationShutdown(): Promise<void> {
    return this.cache.close();
  }

  /**
   * The live revision of an article (by id or slug) among `audiences`, in the first locale of `locales`
   * that has one.
   */
  async find(idOrSlug: string, locales: string[], audiences: Audience[]): Promise<LiveRevision | undefined> {
    const key = JSON.stringify([idOrSlug, locales, audiences]);
    const { live } = await this.cache.get(key, async () => ({
      live: (await this.live.revision(idOrSlug, locales, audiences)) ?? null,
    }));
    return live ?? undefined;
  }
}
