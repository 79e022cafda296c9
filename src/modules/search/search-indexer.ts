import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ContentEvent, ContentEventType } from '../outbox/content-event.entity.js';
import { OutboxRelay, OutboxRelayFactory, RelayStatus } from '../outbox/outbox-relay.js';
import { SearchDocuments } from './search-documents.js';
import { SEARCH_ENGINE, SearchEngine } from './search-engine.js';

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

export interface RebuildProgress {
  done: number;
  total: number;
}

/**
 * Applies the outbox to the search engine: for each affected article it re-reads the live revisions from the
 * database and upserts or removes, so replaying an event is harmless and the index converges whatever happened in
 * between. An in-process index is rebuilt from the database at boot, and the consumer's position moved to match.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchIndexer');
  private readonly relay: OutboxRelay;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly documents: SearchDocuments,
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
      const count = await this.rebuild();
      this.logger.log({ message: 'search index built from the database', documents: count, ms: Date.now() - started });
    }
    await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }

  /** Applies a batch of outbox events (throws to have the relay retry it later). */
  async apply(events: ContentEvent[]): Promise<void> {
    const articleIds = [
      ...new Set(events.filter((e) => e.articleId && INDEXED_EVENTS.has(e.type)).map((e) => e.articleId as string)),
    ];
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
