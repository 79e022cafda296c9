import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agents' drafts with their review history, and webhooks with their durable delivery queue. */
export class DraftsWebhooks1764000300000 implements MigrationInterface {
  name = 'DraftsWebhooks1764000300000';

  // created_at has millisecond precision wherever it is a paging key: a cursor carries it as a JS Date, exactly.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE drafts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL CHECK (status IN ('submitted', 'changes_requested', 'approved', 'rejected', 'withdrawn')),
        article_id uuid REFERENCES articles(id) ON DELETE CASCADE,
        locale text NOT NULL,
        base_revision int CHECK (base_revision >= 0),
        version int NOT NULL DEFAULT 1,
        title text NOT NULL,
        body text NOT NULL,
        summary text NOT NULL DEFAULT '',
        alternative_questions jsonb NOT NULL DEFAULT '[]',
        variants jsonb NOT NULL DEFAULT '{}',
        internal_notes text NOT NULL DEFAULT '',
        note text NOT NULL DEFAULT '',
        source jsonb NOT NULL DEFAULT '{}',
        proposed_article jsonb,
        category_id uuid REFERENCES categories(id) ON DELETE SET NULL,
        author text NOT NULL,
        author_key_id uuid,
        revision int,
        publish_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        -- A change names its article and base; a new article names neither until it is approved.
        CHECK ((proposed_article IS NULL) = (base_revision IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX drafts_queue_idx ON drafts (status, created_at, id)`);
    await q.query(`CREATE INDEX drafts_author_idx ON drafts (author_key_id, created_at, id)`);
    await q.query(`CREATE INDEX drafts_article_idx ON drafts (article_id)`);
    await q.query(`
      CREATE TABLE draft_history (
        id bigserial PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        action text NOT NULL,
        actor text NOT NULL,
        actor_key_id uuid,
        comment text NOT NULL DEFAULT '',
        data jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX draft_history_draft_idx ON draft_history (draft_id, id)`);
    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        description text NOT NULL DEFAULT '',
        active boolean NOT NULL DEFAULT true,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
        event_id bigint NOT NULL,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_status_code int,
        last_error text,
        attempt_log jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        -- Also the order of a webhook's log and queue.
        UNIQUE (webhook_id, event_id)
      )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['webhook_deliveries', 'webhooks', 'draft_history', 'drafts'])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
