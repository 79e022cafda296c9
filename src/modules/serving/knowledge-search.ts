import type { AnswerCandidate } from '../search/search.service.js';
import type { KnowledgeQuery, KnowledgeResult } from '../search/search.types.js';

/**
 * What serving needs of the search module: ranked live articles for a typed query (as-you-type search) and for a
 * complete question (answers, suggestions). Bound to the search module's service in ServingModule; failures
 * surface as that module's problems (503 with Retry-After when the engine is down).
 */
export abstract class KnowledgeSearch {
  abstract search(query: KnowledgeQuery): Promise<KnowledgeResult>;
  abstract answerCandidates(query: KnowledgeQuery): Promise<AnswerCandidate[]>;
}
