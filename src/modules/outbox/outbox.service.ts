import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import { ContentEvent, ContentEventType } from './content-event.entity.js';
import { type FollowOptions, OutboxFollower } from './outbox-follower.js';

/** Arbitrary constant naming the advisory lock that orders content transactions. */
const CONTENT_LOCK_KEY = 424242;

export interface NewContentEvent {
  type: ContentEventType;
  articleId?: string | null;
  locale?: string | null;
  revision?: number | null;
  draftId?: string | null;
  actor?: string | null;
  data?: Record<string, unknown>;
}

@Injectable()
export class OutboxService {
  private readonly committed = new EventEmitter();

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

  /** Adds an event inside a transaction opened by `write`. */
  async append(manager: EntityManager, event: NewContentEvent): Promise<void> {
    await manager.insert(ContentEvent, {
      type: event.type,
      articleId: event.articleId ?? null,
      locale: event.locale ?? null,
      revision: event.revision ?? null,
      draftId: event.draftId ?? null,
      actor: event.actor ?? null,
      data: (event.data ?? {}) as ContentEvent["data"] & object,
    });
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
    const [{ last }] = await this.dataSource.query(`SELECT coalesce(max(id), 0)::text AS last FROM content_events WHERE $1::text[] IS NULL OR type = ANY($1)`, [
      types ?? null,
    ]);
    return last;
  }

  /** Follows the outbox for state kept in memory (see OutboxFollower); stop the follower when done. */
  follow(options: FollowOptions): OutboxFollower {
    return new OutboxFollower(this, options);
  }

  /** Up to `limit` events of the given types after position `after`, in commit order. */
  read(after: string, types: ContentEventType[], limit: number): Promise<ContentEvent[]> {
    return this.dataSource.getRepository(ContentEvent).find({ where: { id: MoreThan(after), type: In(types) }, order: { id: 'ASC' }, take: limit });
  }

  /** The articles that events of `types` after position `after`, up to `upTo`, are about, each once. */
  async articlesChanged(after: string, upTo: string, types: readonly ContentEventType[]): Promise<string[]> {
    const rows: { articleId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT article_id AS "articleId" FROM content_events WHERE id > $1 AND id <= $2 AND type = ANY($3) AND article_id IS NOT NULL`,
      [after, upTo, types],
    );
    return rows.map((row) => row.articleId);
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
