import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import {
  ANSWER_COUNTERS,
  type AnswerCounter,
  CONTACT_CHANNELS,
  COUNTER_BY_EVENT,
  QUESTION_COUNTERS,
  SELF_SERVICE_CHANNELS,
  sqlList,
} from './analytics.constants.js';

/** Advisory lock taken by a rollup pass, so that several instances never count the same rows twice. */
const ROLLUP_LOCK = 5_264_001;
export const BUCKET = `'15 minutes'`;
const bin = (column: string) => `date_bin(${BUCKET}, ${column}, timestamptz '2000-01-01 00:00:00+00')`;
const utcDay = (column: string) => `(${column} AT TIME ZONE 'UTC')::date`;

const SUMS = ANSWER_COUNTERS.map((c) => `sum(${c}) AS ${c}`).join(', ');
const ADD_COUNTERS = (table: string, counters: readonly string[]) =>
  counters.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
const eventCounters = (type: string) =>
  ANSWER_COUNTERS.map((c) => {
    const types = Object.entries(COUNTER_BY_EVENT)
      .filter(([, counter]) => counter === c)
      .map(([t]) => t);
    return types.length > 0 ? `(${type} IN (${sqlList(types)}))::int AS ${c}` : `0 AS ${c}`;
  }).join(', ');
/** Adds the pass's answer counts (CTE `answers`), grouped by `key` (`values` computing it), into a rollup table. */
const upsertAnswers = (table: string, key: string, values: string) => `
  INSERT INTO ${table} AS t (${key}, ${ANSWER_COUNTERS.join(', ')})
  SELECT ${values}, ${SUMS} FROM answers GROUP BY ${key
    .split(',')
    .map((_, i) => i + 1)
    .join(', ')}
  ON CONFLICT (${key}) DO UPDATE SET ${ADD_COUNTERS('t', ANSWER_COUNTERS)}`;
/** A search row that is a bot's hand-off: a question to the answers endpoint left without a confident answer. */
const BOT_HANDOFF = `q.kind = 'answer' AND q.answered IS FALSE`;
/**
 * What a content gap is counted by: the query, or for a reply suggestion the email's subject only. An email body holds
 * names and addresses, and rollups outlive the raw rows' retention and a session's erasure.
 */
export const GAP_TEXT = `CASE WHEN kind = 'suggestion' THEN coalesce(filters->>'subject', '') ELSE query END`;
/** Characters of a normalised query kept as a content-gap rollup key. */
const QUERY_KEY_CHARS = 500;
/** Every answer counter as a select list: the given values, 0 for the others. */
const counters = (values: Partial<Record<AnswerCounter, string>>) =>
  ANSWER_COUNTERS.map((c) => `${values[c] ?? '0'} AS ${c}`).join(', ');
const only = (counter: AnswerCounter, value: string) => counters({ [counter]: value });
/** A question's search row: whether it asked (answers, reply suggestions), and whether it was left unanswered. */
const QUESTION_VALUES = { questions: '(q.answered IS NOT NULL)::int', unanswered: '(q.answered IS FALSE)::int' };

export interface RollupPass {
  servedRows: number;
  escalations: number;
  zeroResultQueries: number;
  unansweredQuestions: number;
}

/**
 * Keeps the analytics rollups up to date incrementally. A pass counts the raw rows (served answers, searches,
 * feedback, events) written by transactions between the watermark and the oldest transaction still running, adds
 * them to the rollups, and moves the watermark, all in one transaction: a pass that fails counts nothing, and no row
 * is ever counted twice or skipped (see the Analytics migration).
 *
 * Feedback and events count in the bucket of the answer they are about (when it was served), so rates compare like
 * with like: of the answers served that day, how many were found helpful.
 */
