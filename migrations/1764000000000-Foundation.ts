import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('public', 'bot', 'agent', 'editor', 'admin')),
        channel text NOT NULL CHECK (channel IN ('web', 'bot', 'voice', 'agent', 'email')),
        secret_hash text NOT NULL UNIQUE,
        secret_prefix text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        names jsonb NOT NULL,
        parent_id uuid REFERENCES categories(id) ON DELETE RESTRICT,
        position int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE intents (
        key text PRIMARY KEY,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        audience text NOT NULL CHECK (audience IN ('public', 'internal')),
        category_id uuid REFERENCES categories(id) ON DELETE RESTRICT,
        tags text[] NOT NULL DEFAULT '{}',
        intents text[] NOT NULL DEFAULT '{}',
        state text NOT NULL CHECK (state IN ('active', 'archived')),
        default_locale text NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX articles_category_idx ON articles (category_id)`);
    await q.query(`CREATE INDEX articles_updated_idx ON articles (updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX articles_tags_idx ON articles USING gin (tags)`);
    await q.query(`CREATE INDEX articles_intents_idx ON articles USING gin (intents)`);
    await q.query(`
      CREATE TABLE article_locales (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        locale text NOT NULL,
        head_revision int NOT NULL,
        live_revision int,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, locale)
      )`);
    await q.query(`
      CREATE TABLE article_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        locale text NOT NULL,
        number int NOT NULL CHECK (number > 0),
        status text NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'superseded', 'unpublished', 'expired')),
        title text NOT NULL,
        body text NOT NULL,
        summary text NOT NULL DEFAULT '',
        alternative_questions jsonb NOT NULL DEFAULT '[]',
        variants jsonb NOT NULL DEFAULT '{}',
        internal_notes text NOT NULL DEFAULT '',
        author text NOT NULL,
        author_key_id uuid,
        change_note text NOT NULL DEFAULT '',
        content_hash text NOT NULL,
        base_revision int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        publish_at timestamptz,
        published_at timestamptz,
        expires_at timestamptz,
        UNIQUE (article_id, locale, number)
      )`);
    await q.query(
      `CREATE INDEX article_revisions_scheduled_idx ON article_revisions (publish_at) WHERE status = 'scheduled'`,
    );
    await q.query(
      `CREATE INDEX article_revisions_expiry_idx ON article_revisions (expires_at) WHERE status = 'published' AND expires_at IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE content_events (
        id bigserial PRIMARY KEY,
        type text NOT NULL,
        article_id uuid,
        locale text,
        revision int,
        draft_id uuid,
        actor text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX content_events_article_idx ON content_events (article_id, id)`);
    await q.query(`
      CREATE TABLE outbox_consumers (
        name text PRIMARY KEY,
        last_event_id bigint NOT NULL DEFAULT 0,
        lease_owner text,
        lease_until timestamptz,
        failures int NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The served-answer log and the search log: written by serving, read by analytics.
    await q.query(`
      CREATE TABLE searches (
        id uuid PRIMARY KEY,
        created_at timestamptz NOT NULL DEFAULT now(),
        channel text NOT NULL,
        api_key_id uuid,
        kind text NOT NULL,
        query text NOT NULL,
        locale text,
        filters jsonb NOT NULL DEFAULT '{}',
        hit_count int NOT NULL,
        top_score real,
        session_id text
      )`);
    await q.query(`CREATE INDEX searches_created_idx ON searches (created_at)`);
    await q.query(`CREATE INDEX searches_session_idx ON searches (session_id) WHERE session_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE served_answers (
        id uuid PRIMARY KEY,
        served_at timestamptz NOT NULL DEFAULT now(),
        channel text NOT NULL,
        api_key_id uuid,
        kind text NOT NULL,
        article_id uuid NOT NULL,
        revision int NOT NULL,
        locale text NOT NULL,
        variant text NOT NULL,
        query text,
        search_id uuid,
        rank int,
        score real,
        session_id text
      )`);
    await q.query(`CREATE INDEX served_answers_served_at_idx ON served_answers (served_at)`);
    await q.query(`CREATE INDEX served_answers_article_idx ON served_answers (article_id, served_at)`);
    await q.query(
      `CREATE INDEX served_answers_session_idx ON served_answers (session_id) WHERE session_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'served_answers',
      'searches',
      'outbox_consumers',
      'content_events',
      'article_revisions',
      'article_locales',
      'articles',
      'intents',
      'categories',
      'api_keys',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
