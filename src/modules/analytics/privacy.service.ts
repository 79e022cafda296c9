import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { ROLLUP_LOCK, RollupService } from './rollup.service.js';

export interface DeletedRows {
  served: number;
  searches: number;
  feedback: number;
  events: number;
}

/**
 * Erasure of one session's raw rows (GDPR) and deletion of raw rows past the retention period. Rollups are anonymous
 * counts and stay: both first bring them up to date, so that deleting rows never changes the reports.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger('AnalyticsRetention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly rollup: RollupService,
    private readonly config: AppConfig,
  ) {}

  async eraseSession(sessionId: string): Promise<DeletedRows> {
    await this.rollup.rollUp();
    // Not while a pass (of any instance) is counting: it would miss rows deleted between two of its steps, and insert
    // escalations of the session after this deletion.
    const [row] = await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock($1)`, [ROLLUP_LOCK]);
      return m.query(
        `WITH served AS (DELETE FROM served_answers WHERE session_id = $1 RETURNING id),
            searched AS (DELETE FROM searches WHERE session_id = $1 RETURNING id),
            feedback AS (DELETE FROM feedback WHERE session_id = $1 OR served_id IN (SELECT id FROM served) RETURNING id),
            events AS (
              DELETE FROM client_events
              WHERE session_id = $1 OR served_id IN (SELECT id FROM served) OR search_id IN (SELECT id FROM searched) RETURNING id
            ),
            escalations AS (DELETE FROM analytics_escalations WHERE session_id = $1)
       SELECT (SELECT count(*) FROM served)::int AS served, (SELECT count(*) FROM searched)::int AS searches,
              (SELECT count(*) FROM feedback)::int AS feedback, (SELECT count(*) FROM events)::int AS events`,
        [sessionId],
      );
    });
    return row;
  }

  /**
   * Deletes raw rows older than the retention period, but only rows the rollups already counted (written by a
   * transaction older than the watermark): a pass runs first, and a row it could not count yet waits for the next run.
   */
  async applyRetention(now = new Date()): Promise<DeletedRows | null> {
    if (this.config.ANALYTICS_RETENTION_DAYS === 0) return null;
    await this.rollup.rollUp();
    const cutoff = new Date(now.getTime() - this.config.ANALYTICS_RETENTION_DAYS * 86_400_000);
    const counted = `xid < (SELECT next_xid FROM analytics_watermark WHERE id = 1)`;
    const [row] = await this.dataSource.query(
      `WITH served AS (DELETE FROM served_answers WHERE served_at < $1 AND ${counted} RETURNING id),
            searched AS (DELETE FROM searches WHERE created_at < $1 AND ${counted} RETURNING id),
            feedback AS (DELETE FROM feedback WHERE created_at < $1 AND ${counted} RETURNING id),
            events AS (DELETE FROM client_events WHERE created_at < $1 AND ${counted} RETURNING id),
            escalations AS (DELETE FROM analytics_escalations WHERE served_at < $1)
       SELECT (SELECT count(*) FROM served)::int AS served, (SELECT count(*) FROM searched)::int AS searches,
              (SELECT count(*) FROM feedback)::int AS feedback, (SELECT count(*) FROM events)::int AS events`,
      [cutoff],
    );
    if (row.served + row.searches + row.feedback + row.events > 0)
      this.logger.log({ message: 'raw analytics rows past retention deleted', cutoff, ...row });
    return row;
  }
}
