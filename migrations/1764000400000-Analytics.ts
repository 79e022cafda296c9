import { MigrationInterface, QueryRunner } from 'typeorm';

const ANSWER_COUNTERS = `
  served bigint NOT NULL DEFAULT 0,
  clicks bigint NOT NULL DEFAULT 0,
  copies bigint NOT NULL DEFAULT 0,
  helpful bigint NOT NULL DEFAULT 0,
  unhelpful bigint NOT NULL DEFAULT 0,
  handoffs bigint NOT NULL DEFAULT 0,
  resolved bigint NOT NULL DEFAULT 0,
  escalations bigint NOT NULL DEFAULT 0`;

/**
 * Feedback, client events, and the rollups the analytics reports read.
 *
 * Every raw row carries the id of the transaction that wrote it (`xid`, a 64-bit xid8 that never wraps). The rollup
 * job remembers the oldest transaction still running when it last passed (`analytics_watermark.next_xid`): every
 * row with a smaller xid was committed (or aborted) by then and has been counted, so the next pass counts exactly
 * the rows with `next_xid <= xid < oldest running now`, whatever order concurrent writers commit in. The served-answer
 * and search
 * logs get the same column.
 */
export class Analytics1764000400000 implements MigrationInterface {
  name = 'Analytics1764000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE served_answers ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX served_answers_xid_idx ON served_answers (xid)`);
    await q.query(`ALTER TABLE searches ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX searches_xid_idx ON searches (xid)`);

    // One vote per served answer: a retry (same content) is acknowledged again, a different vote is a conflict.
    await q.query(`
      CREATE TABLE feedback (
        id uuid PRIMARY KEY,
        served_id uuid NOT NULL UNIQUE,
        helpful boolean NOT NULL,
        reason text,
        comment text,
        session_id text,
        api_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        xid xid8 NOT NULL DEFAULT pg_current_xact_id()
      )`);
    await q.query(`CREATE INDEX feedback_xid_idx ON feedback (xid)`);
    await q.query(`CREATE INDEX feedback_session_idx ON feedback (session_id) WHERE session_id IS NOT NULL`);
    await q.query(`CREATE INDEX feedback_created_idx ON feedback (created_at)`);

    await q.query(`
      CREATE TABLE client_events (
        id uuid PRIMARY KEY,
        type text NOT NULL,
        served_id uuid,
        search_id uuid,
        session_id text,
        at timestamptz NOT NULL,
        api_key_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        CHECK (served_id IS NOT NULL OR search_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX client_events_xid_idx ON client_events (xid)`);
    await q.query(`CREATE INDEX client_events_session_idx ON client_events (session_id) WHERE session_id IS NOT NULL`);
    await q.query(`CREATE INDEX client_events_served_idx ON client_events (served_id) WHERE served_id IS NOT NULL`);
    await q.query(`CREATE INDEX client_events_search_idx ON client_events (search_id) WHERE search_id IS NOT NULL`);
    await q.query(`CREATE INDEX client_events_created_idx ON client_events (created_at)`);

    // Self-service answers (web, bot, voice) followed by an agent or email contact in the same session: each served
    // row is counted at most once, which is what makes the journey counter idempotent across rollup passes.
    await q.query(`
      CREATE TABLE analytics_escalations (
        served_id uuid PRIMARY KEY,
        served_at timestamptz NOT NULL,
        session_id text NOT NULL,
        contact_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX analytics_escalations_session_idx ON analytics_escalations (session_id)`);
    await q.query(`CREATE INDEX analytics_escalations_served_at_idx ON analytics_escalations (served_at)`);

    await q.query(
      `CREATE TABLE analytics_watermark (id int PRIMARY KEY CHECK (id = 1), next_xid xid8 NOT NULL, rolled_up_at timestamptz)`,
    );
    await q.query(`INSERT INTO analytics_watermark (id, next_xid) VALUES (1, '0')`);

    // Answer rollups: whole UTC days for long ranges, quarter hours for the edges of a range in another time zone
    // and for one article's series (every IANA zone in use today is offset from UTC by a multiple of 15 minutes).
    for (const [table, key] of [
      ['analytics_article_day', 'day date'],
      ['analytics_article_quarter', 'bucket timestamptz'],
    ]) {
      const column = key.split(' ')[0];
      await q.query(`
        CREATE TABLE ${table} (
          ${key} NOT NULL, article_id uuid NOT NULL, channel text NOT NULL, locale text NOT NULL, revision int NOT NULL,
          ${ANSWER_COUNTERS},
          PRIMARY KEY (${column}, article_id, channel, locale, revision)
        )`);
      await q.query(`CREATE INDEX ${table}_article_idx ON ${table} (article_id, ${column})`);
    }
    // Channel totals are small enough to keep at quarter-hour grain only.
    await q.query(`
      CREATE TABLE analytics_channel_quarter (
        bucket timestamptz NOT NULL, channel text NOT NULL, locale text NOT NULL,
        ${ANSWER_COUNTERS},
        searches bigint NOT NULL DEFAULT 0,
        zero_results bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (bucket, channel, locale)
      )`);
    // Searches that found nothing, by normalised query: the content gaps.
    for (const [table, key] of [
      ['analytics_zero_result_day', 'day date'],
      ['analytics_zero_result_quarter', 'bucket timestamptz'],
    ]) {
      await q.query(`
        CREATE TABLE ${table} (
          ${key} NOT NULL, query text NOT NULL, channel text NOT NULL, locale text NOT NULL,
          searches bigint NOT NULL DEFAULT 0,
          last_seen timestamptz NOT NULL,
          PRIMARY KEY (${key.split(' ')[0]}, query, channel, locale)
        )`);
    }
    // Lowercase, accents and punctuation removed, spaces collapsed: "Réinitialiser  PIN ?" and "reinitialiser pin"
    // are the same gap.
    await q.query(`
      CREATE FUNCTION analytics_normalize_query(q text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT btrim(regexp_replace(regexp_replace(regexp_replace(normalize(lower(q), NFKD), '[\\u0300-\\u036f]', '', 'g'),
               '[^[:alnum:]]+', ' ', 'g'), '\\s+', ' ', 'g'))
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS analytics_normalize_query(text)`);
    for (const table of [
      'analytics_zero_result_quarter',
      'analytics_zero_result_day',
      'analytics_channel_quarter',
      'analytics_article_quarter',
      'analytics_article_day',
      'analytics_watermark',
      'analytics_escalations',
      'client_events',
      'feedback',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`ALTER TABLE searches DROP COLUMN IF EXISTS xid`);
    await q.query(`ALTER TABLE served_answers DROP COLUMN IF EXISTS xid`);
  }
}
