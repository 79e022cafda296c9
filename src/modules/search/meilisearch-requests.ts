import type { SearchParams, Settings, Synonyms } from 'meilisearch';
import { languageOf, stopwordsOf } from '../../common/language/analysis.js';
import { typoBudget } from './query-terms.js';
import type { EngineFilter, EngineHit, EngineQuery, SearchDocument, SynonymGroup } from './search-engine.js';
import { MARK_END, MARK_START, markersToHtml, SNIPPET_LENGTH } from './text.js';

/**
 * Everything the Meilisearch adapter sends and receives, as pure functions: index names, settings, documents,
 * search requests and the mapping of hits.
 */

/** The fields of an indexed document. */
export interface MeiliDocument {
  id: string;
  slug: string;
  locale: string;
  revision: number;
  title: string;
  alternativeQuestions: string[];
  summary: string;
  body: string;
  audience: string;
  categoryId: string | null;
  tags: string[];
  intents: string[];
  expiresAt: number | null;
}

/** Searchable attributes in ranking order: alternative questions right after the title, then summary, then body. */
export const SEARCHABLE_ATTRIBUTES = ['title', 'alternativeQuestions', 'summary', 'body'];
export const FILTERABLE_ATTRIBUTES = ['audience', 'categoryId', 'tags', 'intents', 'expiresAt'];

/** ISO 639-3 codes Meilisearch's tokenizer takes for `localizedAttributes`. */
const ISO_639_3: Record<string, string> = {
  en: 'eng',
  fr: 'fra',
  de: 'deu',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
};

/** One index per locale: `<prefix>_<locale>`, with characters Meilisearch refuses in a uid replaced. */
export function indexUid(prefix: string, locale: string): string {
  return `${prefix}_${locale.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;
}

/** Meilisearch synonyms are one-way lists: each term of a group maps to all the others. */
export function meiliSynonyms(groups: SynonymGroup[]): Synonyms {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group) {
      const others = group.filter((t) => t !== term);
      synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...others])];
    }
  }
  return synonyms;
}

/** The settings of one locale's index. Typo thresholds match the in-process engine's (see typoBudget). */
export function indexSettings(locale: string, synonyms: SynonymGroup[]): Settings {
  const language = languageOf(locale);
  const settings: Settings = {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    displayedAttributes: [
      'id',
      'slug',
      'locale',
      'revision',
      'title',
      'alternativeQuestions',
      'summary',
      'body',
      'categoryId',
      'intents',
      'expiresAt',
    ],
    synonyms: meiliSynonyms(synonyms),
    stopWords: stopwordsOf(locale),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: firstLength(1), twoTypos: firstLength(2) } },
  };
  if (ISO_639_3[language])
    settings.localizedAttributes = [{ attributePatterns: ['*'], locales: [ISO_639_3[language]] }];
  return settings;
}

/** Shortest word length allowed `typos` typos by typoBudget. */
function firstLength(typos: number): number {
  let length = 1;
  while (typoBudget('x'.repeat(length)) < typos) length += 1;
  return length;
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  return {
    id: doc.articleId,
    slug: doc.slug,
    locale: doc.locale,
    revision: doc.revision,
    title: doc.title,
    alternativeQuestions: doc.alternativeQuestions,
    summary: doc.summary,
    body: doc.body,
    audience: doc.audience,
    categoryId: doc.categoryId,
    tags: doc.tags,
    intents: doc.intents,
    expiresAt: doc.expiresAt,
  };
}

const quote = (value: string) => JSON.stringify(value);
const list = (values: string[]) => `[${values.map(quote).join(', ')}]`;

/** The filter expression: every clause must hold. */
export function meiliFilter(filter: EngineFilter): string[] {
  const clauses = [
    `audience IN ${list(filter.audiences)}`,
    `(expiresAt IS NULL OR expiresAt > ${Math.floor(filter.now)})`,
  ];
  if (filter.categoryIds) clauses.push(`categoryId IN ${list(filter.categoryIds)}`);
  for (const tag of filter.tags ?? []) clauses.push(`tags = ${quote(tag)}`);
  if (filter.intents) clauses.push(`intents IN ${list(filter.intents)}`);
  return clauses;
}

/** Cropped words around the matches: about the in-process engine's snippet length. */
const CROP_WORDS = Math.round(SNIPPET_LENGTH / 6);

export function searchRequest(query: EngineQuery): SearchParams {
  return {
    limit: query.limit,
    filter: meiliFilter(query.filter),
    attributesToHighlight: ['summary', 'body', 'alternativeQuestions'],
    attributesToCrop: ['summary', 'body'],
    cropLength: CROP_WORDS,
    cropMarker: '…',
    // Control characters never occur in indexed text (stripControl), so they cannot clash with content.
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
    showRankingScore: true,
    // A complete question (answers) should match on its rarest words; as-you-type drops words from the end.
    matchingStrategy: query.mode === 'question' ? 'frequency' : 'last',
  };
}

export type MeiliHit = MeiliDocument & {
  _formatted?: Partial<Record<keyof MeiliDocument, unknown>>;
  _rankingScore?: number;
};

const marksIn = (text: string): number => text.split(MARK_START).length - 1;

/** A Meilisearch hit as an engine hit: snippet from the cropped field with the most matches, escaped. */
export function toEngineHit(hit: MeiliHit): EngineHit {
  const formatted = hit._formatted ?? {};
  const summary = typeof formatted.summary === 'string' ? formatted.summary : '';
  const body = typeof formatted.body === 'string' ? formatted.body : '';
  const snippet = marksIn(body) > marksIn(summary) || !hit.summary ? body : summary;
  const questions = Array.isArray(formatted.alternativeQuestions) ? (formatted.alternativeQuestions as string[]) : [];
  let matched = -1;
  questions.forEach((q, i) => {
    if (marksIn(q) > 0 && (matched < 0 || marksIn(q) > marksIn(questions[matched]))) matched = i;
  });
  return {
    articleId: hit.id,
    slug: hit.slug,
    locale: hit.locale,
    revision: hit.revision,
    title: hit.title,
    snippet: markersToHtml(snippet),
    score: hit._rankingScore ?? 0,
    ...(matched >= 0 ? { matchedQuestion: hit.alternativeQuestions[matched] } : {}),
    intents: hit.intents,
    categoryId: hit.categoryId,
    expiresAt: hit.expiresAt,
  };
}
