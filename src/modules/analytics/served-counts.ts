import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Channel } from '../../common/domain.js';

/**
 * How often articles were served, read from the daily rollup (never the raw log, which may hold millions of rows):
 * what other modules may know of the analytics tables.
 */
@Injectable()
export class ServedCounts {
  constructor(private readonly dataSource: DataSource) {}

  /** Times each of `articleIds` was served on `channel` over the last `days` UTC days (absent: never). */
  async lastDays(channel: Channel, days: number, articleIds: string[]): Promise<Map<string, number>> {
    if (articleIds.length === 0) return new Map();
    const rows: { article_id: string; served: string }[] = await this.dataSource.query(
      `SELECT article_id, sum(served) AS served FROM analytics_article_channel_day
        WHERE channel = $1 AND day > (now() AT TIME ZONE 'UTC')::date - $2::int AND article_id = ANY($3::uuid[])
        GROUP BY article_id`,
      [channel, days, articleIds],
    );
    return new Map(rows.map((r) => [r.article_id, Number(r.served)]));
  }
}
