import { Inject, Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DomainError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { CategoryTree } from '../taxonomy/category-tree.js';
import { analyzerFor } from '../../common/language/analysis.js';
import { EngineFilter, EngineHealth, SEARCH_ENGINE, SearchEngine } from './search-engine.js';
import type { KnowledgeHit, KnowledgeQuery, KnowledgeResult } from './search.types.js';

/** How long a category's descendants are reused before being read again (categories rarely move). */
const CATEGORY_TTL_MS = 5_000;

/** A ranked candidate answer: a hit plus how closely its best phrasing matches the question, in [0, 1]. */
export interface AnswerCandidate extends KnowledgeHit {
  /**
   * Share of the question's words (and of the phrasing's) found in the best-matching phrasing of the article —
   * its title or one of its alternative questions (Dice coefficient on analysed terms, stop words included).
   * Independent of the engine and of the rest of the result list: usable to calibrate a confidence.
   */
  similarity: number;
}

interface CacheEntry {
  generation: number;
  /** Epoch ms after which the entry must not be served: cache TTL, or the first expiry among its hits. */
  validUntil: number;
  result: KnowledgeResult;
}

interface Computed<R extends KnowledgeResult = KnowledgeResult> {
  result: R;
  /** Earliest expiry among the hits (epoch ms), Infinity if none expires. */
  firstExpiry: number;
}

/**
 * Searches the knowledge base: applies the locale fallback chain, expands categories, caches repeated queries
 * (invalidated whenever the index changes) and turns engine failures into 503 + Retry-After.
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger('SearchService');
  private readonly cache: LRUCache<string, CacheEntry> | undefined;
  private readonly categories = new Map<string, { ids: string[]; until: number }>();

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly categoryTree: CategoryTree,
    private readonly config: AppConfig,
  ) {
    if (config.SEARCH_CACHE_SIZE > 0) this.cache = new LRUCache({ max: config.SEARCH_CACHE_SIZE });
  }

  /** Hits for a query typed by a person: the last word may be incomplete (searched as a prefix). */
  search(query: KnowledgeQuery): Promise<KnowledgeResult> {
    return this.cached('search', query, () => this.run(query, 'search'));
  }

  /**
   * Candidate answers to a complete question, best first, for the answers and reply-suggestion endpoints: no
   * prefix search, and each candidate says which phrasing matched and how closely.
   */
  async answerCandidates(query: KnowledgeQuery): Promise<AnswerCandidate[]> {
    const result = await this.cached('answers', query, async () => {
      const { result, firstExpiry } = await this.run(query, 'question');
      return {
        result: {
          ...result,
          hits: result.hits.map((hit) => ({ ...hit, similarity: phrasingSimilarity(query.q, hit) })),
        },
        firstExpiry,
      };
    });
    return result.hits;
  }

  /** The engine's state, for readiness probes: never throws. */
  async health(): Promise<EngineHealth> {
    try {
      return await this.engine.health();
    } catch (error) {
      return { engine: this.engine.name, ready: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  /** `kind` names what `compute` returns (entries of one kind are only read back as that kind). */
  private async cached<R extends KnowledgeResult>(
    kind: string,
    query: KnowledgeQuery,
    compute: () => Promise<Computed<R>>,
  ): Promise<R> {
    if (!this.cache) return (await compute()).result;
    const key = `${kind}\u0000${cacheKey(query)}`;
    const now = Date.now();
    const entry = this.cache.get(key);
    if (entry && entry.generation === this.engine.generation && entry.validUntil > now) return entry.result as R;
    const generation = this.engine.generation;
    const { result, firstExpiry } = await compute();
    // An in-process index is only changed through this instance; a shared engine may be changed by others.
    const validUntil = Math.min(firstExpiry, this.engine.ephemeral ? Infinity : now + this.config.SEARCH_CACHE_TTL_MS);
    this.cache.set(key, { generation, validUntil, result });
    return result;
  }

  private async run(query: KnowledgeQuery, mode: 'search' | 'question'): Promise<Computed> {
    const filter: EngineFilter = { audiences: query.audiences, now: Date.now() };
    if (query.categoryId) {
      filter.categoryIds = await this.categoryWithDescendants(query.categoryId);
      // An unknown category holds nothing (and engines differ on an empty IN list).
      if (filter.categoryIds.length === 0) return { result: { hits: [], total: 0 }, firstExpiry: Infinity };
    }
    if (query.tags?.length) filter.tags = query.tags.map((t) => t.toLowerCase());
    if (query.intents?.length) filter.intents = query.intents;
    const seen = new Set<string>();
    const hits: KnowledgeHit[] = [];
    let total = 0;
    let firstExpiry = Infinity;
    for (const locale of [...new Set(query.locales)]) {
      // A later locale only fills a short list: its hits come after the earlier ones'.
      if (hits.length >= query.limit) break;
      let result;
      try {
        // Ask for enough to still fill `limit` after dropping articles already found in an earlier locale.
        result = await this.engine.search({ q: query.q, locale, limit: query.limit + seen.size, filter, mode });
      } catch (error) {
        this.logger.warn({
          message: 'search engine failed',
          engine: this.engine.name,
          error: error instanceof Error ? error.message : String(error),
        });
        throw new DomainError(
          'UNAVAILABLE',
          'Search is temporarily unavailable; retry shortly',
          { engine: this.engine.name },
          [],
          this.config.SEARCH_RETRY_AFTER_SECONDS,
        );
      }
      let duplicates = 0;
      for (const hit of result.hits) {
        if (seen.has(hit.articleId)) {
          duplicates += 1;
          continue;
        }
        seen.add(hit.articleId);
        if (hits.length < query.limit) {
          const { expiresAt, ...knowledgeHit } = hit;
          hits.push(knowledgeHit);
          if (expiresAt !== null) firstExpiry = Math.min(firstExpiry, expiresAt);
        }
      }
      // Later locales' totals overlap earlier ones; only the overlap seen among returned hits can be subtracted.
      total += result.total - duplicates;
    }
    return { result: { hits, total: Math.max(total, hits.length) }, firstExpiry };
  }

  private async categoryWithDescendants(categoryId: string): Promise<string[]> {
    const now = Date.now();
    const cached = this.categories.get(categoryId);
    if (cached && cached.until > now) return cached.ids;
    const ids = await this.categoryTree.withDescendants(categoryId);
    this.categories.set(categoryId, { ids, until: now + CATEGORY_TTL_MS });
    return ids;
  }
}

function cacheKey(query: KnowledgeQuery): string {
  return JSON.stringify([
    query.q,
    query.locales,
    [...query.audiences].sort(),
    query.categoryId ?? null,
    [...(query.tags ?? [])].sort(),
    [...(query.intents ?? [])].sort(),
    query.limit,
  ]);
}

/**
 * Dice coefficient between the question's terms and those of the hit's closest phrasing (title or matched question).
 */
export function phrasingSimilarity(
  question: string,
  hit: Pick<KnowledgeHit, 'locale' | 'title' | 'matchedQuestion'>,
): number {
  const analyzer = analyzerFor(hit.locale, true);
  const terms = (text: string) => new Set(analyzer.analyseText(text));
  const q = terms(question);
  if (q.size === 0) return 0;
  let best = 0;
  for (const phrasing of [hit.title, hit.matchedQuestion]) {
    if (!phrasing) continue;
    const p = terms(phrasing);
    let common = 0;
    for (const term of q) if (p.has(term)) common += 1;
    best = Math.max(best, (2 * common) / (q.size + p.size));
  }
  return best;
}
