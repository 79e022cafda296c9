import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Audience, Channel } from '../../common/domain.js';
import { AppConfig } from '../../config/app-config.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { ContentCache } from './content-cache.js';

/**
 * How often a list is refreshed: its ranking follows the rollup passes (every few seconds by default), categories may
 * move, and other instances may publish. Publications and withdrawals on this instance empty the cache at once.
 */
const FAQ_TTL_MS = 5_000;

export interface FaqItem {
  articleId: string;
  slug: string;
  categoryId: string | null;
  revision: number;
  locale: string;
  title: string;
  summary: string;
}

interface FaqList {
  items: FaqItem[];
  /** Epoch ms at which the first listed revision expires (Infinity if none does). */
  firstExpiry: number;
}

/**
 * The FAQ lists: live articles of a category (or all), most served on the channel over the last 30 days first,
 * counted from the daily rollup (never the raw log, which may hold millions of rows). Computing a list reads every
 * live article in scope (~140 ms at 10,000 articles × 2 locales), and a FAQ widget asks for the same few lists on
 * every page view, so lists are cached.
 */
@Injectable()
export class FaqLists implements BeforeApplicationShutdown {
  private readonly cache: ContentCache<FaqList>;

  constructor(
    private readonly dataSource: DataSource,
    outbox: OutboxService,
    config: AppConfig,
  ) {
    this.cache = new ContentCache(outbox, config, { ttlMs: FAQ_TTL_MS, fresh: (list) => list.firstExpiry > Date.now() });
  }

  /** Before the database closes: a refresh under way finishes first. */
  beforeApplicationShutdown(): Promise<void> {
    return this.cache.close();
  }

  async list(query: { locales: string[]; audiences: Audience[]; channel: Channel; categoryId: string | null; limit: number }): Promise<FaqItem[]> {
    const key = JSON.stringify([query.locales, query.audiences, query.channel, query.categoryId, query.limit]);
    return (await this.cache.get(key, () => this.read(query))).items;
  }

  private async read({ locales, audiences, channel, categoryId, limit }: Parameters<FaqLists['list']>[0]): Promise<FaqList> {
    const rows: { article_id: string; slug: string; category_id: string | null; locale: string; number: number; title: string; summary: string; expires_at: Date | null }[] =
      await this.dataSource.query(
        `WITH RECURSIVE tree AS (
           SELECT id FROM categories WHERE id = $4::uuid
           UNION ALL SELECT c.id FROM categories c JOIN tree t ON c.parent_id = t.id),
         candidates AS (
           SELECT DISTINCT ON (a.id) a.id AS article_id, a.slug, a.category_id, r.locale, r.number, r.title, r.summary, r.expires_at
             FROM articles a
             JOIN article_locales l ON l.article_id = a.id AND l.live_revision IS NOT NULL AND l.locale = ANY($1)
             JOIN article_revisions r ON r.article_id = a.id AND r.locale = l.locale AND r.number = l.live_revision
            WHERE a.state = 'active' AND a.audience = ANY($2) AND (r.expires_at IS NULL OR r.expires_at > now())
              AND ($4::uuid IS NULL OR a.category_id IN (SELECT id FROM tree))
            ORDER BY a.id, array_position($1, r.locale)),
         served AS (
           SELECT article_id, sum(served) AS served FROM analytics_article_channel_day
            WHERE channel = $3 AND day > (now() AT TIME ZONE 'UTC')::date - 30 AND article_id IN (SELECT article_id FROM candidates)
            GROUP BY article_id)
         SELECT c.*, coalesce(s.served, 0) AS served
           FROM candidates c LEFT JOIN served s USING (article_id)
          ORDER BY served DESC, c.title ASC
          LIMIT $5`,
        [locales, audiences, channel, categoryId, limit],
      );
    return {
      items: rows.map((r) => ({ articleId: r.article_id, slug: r.slug, categoryId: r.category_id, revision: r.number, locale: r.locale, title: r.title, summary: r.summary })),
      firstExpiry: Math.min(Infinity, ...rows.map((r) => (r.expires_at ? new Date(r.expires_at).getTime() : Infinity))),
    };
  }
}
