import { Injectable } from '@nestjs/common';
import type { Channel } from '../../common/domain.js';
import type { ArticleScores } from '../articles/live-articles.js';

/**
 * How often articles were served, read from the daily rollup (never the raw log, which may hold millions of rows):
 * what other modules may know of the analytics tables.
 */
@Injectable()
export class ServedCounts {
  /** Times each article was served on `channel` over the last `days` UTC days, as scores to rank live articles by. */
  lastDays(channel: Channel, days: number): ArticleScores {
    return {
      sql: (first) => `SELECT article_id, sum(served) AS score FROM analytics_article_channel_day
                        WHERE channel = $${first} AND day > (now() AT TIME ZONE 'UTC')::date - $${first + 1}::int
                        GROUP BY article_id`,
      params: [channel, days],
    };
  }
}
