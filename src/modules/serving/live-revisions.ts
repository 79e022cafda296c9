import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Audience } from '../../common/domain.js';
import { AppConfig } from '../../config/app-config.js';
import { UUID_PATTERN } from '../articles/articles.service.js';
import type { ArticleRevision } from '../articles/revision.entity.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { ContentCache } from './content-cache.js';

/** Where a live revision comes from. */
export interface LiveRow {
  article_id: string;
  slug: string;
  audience: Audience;
  locale: string;
  number: number;
}

export interface LiveRevision {
  row: LiveRow;
  revision: ArticleRevision;
}

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
    private readonly dataSource: DataSource,
    outbox: OutboxService,
    config: AppConfig,
  ) {
    this.cache = new ContentCache(outbox, config, { fresh: ({ live }) => (live?.revision.expiresAt?.getTime() ?? Infinity) > Date.now() });
  }

  /** Before the database closes: a refresh under way finishes first. */
  beforeApplicationShutdown(): Promise<void> {
    return this.cache.close();
  }

  /**
   * The live, unexpired revision of an article (by id or slug) among `audiences`, in the first locale of `locales`
   * that has one.
   */
  async find(idOrSlug: string, locales: string[], audiences: Audience[]): Promise<LiveRevision | undefined> {
    const key = JSON.stringify([idOrSlug, locales, audiences]);
    const { live } = await this.cache.get(key, async () => ({ live: (await this.read(idOrSlug, locales, audiences)) ?? null }));
    return live ?? undefined;
  }

  private async read(idOrSlug: string, locales: string[], audiences: Audience[]): Promise<LiveRevision | undefined> {
    const rows: (LiveRow & { revision: ArticleRevision & { publishedAt: string | null; expiresAt: string | null } })[] = await this.dataSource.query(
      `SELECT a.id AS article_id, a.slug, a.audience, r.locale, r.number,
              json_build_object('title', r.title, 'body', r.body, 'summary', r.summary, 'variants', r.variants,
                                'internalNotes', r.internal_notes, 'publishedAt', r.published_at, 'expiresAt', r.expires_at) AS revision
         FROM articles a
         JOIN article_locales l ON l.article_id = a.id AND l.live_revision IS NOT NULL AND l.locale = ANY($2)
         JOIN article_revisions r ON r.article_id = a.id AND r.locale = l.locale AND r.number = l.live_revision
        WHERE ${UUID_PATTERN.test(idOrSlug) ? 'a.id = $1::uuid' : 'a.slug = $1'} AND a.state = 'active' AND a.audience = ANY($3) AND (r.expires_at IS NULL OR r.expires_at > now())
        ORDER BY array_position($2, r.locale)
        LIMIT 1`,
      [idOrSlug, locales, audiences],
    );
    if (rows.length === 0) return undefined;
    const { revision, ...row } = rows[0];
    const date = (value: string | null) => (value ? new Date(value) : null);
    return { row, revision: { ...revision, publishedAt: date(revision.publishedAt), expiresAt: date(revision.expiresAt) } as ArticleRevision };
  }
}
