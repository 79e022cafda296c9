import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ContentEvent, ContentEventType } from '../outbox/content-event.entity.js';
import { OutboxRelay, OutboxRelayFactory, RelayStatus } from '../outbox/outbox-relay.js';
import { laterPosition, OutboxService } from '../outbox/outbox.service.js';
import { SearchDocuments } from './search-documents.js';
import { SEARCH_ENGINE, SearchEngine } from './search-engine.js';
import { SearchIndexSnapshots } from './search-index-snapshots.js';

/** Name of the outbox consumer that keeps the search index in step with the article store. */
export const SEARCH_INDEX_CONSUMER = 'search-index';

/** Events after which an article's indexed documents may differ from the database. */
const INDEXED_EVENTS = new Set<ContentEventType>([
  'article.published',
  'article.unpublished',
  'article.archived',
  'article.expired',
  'article.updated',
]);

/**
 * Most articles changed since a snapshot that a start applies to it before serving; past it (a bulk import after a
 * crash, say) rebuilding from the database is about as fast, and the snapshot is not used.
 */
const SNAPSHOT_CATCH_UP_LIMIT = 2_000;

export interface RebuildProgress {
  done: number;
  total: number;
}

/** How this instance's in-process index was made at its start. */
export interface IndexStart {
  source: 'snapshot' | 'database';
  documents: number;
  /** Articles changed since the snapshot, applied to it before serving. */
  caughtUp: number;
  ms: number;
}

/**
 * Applies the outbox to the search engine: for each affected article it re-reads the live revisions from the
 * database and upserts or removes, so replaying an event is harmless and the index converges whatever happened in
 * between. An in-process index is stored when the service stops (SearchIndexSnapshots) and restored at the next start
 * with the changes made since; without a usable snapshot it is rebuilt from the database. Either way the consumer's
 * position is moved to what the index reflects.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchIndexer');
  private readonly relay: OutboxRelay;
  /** How the in-process index was made at this instance's start (undefined for a persistent engine). */
  started: IndexStart | undefined;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly documents: SearchDocuments,
    private readonly outbox: OutboxService,
    private readonly snapshots: SearchIndexSnapshots,
    relays: OutboxRelayFactory,
  ) {
    this.relay = relays.create({
      name: SEARCH_INDEX_CONSUMER,
      handle: (events) => this.apply(events),
      pollIntervalMs: 1000,
      maxBackoffMs: 15_000,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.engine.ephemeral) {
      const started = Date.now();
      const restored = await this.restore();
      const documents = restored?.documents ?? (await this.rebuild());
      this.started = {
        source: restored ? 'snapshot' : 'database',
        documents,
        caughtUp: restored?.caughtUp ?? 0,
        ms: Date.now() - started,
      };
      this.logger.log({
        message: restored ? 'search index restored' : 'search index built from the database',
        ...this.started,
      });
    }
    await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    // Not an index whose start failed halfway (this.started is set once it is complete).
    if (!this.started || !this.engine.snapshot || !this.snapshots.enabled) return;
    try {
      // The relay is stopped: the index holds every event up to its position (replaying later ones is harmless).
      const { lastEventId } = await this.relay.status();
      await this.snapshots.write({ position: lastEventId, state: this.engine.snapshot() });
    } catch (error) {
      // The next start rebuilds the index, or restores an older snapshot and the changes since.
      this.logger.warn({ message: 'could not store the search index', error: String(error) });
    }
  }

  /**
   * Restores the in-process index from its snapshot, then applies the articles changed since; undefined when there is
   * no snapshot to use (none, another build's, ahead of this database, too far behind).
   */
  private async restore(): Promise<{ documents: number; caughtUp: number } | undefined> {
    if (!this.engine.restore) return undefined;
    const snapshot = await this.snapshots.read();
    if (!snapshot) return undefined;
    // The position first: the articles are read after it, so events after it re-read them (see SearchDocuments).
    const last = await this.outbox.lastEventId();
    // Ahead of the database: a snapshot of other content (a database restored without it, say).
    if (laterPosition(snapshot.position, last)) return undefined;
    const changed = await this.outbox.articlesChanged(snapshot.position, last, [...INDEXED_EVENTS]);
    if (changed.length > SNAPSHOT_CATCH_UP_LIMIT) return undefined;
    try {
      this.engine.restore(snapshot.state);
      await this.applyArticles(changed);
    } catch (error) {
      this.logger.warn({ message: 'could not restore the search index: building it', error: String(error) });
      await this.engine.clear();
      return undefined;
    }
    // Content written without outbox events (SQL run by hand, a bench's bulk load) is not in the changes: a count
    // that differs from the live revisions' gives some of it away (not an edit in place).
    const [{ documents = 0 }, live] = await Promise.all([this.engine.health(), this.documents.count()]);
    if (documents !== live) {
      this.logger.log({ message: 'the search index snapshot misses changes: building the index', documents, live });
      await this.engine.clear();
      return undefined;
    }
    await this.relay.moveTo(last);
    return { documents, caughtUp: changed.length };
  }

  /** Applies a batch of outbox events (throws to have the relay retry it later). */
  async apply(events: ContentEvent[]): Promise<void> {
    const articleIds = [
      ...new Set(events.filter((e) => e.articleId && INDEXED_EVENTS.has(e.type)).map((e) => e.articleId as string)),
    ];
    await this.applyArticles(articleIds);
  }

  /** Brings some articles' documents in the index up to the database. */
  private async applyArticles(articleIds: string[]): Promise<void> {
    if (articleIds.length === 0) return;
    const { documents, removed } = await this.documents.forArticles(articleIds);
    if (removed.length > 0) await this.engine.remove(removed);
    if (documents.length > 0) await this.engine.upsert(documents);
  }

  /**
   * Empties the index and fills it again from the database, then moves the consumer to the outbox position the
   * snapshot reflects. Returns the number of documents indexed.
   */
  async rebuild(onProgress?: (progress: RebuildProgress) => void): Promise<number> {
    const snapshot = await this.documents.snapshot();
    await this.engine.clear();
    let done = 0;
    onProgress?.({ done, total: snapshot.total });
    for await (const page of snapshot.pages) {
      await this.engine.upsert(page);
      done += page.length;
      onProgress?.({ done, total: Math.max(snapshot.total, done) });
    }
    await this.relay.moveTo(snapshot.lastEventId);
    return done;
  }

  /** Resolves once every committed content change is in the index (tests, reindex). */
  drain(timeoutMs?: number): Promise<void> {
    return this.relay.drain(timeoutMs);
  }

  status(): Promise<RelayStatus> {
    return this.relay.status();
  }
}
