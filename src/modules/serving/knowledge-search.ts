import type { KnowledgeQuery, KnowledgeResult } from '../search/search.types.js';

/**
 * What serving needs of the search module: ranked live articles for a query. Bound to the search module's service
 * in ServingModule; failures surface as that module's problems (503 with Retry-After when the engine is down).
 */
export abstract class KnowledgeSearch {
  abstract search(query: KnowledgeQuery): Promise<KnowledgeResult>;
}
