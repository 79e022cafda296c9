import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appliedMigrations } from '../../database/migrate.js';
import type { ContentEvent, ContentEventType } from '../outbox/content-event.entity.js';
import { OutboxRelay, OutboxRelayFactory, RelayStatus } from '../outbox/outbox-relay.js';
import { laterPosition, OutboxService } from '../outbox/outbox.service.js';
import { SearchDocuments } from './search-documents.js';
import { type DocumentRevision, SEARCH_ENGINE, SearchEngine } from './search-engine.js';
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
  /**
   * Articles applied to the snapshot before serving: changed since it, or whose live revisions differed from its
   * documents (content written without events).
   */
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
  /** The migrations the database had at this instance's start (none run while it runs). */
  private migrations: string[] = [];

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly documents: SearchDocuments,
    private readonly outbox: OutboxService,
    private readonly snapshots: SearchIndexSnapshots,
    private readonly dataSource: DataSource,
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
      await this.snapshots.write({
        position: lastEventId,
        migrations: this.migrations,
        state: this.engine.snapshot(),
      });
    } catch (error) {
      // The next start rebuilds the index, or restores an older snapshot and the changes since.
      this.logger.warn({ message: 'could not store the search index', error: String(error) });
    }
  }

  /**
   * Restores the in-process index from its snapshot, then reads again the articles changed since or whose live
   * revisions differ from its documents; undefined when there is no snapshot to use (none, another build's, another
   * schema's, ahead of this database, too far behind).
   */
  private async restore(): Promise<{ documents: number; caughtUp: number } | undefined> {
    if (!this.engine.restore || !this.engine.revisions || !this.snapshots.enabled) return undefined;
    this.migrations = await appliedMigrations(this.dataSource);
    const snapshot = await this.snapshots.read();
    if (!snapshot) return undefined;
    // A migration applied or undone since: it may have changed content in place, without events.
    if (snapshot.migrations.join() !== this.migrations.join()) {
      this.logger.log({ message: 'the search index snapshot predates the migrations: building the index' });
      return undefined;
    }
    // The position first: the articles are read after it, so events after it re-read them (see SearchDocuments).
    const last = await this.outbox.lastEventId();
    // Ahead of the database: a snapshot of other content (a database restored without it, say).
    if (laterPosition(snapshot.position, last)) return undefined;
    const changed = await this.outbox.articlesChanged(snapshot.position, last, [...INDEXED_EVENTS]);
    if (changed.length > SNAPSHOT_CATCH_UP_LIMIT) return undefined;
    let stale: string[];
    try {
      this.engine.restore(snapshot.state);
      // Content written without outbox events (SQL run by hand, a bench's bulk load) is not in the changes: the
      // articles whose live revisions differ from the documents' are read again with them, in one pass (a live
      // revision that no document can be built from is one of them at every start, and left out again).
      const differing = articlesDiffering(this.engine.revisions(), await this.documents.revisions());
      stale = [...new Set([...changed, ...differing])];
      if (stale.length > SNAPSHOT_CATCH_UP_LIMIT) {
        this.logger.log({
          message: 'the search index snapshot misses changes: building the index',
          stale: stale.length,
        });
        await this.engine.clear();
        return undefined;
      }
      await this.applyArticles(stale);
    } catch (error) {
      this.logger.warn({ message: 'could not restore the search index: building it', error: String(error) });
      await this.engine.clear();
      return undefined;
    }
    await this.relay.moveTo(last);
    const { documents = 0 } = await this.engine.health();
    return { documents, caughtUp: stale.length };
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

/** The articles whose documents in `indexed` are not the live revisions `live` (a locale more, less or older). */
export function articlesDiffering(indexed: DocumentRevision[], live: DocumentRevision[]): string[] {
  const key = (r: DocumentRevision) => `${r.articleId}/${r.locale}`;
  const liveRevisions = new Map(live.map((r) => [key(r), r.revision]));
  const differing = new Set<string>();
  for (const document of indexed) {
    if (liveRevisions.get(key(document)) !== document.revision) differing.add(document.articleId);
    liveRevisions.delete(key(document));
  }
  for (const [left] of liveRevisions) differing.add(left.slice(0, left.indexOf('/')));
  return [...differing];
}
