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
export const ROLLUP_LOCK = 5_264_001;
export const BUCKET = `'15 minutes'`;
const bin = (column: string) => `date_bin(${BUCKET}, ${column}, timestamptz '2000-01-01 00:00:00+00')`;
const utcDay = (column: string) => `(${column} AT TIME ZONE 'UTC')::date`;
/** Rows written by the transactions of a step or pass: xid in [$1, $2). */
const inRange = (alias: string) => `${alias}.xid >= $1::xid8 AND ${alias}.xid < $2::xid8`;

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
/** Adds answer counts (CTE `answers`), grouped by `key` (`values` computing it), into a rollup table. */
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

/** The columns an article rollup is keyed by (quarter hour), and a channel rollup. */
const ANSWER_KEY = ['bucket', 'article_id', 'channel', 'locale', 'revision'] as const;
const CHANNEL_KEY = ['bucket', 'channel', 'locale'] as const;
const CHANNEL_COUNTERS = [...ANSWER_COUNTERS, 'searches', 'zero_results'] as const;
/** The question counters at 0: a channel's answers count no question (its search rows do). */
const noQuestions = Object.fromEntries(QUESTION_COUNTERS.map((c) => [c, 0]));
/**
 * Rollup keys written per statement (inBatches): a key costs 4 upserts in the article rollups, 20-35 µs each on the
 * embedded database (bench/README.md, session 22), so a batch holds its serving thread some 20-35 ms.
 */
const WRITE_BATCH = 250;

type AnswerDelta = { bucket: Date; article_id: string; channel: string; locale: string; revision: number } & Record<
  AnswerCounter,
  number
>;
type ChannelDelta = { bucket: Date; channel: string; locale: string } & Record<
  (typeof CHANNEL_COUNTERS)[number],
  number
>;

/** Adds a delta's counters into the one of the same key in `deltas` (the key columns `key`), or puts it there. */
function addUp<T extends Record<string, unknown>>(
  deltas: Map<string, T>,
  delta: T,
  key: readonly (keyof T & string)[],
  counters: readonly (keyof T & string)[],
): void {
  const id = key
    .map((column) => (delta[column] instanceof Date ? (delta[column] as Date).toISOString() : String(delta[column])))
    .join('\u0000');
  const seen = deltas.get(id);
  if (!seen) deltas.set(id, { ...delta });
  else for (const counter of counters) (seen[counter] as number) += delta[counter] as number;
}

/** Runs `statement` for WRITE_BATCH rows at a time, its parameters the rows' `columns` as arrays, in that order. */
async function inBatches<T>(
  m: EntityManager,
  statement: string,
  rows: T[],
  columns: readonly (keyof T)[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_BATCH) {
    const batch = rows.slice(i, i + WRITE_BATCH);
    await m.query(
      statement,
      columns.map((column) => batch.map((row) => row[column])),
    );
  }
}

/** A kind of content gap: its rollup tables' prefix, the counter they keep, and which search rows it counts. */
interface GapKind {
  prefix: string;
  counter: string;
  condition: string;
}
const ZERO_RESULTS: GapKind = { prefix: 'analytics_zero_result', counter: 'searches', condition: 'hit_count = 0' };
const UNANSWERED: GapKind = { prefix: 'analytics_unanswered', counter: 'questions', condition: 'answered = false' };

