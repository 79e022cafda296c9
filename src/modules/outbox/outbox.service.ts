import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { ContentEvent, ContentEventType } from './content-event.entity.js';
import { type FollowOptions, OutboxFollower } from './outbox-follower.js';

/** Arbitrary constant naming the advisory lock that orders content transactions. */
const CONTENT_LOCK_KEY = 424242;
/** During a bulk write, followers are woken at most this often (see `bulk`). */
const BULK_WAKE_EVERY_MS = 30_000;

export interface NewContentEvent {
  type: ContentEventType;
  articleId?: string | null;
  locale?: string | null;
  revision?: number | null;
  draftId?: string | null;
  actor?: string | null;
  data?: Record<string, unknown>;
}

/** Whether outbox position `a` comes after `b` (event ids: bigint, as text). */
export const laterPosition = (a: string, b: string): boolean => BigInt(a) > BigInt(b);

/** The article events after position $1 up to $2 of the types $3. */
const ARTICLE_EVENTS_BETWEEN = `FROM content_events WHERE id > $1 AND id <= $2 AND type = ANY($3) AND article_id IS NOT NULL`;

@Injectable()
export class OutboxService {
  private readonly committed = new EventEmitter();
  private bulkWrites = 0;
  private readonly heldWakes = new Set<() => void>();
  private heldTimer: NodeJS.Timeout | undefined;

  constructor(private readonly dataSource: DataSource) {
    this.committed.setMaxListeners(50);
  }