@Injectable()
export class RollupService {
  private readonly logger = new Logger('AnalyticsRollup');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Runs one pass; null when another instance is running one right now. */
  async rollUp(): Promise<RollupPass | null> {
    const started = Date.now();
    const result = await this.dataSource.transaction(async (m) => {
      const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [ROLLUP_LOCK]);
      if (!locked) return null;
      // Taken before this transaction writes anything, so that its own id is not the oldest running one.
      const [{ hi }] = await m.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS hi`);
      const [{ lo }] = await m.query(`SELECT next_xid::text AS lo FROM analytics_watermark WHERE id = 1`);
      if (lo === hi) return { servedRows: 0, escalations: 0, zeroResultQueries: 0, unansweredQuestions: 0 };
      const pass = await this.countAnswers(m, lo, hi);
      pass.zeroResultQueries = await this.countGaps(m, lo, hi, 'analytics_zero_result', 'searches', 'hit_count = 0');
      pass.unansweredQuestions = await this.countGaps(
        m,
        lo,
        hi,
        'analytics_unanswered',
        'questions',
        'answered = false',
      );
      await m.query(`UPDATE analytics_watermark SET next_xid = $1::xid8, rolled_up_at = now() WHERE id = 1`, [hi]);
      return pass;
    });
    if (result && result.servedRows > 10_000)
      this.logger.log({ message: 'rollup pass', ...result, ms: Date.now() - started });
    return result;
  }

  /** Served answers, feedback, events, journeys and searches into the article and channel rollups, in one statement. */
  private async countAnswers(m: EntityManager, lo: string, hi: string): Promise<RollupPass> {
    const inRange = (alias: string) => `${alias}.xid >= $1::xid8 AND ${alias}.xid < $2::xid8`;
    const selfService = sqlList(SELF_SERVICE_CHANNELS);
    const contact = sqlList(CONTACT_CHANNELS);
    // The sessions of the pass, as an array: `IN (SELECT ...)` was planned as a hash join over the whole table (a
    // sequential scan of every answer and search ever logged, each pass: 100 ms at 300,000 rows each, growing with
    // the tables, on the embedded database's serving thread), an array is looked up in the session indexes.
    const ofTouched = (column: string) => `${column} = ANY(ARRAY(SELECT session_id FROM touched))`;
    const answerKey = 'bucket, article_id, channel, locale, revision';
    const [row] = await m.query(
      `WITH touched AS (
         SELECT session_id FROM served_answers s WHERE ${inRange('s')} AND session_id IS NOT NULL
         UNION SELECT session_id FROM searches q WHERE ${inRange('q')} AND session_id IS NOT NULL AND channel IN (${contact})
         UNION SELECT session_id FROM client_events e WHERE ${inRange('e')} AND session_id IS NOT NULL AND type = 'handoff'
       ),
       contacts AS (
         SELECT session_id, served_at AS at FROM served_answers WHERE ${ofTouched('session_id')} AND channel IN (${contact})
         UNION ALL SELECT session_id, created_at FROM searches WHERE ${ofTouched('session_id')} AND channel IN (${contact})
         UNION ALL SELECT session_id, at FROM client_events WHERE ${ofTouched('session_id')} AND type = 'handoff'
       ),
       escalated AS (
         INSERT INTO analytics_escalations (served_id, served_at, session_id, contact_at)
         SELECT s.id, s.served_at, s.session_id, min(c.at)
         FROM served_answers s JOIN contacts c ON c.session_id = s.session_id AND c.at >= s.served_at AND c.at <= s.served_at + make_interval(mins => $3)
         WHERE ${ofTouched('s.session_id')} AND s.channel IN (${selfService}) AND s.xid < $2::xid8
         GROUP BY s.id, s.served_at, s.session_id
         ON CONFLICT (served_id) DO NOTHING
         RETURNING served_id
       ),
       answer_delta AS (
         SELECT ${bin('s.served_at')} AS bucket, s.article_id, s.channel, s.locale, s.revision, ${only('served', '1')}
           FROM served_answers s WHERE ${inRange('s')}
         UNION ALL
         SELECT ${bin('s.served_at')}, s.article_id, s.channel, s.locale, s.revision,
                ${ANSWER_COUNTERS.map((c) => (c === 'helpful' ? 'f.helpful::int' : c === 'unhelpful' ? '(NOT f.helpful)::int' : '0')).join(', ')}
           FROM feedback f JOIN served_answers s ON s.id = f.served_id WHERE ${inRange('f')}
         UNION ALL
         SELECT ${bin('s.served_at')}, s.article_id, s.channel, s.locale, s.revision, ${eventCounters('e.type')}
           FROM client_events e JOIN served_answers s ON s.id = e.served_id WHERE ${inRange('e')}
         UNION ALL
         SELECT ${bin('s.served_at')}, s.article_id, s.channel, s.locale, s.revision, ${only('escalations', '1')}
           FROM escalated x JOIN served_answers s ON s.id = x.served_id
         UNION ALL
         -- A question counts against its best candidate, answered or not (the answer rate per article and intent).
         SELECT ${bin('q.created_at')}, q.top_article_id, q.channel, q.top_locale, q.top_revision, ${counters(QUESTION_VALUES)}
           FROM searches q WHERE ${inRange('q')} AND q.top_article_id IS NOT NULL AND q.answered IS NOT NULL
       ),
       answers AS (SELECT ${answerKey}, ${SUMS} FROM answer_delta GROUP BY ${answerKey}),
       quarter AS (
         INSERT INTO analytics_article_quarter AS t (${answerKey}, ${ANSWER_COUNTERS.join(', ')}) SELECT * FROM answers
         ON CONFLICT (${answerKey}) DO UPDATE SET ${ADD_COUNTERS('t', ANSWER_COUNTERS)}
       ),
       daily AS (${upsertAnswers('analytics_article_day', 'day, article_id, channel, locale, revision', `${utcDay('bucket')}, article_id, channel, locale, revision`)}),
       quarter_compact AS (${upsertAnswers('analytics_article_channel_quarter', 'bucket, article_id, channel', 'bucket, article_id, channel')}),
       daily_compact AS (${upsertAnswers('analytics_article_channel_day', 'day, article_id, channel', `${utcDay('bucket')}, article_id, channel`)}),
       channel_delta AS (
         -- Channel totals count every question, those without any candidate too: from the search rows alone.
         SELECT bucket, channel, locale, ${ANSWER_COUNTERS.map((c) => (QUESTION_COUNTERS.includes(c) ? `0 AS ${c}` : c)).join(', ')},
                0 AS searches, 0 AS zero_results FROM answers
         UNION ALL
         SELECT ${bin('q.created_at')}, q.channel, coalesce(q.locale, ''),
                ${counters({ handoffs: `(${BOT_HANDOFF})::int`, ...QUESTION_VALUES })}, 1, (q.hit_count = 0)::int
           FROM searches q WHERE ${inRange('q')}
         UNION ALL
         SELECT ${bin('q.created_at')}, q.channel, coalesce(q.locale, ''), ${eventCounters('e.type')}, 0, 0
           FROM client_events e JOIN searches q ON q.id = e.search_id
          WHERE ${inRange('e')} AND e.served_id IS NULL AND NOT (e.type = 'handoff' AND ${BOT_HANDOFF})
       ),
       channels AS (
         INSERT INTO analytics_channel_quarter AS t (bucket, channel, locale, ${ANSWER_COUNTERS.join(', ')}, searches, zero_results)
         SELECT bucket, channel, locale, ${SUMS}, sum(searches), sum(zero_results) FROM channel_delta GROUP BY 1, 2, 3
         ON CONFLICT (bucket, channel, locale) DO UPDATE SET ${ADD_COUNTERS('t', [...ANSWER_COUNTERS, 'searches', 'zero_results'])}
       )
       SELECT (SELECT count(*) FROM served_answers s WHERE ${inRange('s')})::int AS served_rows, (SELECT count(*) FROM escalated)::int AS escalations`,
      [lo, hi, this.config.ANALYTICS_JOURNEY_WINDOW_MINUTES],
    );
    return { servedRows: row.served_rows, escalations: row.escalations, zeroResultQueries: 0, unansweredQuestions: 0 };
  }

  /**
   * Content gaps, grouped by normalised query (GAP_TEXT, at most QUERY_KEY_CHARS of it: a rollup key must fit in an
   * index entry): the searches that found nothing
   * (`analytics_zero_result_*`, counted in `searches`) and the questions left without a confident answer
   * (`analytics_unanswered_*`, counted in `questions`), in day and quarter-hour rollups.
   */
  private async countGaps(
    m: EntityManager,
    lo: string,
    hi: string,
    prefix: string,
    counter: string,
    condition: string,
  ): Promise<number> {
    const [row] = await m.query(
      `WITH z AS (
         SELECT ${bin('created_at')} AS bucket, left(analytics_normalize_query(${GAP_TEXT}), ${QUERY_KEY_CHARS}) AS query, channel, coalesce(locale, '') AS locale,
                count(*) AS ${counter}, max(created_at) AS last_seen
         FROM searches WHERE xid >= $1::xid8 AND xid < $2::xid8 AND ${condition} GROUP BY 1, 2, 3, 4
       ),
       quarter AS (
         INSERT INTO ${prefix}_quarter AS t (bucket, query, channel, locale, ${counter}, last_seen) SELECT * FROM z WHERE query <> ''
         ON CONFLICT (bucket, query, channel, locale) DO UPDATE SET ${counter} = t.${counter} + excluded.${counter}, last_seen = greatest(t.last_seen, excluded.last_seen)
       ),
       daily AS (
         INSERT INTO ${prefix}_day AS t (day, query, channel, locale, ${counter}, last_seen)
         SELECT ${utcDay('bucket')}, query, channel, locale, sum(${counter}), max(last_seen) FROM z WHERE query <> '' GROUP BY 1, 2, 3, 4
         ON CONFLICT (day, query, channel, locale) DO UPDATE SET ${counter} = t.${counter} + excluded.${counter}, last_seen = greatest(t.last_seen, excluded.last_seen)
       )
       SELECT count(*)::int AS queries FROM z`,
      [lo, hi],
    );
    return row.queries;
  }
}
