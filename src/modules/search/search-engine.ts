import type { Audience } from '../../common/domain.js';
import type { KnowledgeHit } from './search.types.js';

/**
 * What the search engines index: one document per article × locale, built from that locale's live revision.
 * Text fields are plain text (Markdown already rendered and stripped).
 */
export interface SearchDocument {
  articleId: string;
  locale: string;
  revision: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  alternativeQuestions: string[];
  audience: Audience;
  categoryId: string | null;
  tags: string[];
  intents: string[];
  /** Epoch milliseconds; the document is never returned at or after this instant. */
  expiresAt: number | null;
}

export interface EngineFilter {
  audiences: Audience[];
  /** The article's category must be one of these (the caller expands a category into its descendants). */
  categoryIds?: string[];
  /** The article must carry every one of these tags. */
  tags?: string[];
  /** The article must answer at least one of these intents. */
  intents?: string[];
  /** Documents expiring at or before this instant (epoch ms) are left out. */
  now: number;
}

export interface EngineQuery {
  q: string;
  locale: string;
  limit: number;
  filter: EngineFilter;
  /** `search` (default): typed by a person, the last word may be incomplete; `question`: complete words only. */
  mode?: 'search' | 'question';
}

/** A hit as serving sees it, plus the expiry that lets the result cache stop serving it on time. */
export type EngineHit = KnowledgeHit & { expiresAt: number | null };

export interface EngineResult {
  hits: EngineHit[];
  /** Matching documents in this locale before `limit` (an estimate for engines that only estimate). */
  total: number;
}

/** One group of interchangeable terms (each term one or more words) for one locale. */
export type SynonymGroup = string[];

export interface EngineHealth {
  engine: string;
  ready: boolean;
  detail?: string;
  /** Documents in the index, when the engine knows at once (the in-process one). */
  documents?: number;
}

/**
 * The search port. Implementations: the in-process engine (embedded default, see embedded-engine.ts) and Meilisearch.
 * Writes are idempotent (upserting a document again, removing a missing one, are no-ops), so the outbox relay may
 * replay them freely.
 */
export interface SearchEngine {
  readonly name: string;
  /**
   * True when the index lives in this process: at a start it is rebuilt from the database, or restored from a snapshot
   * (`snapshot`, `restore`) that SearchIndexer keeps in the embedded database's directory.
   */
  readonly ephemeral: boolean;
  /** Counts index changes made through this instance; cached results from an older generation are stale. */
  readonly generation: number;
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(keys: { articleId: string; locale: string }[]): Promise<void>;
  search(query: EngineQuery): Promise<EngineResult>;
  /** Replaces the locale's synonym groups. */
  setSynonyms(locale: string, groups: SynonymGroup[]): Promise<void>;
  /** Empties the index of every locale (the reindex starts with it). */
  clear(): Promise<void>;
  health(): Promise<EngineHealth>;
  close(): Promise<void>;
  /** An ephemeral index as data that v8.serialize can store (its shape is the engine's own). */
  snapshot?(): unknown;
  /** Replaces the index by a snapshot this engine's code took (see SearchIndexSnapshots). */
  restore?(snapshot: unknown): void;
  /** The revision of every document in an ephemeral index. */
  revisions?(): DocumentRevision[];
}

export const SEARCH_ENGINE = Symbol('SearchEngine');

/** Which revision of an article's locale a document holds. */
export type DocumentRevision = Pick<SearchDocument, 'articleId' | 'locale' | 'revision'>;

/** Thrown by adapters when the engine cannot be reached or answers with a server error. */
export class EngineUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EngineUnavailableError';
  }
}