  /**
   * Runs a content write. The transaction first takes one advisory lock shared by every content write, so content
   * transactions commit one after another: outbox ids are then in commit order, and a consumer that has read up to
   * id N can never later see a smaller id appear. Content writes are rare next to reads; this costs nothing visible.
   */
  async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CONTENT_LOCK_KEY]);
      return work(manager);
    });
    this.committed.emit('commit');
    return result;
  }

  /**
   * Runs many content writes (an import) with the followers that rebuild state from content (the search index, the
   * question matcher, webhooks) woken at most every 30 s, and once at its end, instead of after each commit: catching
   * up after each of hundreds of commits cost more than the writes themselves (the matcher retrains on every live
   * article each time). Followers that ask for it (`immediate`, the serving cache) are still woken at every commit.
   */
  async bulk<T>(work: () => Promise<T>): Promise<T> {
    this.bulkWrites += 1;
    try {
      return await work();
    } finally {
      this.bulkWrites -= 1;
      if (this.bulkWrites === 0) this.releaseWakes();
    }
  }

  /**
   * Keeps `wake` for later if a bulk write is under way (see `bulk`): true when held, false when it is to be called
   * now.
   */
  held(wake: () => void): boolean {
    if (this.bulkWrites === 0) return false;
    this.heldWakes.add(wake);
    if (!this.heldTimer) {
      this.heldTimer = setTimeout(() => this.releaseWakes(), BULK_WAKE_EVERY_MS);
      this.heldTimer.unref();
    }
    return true;
  }

  private releaseWakes(): void {
    clearTimeout(this.heldTimer);
    this.heldTimer = undefined;
    const wakes = [...this.heldWakes];
    this.heldWakes.clear();
    for (const wake of wakes) wake();
  }

  /** Adds an event inside a transaction opened by `write`. */
  async append(manager: EntityManager, event: NewContentEvent): Promise<void> {
    await manager.insert(ContentEvent, {
      type: event.type,
      articleId: event.articleId ?? null,
      locale: event.locale ?? null,
      revision: event.revision ?? null,
      draftId: event.draftId ?? null,
      actor: event.actor ?? null,
      data: (event.data ?? {}) as ContentEvent['data'] & object,
    });
  }

  /** Adds events in this order inside a transaction opened by `write`, in one statement (bulk writes). */
  async appendMany(manager: EntityManager, events: NewContentEvent[]): Promise<void> {
    if (events.length === 0) return;
    const rows = events.map((e) => ({
      type: e.type,
      article_id: e.articleId ?? null,
      locale: e.locale ?? null,
      revision: e.revision ?? null,
      draft_id: e.draftId ?? null,
      actor: e.actor ?? null,
      data: e.data ?? {},
    }));
    // Ids follow the order of the rows: consumers see the events as `append` one by one would have written them.
    await manager.query(
      `INSERT INTO content_events (type, article_id, locale, revision, draft_id, actor, data)
       SELECT type, article_id, locale, revision, draft_id, actor, data
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (type text, article_id uuid, locale text, revision int, draft_id uuid, actor text, data jsonb))
              WITH ORDINALITY AS x(type, article_id, locale, revision, draft_id, actor, data, n)
        ORDER BY n`,
      [JSON.stringify(rows)],
    );
  }

  /** How many committed events each consumer has yet to apply, and its consecutive failures. */
  async consumerLags(): Promise<{ name: string; lag: number; failures: number }[]> {
    const rows: { name: string; lag: string; failures: number }[] = await this.dataSource.query(
      `SELECT name, (SELECT coalesce(max(id), 0) FROM content_events) - last_event_id AS lag, failures FROM outbox_consumers ORDER BY name`,
    );
    return rows.map((row) => ({ name: row.name, lag: Number(row.lag), failures: row.failures }));
  }

  /** The id of the last event committed, of `types` if given ('0' when there is none). */
  async lastEventId(types?: readonly ContentEventType[]): Promise<string> {
    const [{ last }] = await this.dataSource.query(
      `SELECT coalesce(max(id), 0)::text AS last FROM content_events WHERE $1::text[] IS NULL OR type = ANY($1)`,
      [types ?? null],
    );
    return last;
  }

  /** Follows the outbox for state kept in memory (see OutboxFollower); stop the follower when done. */
  follow(options: FollowOptions): OutboxFollower {
    return new OutboxFollower(this, options);
  }

  /** Up to `limit` events of the given types after position `after`, in commit order. */
  read(after: string, types: ContentEventType[], limit: number): Promise<ContentEvent[]> {
    return this.dataSource
      .getRepository(ContentEvent)
      .find({ where: { id: MoreThan(after), type: In(types) }, order: { id: 'ASC' }, take: limit });
  }

  /**
   * The articles that events of `types` after position `after`, up to `upTo`, are about, each once (none, without a
   * query, when `upTo` is not after `after`).
   */
  async articlesChanged(after: string, upTo: string, types: readonly ContentEventType[]): Promise<string[]> {
    if (!laterPosition(upTo, after)) return [];
    const rows: { articleId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT article_id AS "articleId" ${ARTICLE_EVENTS_BETWEEN}`,
      [after, upTo, types],
    );
    return rows.map((row) => row.articleId);
  }

  /**
   * The kinds of article events of `types` after `after` up to `upTo`, each once: its type, its locale (null: the event
   * is about every translation of its article, as an archive or a change of the article's own fields) and the fields
   * it changed (`data.fields`, null when it names none).
   */
  async eventKinds(
    after: string,
    upTo: string,
    types: readonly ContentEventType[],
  ): Promise<{ type: ContentEventType; locale: string | null; fields: string[] | null }[]> {
    if (!laterPosition(upTo, after)) return [];
    return this.dataSource.query(`SELECT DISTINCT type, locale, data->'fields' AS fields ${ARTICLE_EVENTS_BETWEEN}`, [
      after,
      upTo,
      types,
    ]);
  }

  /** Those of the events whose article was published by an earlier event. */
  async publishedBefore(events: ContentEvent[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT e.id::text AS id FROM content_events e
        WHERE e.id = ANY($1::bigint[])
          AND EXISTS (SELECT 1 FROM content_events p WHERE p.article_id = e.article_id AND p.id < e.id AND p.type = 'article.published')`,
      [events.map((e) => e.id)],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Calls `listener` after each content commit of this instance (OutboxFollower's signal; use `follow`). */
  onCommit(listener: () => void): () => void {
    this.committed.on('commit', listener);
    return () => this.committed.off('commit', listener);
  }
}
