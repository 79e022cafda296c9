import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config.js';
import { ArticlesModule } from '../articles/articles.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { EmbeddedSearchEngine } from './embedded-engine.js';
import { MeilisearchEngine } from './meilisearch-engine.js';
import { SearchDocuments } from './search-documents.js';
import { SEARCH_ENGINE, SearchEngine } from './search-engine.js';
import { SearchIndexer } from './search-indexer.js';
import { SearchIndexSnapshots } from './search-index-snapshots.js';
import { SearchService } from './search.service.js';
import { SynonymGroupEntity } from './synonym.entity.js';
import { SynonymsController } from './synonyms.controller.js';
import { SynonymsService } from './synonyms.service.js';

/** The engine named by the configuration: Meilisearch when MEILI_URL is set, the in-process engine otherwise. */
export function createSearchEngine(config: AppConfig): SearchEngine {
  if (!config.MEILI_URL) return new EmbeddedSearchEngine();
  return new MeilisearchEngine({
    url: config.MEILI_URL,
    apiKey: config.MEILI_API_KEY ?? config.MEILI_MASTER_KEY,
    indexPrefix: config.MEILI_INDEX_PREFIX,
    timeoutMs: config.MEILI_TIMEOUT_MS,
  });
}

/** Search: the engine port and its adapters, indexing through the outbox, synonyms, and SearchService for serving. */
@Module({
  imports: [TypeOrmModule.forFeature([SynonymGroupEntity]), ArticlesModule, TaxonomyModule],
  controllers: [SynonymsController],
  providers: [
    { provide: SEARCH_ENGINE, inject: [AppConfig], useFactory: createSearchEngine },
    SearchDocuments,
    SearchIndexer,
    SearchIndexSnapshots,
    SearchService,
    SynonymsService,
  ],
  exports: [SearchService, SearchIndexer, SEARCH_ENGINE, SynonymsService],
})
export class SearchModule implements OnApplicationShutdown {
  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }
}
