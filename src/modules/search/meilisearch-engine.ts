import { EnqueuedTaskPromise, Meilisearch, MeilisearchApiError } from 'meilisearch';
import {
  indexSettings,
  indexUid,
  meiliSynonyms,
  MeiliHit,
  searchRequest,
  toEngineHit,
  toMeiliDocument,
} from './meilisearch-requests.js';
import {
  EngineHealth,
  EngineQuery,
  EngineResult,
  EngineUnavailableError,
  SearchDocument,
  SearchEngine,
  SynonymGroup,
} from './search-engine.js';
import { groupBy } from '../../common/group-by.js';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  indexPrefix: string;
  /** Per HTTP request. */
  timeoutMs: number;
  /** Longest wait for an indexing task to finish. */
  taskTimeoutMs?: number;
}

const byLocale = <T extends { locale: string }>(items: T[]): Map<string, T[]> => groupBy(items, (item) => item.locale);

/**
 * The production engine: one Meilisearch index per locale. Every write waits for its task, so that the outbox
 * relay only moves on once the change is searchable, and retries it when it failed.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  readonly ephemeral = false;
  generation = 0;
  private readonly client: Meilisearch;
  /** Locales whose index exists with current settings (as far as this instance knows). */
  private readonly configured = new Set<string>();
  private readonly synonyms = new Map<string, SynonymGroup[]>();

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.timeoutMs,
      defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 30_000, interval: 50 },
    });
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const [locale, docs] of byLocale(documents)) {
      await this.ensureIndex(locale);
      await this.run(this.client.index(this.uid(locale)).addDocuments(docs.map(toMeiliDocument), { primaryKey: 'id' }));
    }
    this.generation += 1;
  }

  async remove(keys: { articleId: string; locale: string }[]): Promise<void> {
    for (const [locale, items] of byLocale(keys)) {
      await this.ensureIndex(locale);
      await this.run(this.client.index(this.uid(locale)).deleteDocuments(items.map((k) => k.articleId)));
    }
    this.generation += 1;
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    try {
      const response = await this.client.index(this.uid(query.locale)).search<MeiliHit>(query.q, searchRequest(query));
      return { hits: response.hits.map(toEngineHit), total: response.estimatedTotalHits ?? response.hits.length };
    } catch (error) {
      // No index yet: nothing was ever published in this locale.
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')
        return { hits: [], total: 0 };
      throw unavailable(error);
    }
  }

  async setSynonyms(locale: string, groups: SynonymGroup[]): Promise<void> {
    this.synonyms.set(locale, groups);
    if (this.configured.has(locale)) {
      await this.run(this.client.index(this.uid(locale)).updateSynonyms(meiliSynonyms(groups)));
    } else {
      await this.ensureIndex(locale);
    }
    this.generation += 1;
  }

  async clear(): Promise<void> {
    const prefix = `${this.options.indexPrefix}_`;
    try {
      const { results } = await this.client.getIndexes({ limit: 1000 });
      for (const index of results.filter((i) => i.uid.startsWith(prefix)))
        await this.run(this.client.deleteIndex(index.uid));
    } catch (error) {
      throw unavailable(error);
    }
    this.configured.clear();
    this.generation += 1;
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.client.health();
      return { engine: this.name, ready: true };
    } catch (error) {
      return { engine: this.name, ready: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    this.configured.clear();
  }

  private uid(locale: string): string {
    return indexUid(this.options.indexPrefix, locale);
  }

  /** Creates the locale's index if needed and applies its settings (idempotent: both are no-ops when current). */
  private async ensureIndex(locale: string): Promise<void> {
    if (this.configured.has(locale)) return;
    const uid = this.uid(locale);
    const created = await this.wait(this.client.createIndex(uid, { primaryKey: 'id' }));
    if (created.status === 'failed' && created.error?.code !== 'index_already_exists')
      throw new EngineUnavailableError(`creating ${uid}: ${created.error?.message}`);
    await this.run(this.client.index(uid).updateSettings(indexSettings(locale, this.synonyms.get(locale) ?? [])));
    this.configured.add(locale);
  }

  /** Waits for a task and fails if the task failed. */
  private async run(task: EnqueuedTaskPromise): Promise<void> {
    const done = await this.wait(task);
    if (done.status !== 'succeeded')
      throw new EngineUnavailableError(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`);
  }

  private async wait(task: EnqueuedTaskPromise) {
    try {
      return await task.waitTask();
    } catch (error) {
      throw unavailable(error);
    }
  }
}

function unavailable(error: unknown): EngineUnavailableError {
  if (error instanceof EngineUnavailableError) return error;
  return new EngineUnavailableError(`Meilisearch: ${error instanceof Error ? error.message : String(error)}`, {
    cause: error,
  });
}
