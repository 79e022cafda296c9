import type { Audience } from '../../common/domain.js';

/**
 * What serving asks the knowledge base. `locales` is the fallback chain, most wanted first: a hit in an earlier
 * locale hides the same article's hits in later ones.
 */
export interface KnowledgeQuery {
  q: string;
  locales: string[];
  audiences: Audience[];
  /** Category id; sub-categories included. */
  categoryId?: string;
  tags?: string[];
  intents?: string[];
  limit: number;
}

export interface KnowledgeHit {
  articleId: string;
  slug: string;
  locale: string;
  revision: number;
  title: string;
  /** Highlighted excerpt: matched terms wrapped in <mark>…</mark>, everything else HTML-escaped. */
  snippet: string;
  /** Relevance, higher is better; comparable within one result list only. */
  score: number;
  /** The alternative question that matched best, when one did. */
  matchedQuestion?: string;
  intents: string[];
  categoryId: string | null;
}

export interface KnowledgeResult {
  hits: KnowledgeHit[];
  /**
   * Matching articles before `limit`, in the locales searched: a later locale of the chain is searched only while the
   * earlier ones leave the list short of `limit`.
   */
  total: number;
}
