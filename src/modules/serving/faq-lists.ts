import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import type { Audience, Channel } from '../../common/domain.js';
import { AppConfig, usesDatabaseServer } from '../../config/app-config.js';
import { ServedCounts } from '../analytics/served-counts.js';
import { LiveArticles, type LiveListing } from '../articles/live-articles.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { ContentCache } from './content-cache.js';

/**
 * How often a list is refreshed: its ranking follows the rollup passes (every few seconds by default), categories may
 * move, and other instances may publish. Publications and withdrawals on this instance empty the cache at once.
 */
const FAQ_TTL_MS = 5_000;

/**
 * The same on the embedded database, which executes its queries on the serving thread: every refresh stalls all
 * requests while it ranks the live articles (tens of ms at 20,000 revisions). No other instance publishes there, and a
 * ranking over 30 days loses nothing by following the rollups a minute late.
 */
const EMBEDDED_FAQ_TTL_MS = 60_000;

/**
 * On the embedded database, a list refreshed in the background (served meanwhile) is ranked this many articles per
 * statement (LiveArticles.top's `step`): each statement holds the serving thread for a few ms instead of one holding
 * it for the whole knowledge base (seconds at 20,000 revisions on a loaded machine), so that the requests arriving
 * during a refresh run between its statements. A list nobody has yet (after a start or a publication) is ranked by
 * the one statement: its requests wait for it in any case, and steps cost 3-4x its CPU in all. The database server
 * runs the one statement on its own cores.
 */
const EMBEDDED_RANKING_STEP = 200;

/** Lists rank articles by how often they were served over this many days. */
const SERVED_OVER_DAYS = 30;

/** A FAQ entry: a live listing, its expiry kept out of the response. */
export type FaqItem = Omit<LiveListing, 'expiresAt'>;

interface FaqList {
  items: FaqItem[];
  /** Epoch ms at which the first listed revision expires (Infinity if none does). */
  firstExpiry: number;
}

/**
 * The FAQ lists: live articles of a category (or all), most served on the channel over the last 30 days first,
 * counted from the daily rollup (never the raw log, which may hold millions of rows). Computing a list ranks every
 * live article in scope (LiveArticles.top: one statement, or short ones on the embedded database), and a FAQ widget
 * asks for the same few lists on every page view, so lists are cached.
 */
@Injectable()
export class FaqLists implements BeforeApplicationShutdown {
  private readonly cache: ContentCache<FaqList>;
  private readonly step: number | undefined;

  constructor(
    private readonly live: LiveArticles,
    private readonly served: ServedCounts,
    outbox: OutboxService,
    config: AppConfig,
  ) {
    const ttlMs = usesDatabaseServer(config) ? FAQ_TTL_MS : EMBEDDED_FAQ_TTL_MS;
    this.step = usesDatabaseServer(config) ? undefined : EMBEDDED_RANKING_STEP;
    this.cache = new ContentCache(outbox, config, { ttlMs, fresh: (list) => list.firstExpiry > Date.now() });
  }

  /** Before the database closes: a refresh under way finishes first. */
  beforeApplicationShutdown(): Promise<void> {
    return this.cache.close();
  }

  async list(query: {
    locales: string[];
    audiences: Audience[];
    channel: Channel;
    categoryId: string | null;
    limit: number;
  }): Promise<FaqItem[]> {
    const key = JSON.stringify([query.locales, query.audiences, query.channel, query.categoryId, query.limit]);
    return (await this.cache.get(key, (refreshing) => this.read(query, refreshing ? this.step : undefined))).items;
  }

  private async read(
    { locales, audiences, channel, categoryId, limit }: Parameters<FaqLists['list']>[0],
    step: number | undefined,
  ): Promise<FaqList> {
    const listed = await this.live.top(
      { locales, audiences, categoryId, scores: this.served.lastDays(channel, SERVED_OVER_DAYS), limit },
      step,
    );
    return {
      items: listed.map((a) => ({
        articleId: a.articleId,
        slug: a.slug,
        categoryId: a.categoryId,
        revision: a.revision,
        locale: a.locale,
        title: a.title,
        summary: a.summary,
      })),
      firstExpiry: Math.min(Infinity, ...listed.map((a) => (a.expiresAt ? new Date(a.expiresAt).getTime() : Infinity))),
    };
  }
}