/** What a pass counted: served answers, escalations found, and content-gap rollup rows written (once per step). */
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
 *
 * No statement of a pass does much: on the embedded database each one holds the serving thread. A pass reads its rows
 * in steps of about ANALYTICS_ROLLUP_STEP_ROWS (see steps), sums their counts per rollup key here, and writes the keys
 * in batches of WRITE_BATCH, each key once.
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
      const pass = { servedRows: 0, escalations: 0, zeroResultQueries: 0, unansweredQuestions: 0 };
      if (lo === hi) return pass;
      const answers = new Map<string, AnswerDelta>();
      const channels = new Map<string, ChannelDelta>();
      for (const [from, to] of await this.steps(m, lo, hi)) {
        for (const delta of await this.answerDeltas(m, from, to)) {
          pass.servedRows += delta.served;
          pass.escalations += delta.escalations;
          addUp(answers, delta, ANSWER_KEY, ANSWER_COUNTERS);
          // Channel totals count what the answers count, but questions: from the search rows alone (below).
          addUp(channels, { ...delta, ...noQuestions, searches: 0, zero_results: 0 }, CHANNEL_KEY, CHANNEL_COUNTERS);
        }
        for (const delta of await this.searchDeltas(m, from, to)) addUp(channels, delta, CHANNEL_KEY, CHANNEL_COUNTERS);
        pass.zeroResultQueries += await this.countGaps(m, from, to, ZERO_RESULTS);
        pass.unansweredQuestions += await this.countGaps(m, from, to, UNANSWERED);
      }
      await this.addAnswers(m, [...answers.values()]);
      await this.addChannels(m, [...channels.values()]);
      await m.query(`UPDATE analytics_watermark SET next_xid = $1::xid8, rolled_up_at = now() WHERE id = 1`, [hi]);
      return pass;
    });
    if (result && result.servedRows > 10_000)
      this.logger.log({ message: 'rollup pass', ...result, ms: Date.now() - started });
    return result;
  }

  /**
   * The pass's transaction ids, [lo, hi), cut into steps of about ANALYTICS_ROLLUP_STEP_ROWS raw rows, each counted by
   * statements of its own: on the embedded database a statement holds the serving thread while it runs, and one
   * statement over a whole pass held it 240-430 ms every 5 s under load (bench/README.md, session 22). A writer's
   * transaction is never cut. Counting step by step adds up to the same rollups: the counts are sums, and a journey is
   * looked for from every step that touches its session, among all the answers logged before the step's end.
   */
  private async steps(m: EntityManager, lo: string, hi: string): Promise<[string, string][]> {
    const perTransaction = (table: string) =>
      `SELECT xid, count(*) AS n FROM ${table} t WHERE ${inRange('t')} GROUP BY xid`;
    const written: { xid: string; rows: number }[] = await m.query(
      `SELECT xid::text, sum(n)::int AS rows FROM (
         ${['served_answers', 'searches', 'feedback', 'client_events'].map(perTransaction).join(' UNION ALL ')}
       ) x GROUP BY xid ORDER BY xid`,
      [lo, hi],
    );
    const steps: [string, string][] = [];
    let from = lo;
    let rows = 0;
    for (const transaction of written) {
      if (rows > 0 && rows + transaction.rows > this.config.ANALYTICS_ROLLUP_STEP_ROWS) {
        steps.push([from, transaction.xid]);
        [from, rows] = [transaction.xid, 0];
      }
      rows += transaction.rows;
    }
    steps.push([from, hi]);
    return steps;
  }

  /**
   * A step's served answers, feedback, events, journeys (escalations recorded as found) and questions, counted per
   * article rollup key (CTE `answer_delta`).
   */
  private answerDeltas(m: EntityManager, lo: string, hi: string): Promise<AnswerDelta[]> {
    const selfService = sqlList(SELF_SERVICE_CHANNELS);
    const contact = sqlList(CONTACT_CHANNELS);
    // The sessions of the pass, as an array: `IN (SELECT ...)` was planned as a hash join over the whole table (a
    // sequential scan of every answer and search ever logged, each pass: 100 ms at 300,000 rows each, growing with
    // the tables, on the embedded database's serving thread), an array is looked up in the session indexes.
    const ofTouched = (column: string) => `${column} = ANY(ARRAY(SELECT session_id FROM touched))`;
    return m.query(
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
       )
       SELECT ${ANSWER_KEY.join(', ')}, ${ANSWER_COUNTERS.map((c) => `sum(${c})::int AS ${c}`).join(', ')}
         FROM answer_delta GROUP BY ${ANSWER_KEY.map((_, i) => i + 1).join(', ')}`,
      [lo, hi, this.config.ANALYTICS_JOURNEY_WINDOW_MINUTES],
    );
  }

  /** A step's searches and the events about them, counted per channel rollup key (the channel totals' own part). */
  private searchDeltas(m: EntityManager, lo: string, hi: string): Promise<ChannelDelta[]> {
    return m.query(
      `SELECT bucket, channel, locale, ${CHANNEL_COUNTERS.map((c) => `sum(${c})::int AS ${c}`).join(', ')} FROM (
         SELECT ${bin('q.created_at')} AS bucket, q.channel, coalesce(q.locale, '') AS locale,
                ${counters({ handoffs: `(${BOT_HANDOFF})::int`, ...QUESTION_VALUES })}, 1 AS searches, (q.hit_count = 0)::int AS zero_results
           FROM searches q WHERE ${inRange('q')}
         UNION ALL
         SELECT ${bin('q.created_at')}, q.channel, coalesce(q.locale, ''), ${eventCounters('e.type')}, 0, 0
           FROM client_events e JOIN searches q ON q.id = e.search_id
          WHERE ${inRange('e')} AND e.served_id IS NULL AND NOT (e.type = 'handoff' AND ${BOT_HANDOFF})
       ) d GROUP BY 1, 2, 3`,
      [lo, hi],
    );
  }

  /**
   * Adds a pass's answer counts into the article rollups (quarter hour and day; per revision and locale, and per
   * channel only): each key is written once per pass, whatever the steps it was counted in.
   */
  private addAnswers(m: EntityManager, deltas: AnswerDelta[]): Promise<void> {
    const keys = ANSWER_KEY.join(', ');
    return inBatches(
      m,
      `WITH answers AS (
         SELECT * FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::int[],
                              ${ANSWER_COUNTERS.map((_, c) => `$${c + 6}::bigint[]`).join(', ')})
           AS a(${keys}, ${ANSWER_COUNTERS.join(', ')})
       ),
       quarter AS (
         INSERT INTO analytics_article_quarter AS t (${keys}, ${ANSWER_COUNTERS.join(', ')}) SELECT * FROM answers
         ON CONFLICT (${keys}) DO UPDATE SET ${ADD_COUNTERS('t', ANSWER_COUNTERS)}
       ),
       daily AS (${upsertAnswers('analytics_article_day', 'day, article_id, channel, locale, revision', `${utcDay('bucket')}, article_id, channel, locale, revision`)}),
       quarter_compact AS (${upsertAnswers('analytics_article_channel_quarter', 'bucket, article_id, channel', 'bucket, article_id, channel')}),
       daily_compact AS (${upsertAnswers('analytics_article_channel_day', 'day, article_id, channel', `${utcDay('bucket')}, article_id, channel`)})
       SELECT 1`,
      deltas,
      [...ANSWER_KEY, ...ANSWER_COUNTERS],
    );
  }

  /** Adds a pass's channel totals into the channel rollup. */
  private addChannels(m: EntityManager, deltas: ChannelDelta[]): Promise<void> {
    const keys = CHANNEL_KEY.join(', ');
    return inBatches(
      m,
      `INSERT INTO analytics_channel_quarter AS t (${keys}, ${CHANNEL_COUNTERS.join(', ')})
       SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], ${CHANNEL_COUNTERS.map((_, c) => `$${c + 4}::bigint[]`).join(', ')})
       ON CONFLICT (${keys}) DO UPDATE SET ${ADD_COUNTERS('t', CHANNEL_COUNTERS)}`,
      deltas,
      [...CHANNEL_KEY, ...CHANNEL_COUNTERS],
    );
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
    { prefix, counter, condition }: GapKind,
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
