import MiniSearch, { Query, SearchOptions, SearchResult } from 'minisearch';
import { Analyzer, analyzerFor, tokenize } from './analysis.js';
import { analyseQuery, CompiledSynonyms, compileSynonyms, synonymAlternatives, typoBudget } from './query-terms.js';
import type { EngineFilter, EngineHealth, EngineHit, EngineQuery, EngineResult, SearchDocument, SearchEngine, SynonymGroup } from './search-engine.js';
import { highlight } from './text.js';

/** Field weights: alternative questions count as much as the title (they are scored as their own documents). */
export const FIELD_BOOST = { title: 3, question: 3, summary: 1.5, body: 1 } as const;

/**
 * An article's score from its alternative questions: the best question counts fully, the next ones less, so that
 * an article many phrasings agree on wins over one that a single phrasing matches by chance.
 */
const QUESTION_DECAY = [1, 0.5, 0.25];

const QUESTION_ID_SEPARATOR = '\u0000';

interface ArticleEntry {
  id: string;
  title: string;
  summary: string;
  body: string;
}

interface QuestionEntry {
  id: string;
  question: string;
}

interface Candidate {
  articleScore: number;
  questionScores: number[];
  bestQuestion: number;
  terms: Set<string>;
}

/** Search-time terms come analysed already (analyseQuery): MiniSearch only splits them. */
const PREANALYSED = { tokenize: (text: string) => text.split(' '), processTerm: (term: string) => term };

/** A MiniSearch index over some fields, analysed with one analyser, with the synonyms compiled for it. */
class FieldIndex<T extends { id: string }> {
  readonly search: MiniSearch<T>;
  synonyms: CompiledSynonyms = [];

  constructor(
    readonly analyzer: Analyzer,
    fields: (keyof T & string)[],
  ) {
    this.search = new MiniSearch<T>({ idField: 'id', fields, tokenize, processTerm: (token) => analyzer.terms(token), searchOptions: PREANALYSED });
  }

  /** The query tree for `q`: its terms OR-ed (prefix on the last one when typing), plus one branch per synonym. */
  query(q: string, mode: EngineQuery['mode']): Query | undefined {
    const analysed = analyseQuery(this.analyzer, q);
    if (analysed.terms.length === 0) return undefined;
    const last = analysed.terms.length - 1;
    const prefixLast = mode !== 'question' && analysed.lastIsPrefix;
    const main: Query = { queries: [analysed.terms.join(' ')], prefix: (_term, i) => prefixLast && i === last, fuzzy: typoBudget };
    const alternatives: Query[] = synonymAlternatives(analysed.words, this.synonyms).map((terms) => ({
      queries: [terms.join(' ')],
      combineWith: 'AND',
      prefix: false,
      fuzzy: typoBudget,
    }));
    return alternatives.length > 0 ? { combineWith: 'OR', queries: [main, ...alternatives] } : main;
  }

  setSynonyms(groups: SynonymGroup[]): void {
    this.synonyms = compileSynonyms(this.analyzer, groups);
  }
}

/**
 * One locale: an index of articles, an index of their alternative questions (each its own short document, so that
 * one matching phrasing scores like a matching title), and the documents themselves.
 */
class LocaleIndex {
  readonly articles: FieldIndex<ArticleEntry>;
  readonly questions: FieldIndex<QuestionEntry>;
  readonly documents = new Map<string, SearchDocument>();

  constructor(locale: string, synonyms: SynonymGroup[]) {
    this.articles = new FieldIndex(analyzerFor(locale), ['title', 'summary', 'body']);
    // Phrasings keep their stop words: "how do I pay" and "can I pay" are different questions.
    this.questions = new FieldIndex(analyzerFor(locale, true), ['question']);
    this.setSynonyms(synonyms);
  }

  setSynonyms(groups: SynonymGroup[]): void {
    this.articles.setSynonyms(groups);
    this.questions.setSynonyms(groups);
  }

  upsert(document: SearchDocument): void {
    this.remove(document.articleId);
    this.documents.set(document.articleId, document);
    this.articles.search.add({ id: document.articleId, title: document.title, summary: document.summary, body: document.body });
    this.questions.search.addAll(document.alternativeQuestions.map((question, i) => ({ id: `${document.articleId}${QUESTION_ID_SEPARATOR}${i}`, question })));
  }

  remove(articleId: string): void {
    const previous = this.documents.get(articleId);
    if (!previous) return;
    this.documents.delete(articleId);
    this.articles.search.discard(articleId);
    previous.alternativeQuestions.forEach((_, i) => this.questions.search.discard(`${articleId}${QUESTION_ID_SEPARATOR}${i}`));
  }
}

const passes = (doc: SearchDocument | undefined, filter: EngineFilter): doc is SearchDocument =>
  doc !== undefined &&
  filter.audiences.includes(doc.audience) &&
  (doc.expiresAt === null || doc.expiresAt > filter.now) &&
  (!filter.categoryIds || (doc.categoryId !== null && filter.categoryIds.includes(doc.categoryId))) &&
  (!filter.tags || filter.tags.every((tag) => doc.tags.includes(tag))) &&
  (!filter.intents || filter.intents.some((intent) => doc.intents.includes(intent)));

/**
 * The in-process engine (embedded default): MiniSearch, one index per locale. Tuned the way Meilisearch behaves,
 * which is also what keeps it fast: prefix search on the last word only, typos allowed only on longer words.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded';
  readonly ephemeral = true;
  generation = 0;
  private readonly locales = new Map<string, LocaleIndex>();
  private readonly synonymGroups = new Map<string, SynonymGroup[]>();

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const document of documents) this.index(document.locale).upsert(document);
    this.generation += 1;
  }

  async remove(keys: { articleId: string; locale: string }[]): Promise<void> {
    for (const { articleId, locale } of keys) this.locales.get(locale)?.remove(articleId);
    this.generation += 1;
  }

  async setSynonyms(locale: string, groups: SynonymGroup[]): Promise<void> {
    this.synonymGroups.set(locale, groups);
    this.locales.get(locale)?.setSynonyms(groups);
    this.generation += 1;
  }

  async clear(): Promise<void> {
    this.locales.clear();
    this.generation += 1;
  }

  async health(): Promise<EngineHealth> {
    let documents = 0;
    for (const index of this.locales.values()) documents += index.documents.size;
    return { engine: this.name, ready: true, detail: `${documents} documents in ${this.locales.size} locales` };
  }

  async close(): Promise<void> {
    this.locales.clear();
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const index = this.locales.get(query.locale);
    if (!index) return { hits: [], total: 0 };
    const articleQuery = index.articles.query(query.q, query.mode);
    // A query of stop words only ("how do I") matches nothing.
    if (!articleQuery) return { hits: [], total: 0 };
    const questionQuery = index.questions.query(query.q, query.mode)!;
    const filter = (result: SearchResult) => passes(index.documents.get(articleIdOf(result.id)), query.filter);
    const options: SearchOptions = { filter, combineWith: 'OR' };

    const candidates = new Map<string, Candidate>();
    const candidate = (articleId: string): Candidate => {
      let c = candidates.get(articleId);
      if (!c) {
        c = { articleScore: 0, questionScores: [], bestQuestion: -1, terms: new Set() };
        candidates.set(articleId, c);
      }
      return c;
    };
    const boost = { title: FIELD_BOOST.title, summary: FIELD_BOOST.summary, body: FIELD_BOOST.body };
    for (const result of index.articles.search.search(articleQuery, { ...options, boost })) {
      const c = candidate(result.id);
      c.articleScore = result.score;
      for (const term of result.terms) c.terms.add(term);
    }
    const questionAnalyzer = index.questions.analyzer;
    for (const result of index.questions.search.search(questionQuery, { ...options, boost: { question: FIELD_BOOST.question } })) {
      // A phrasing sharing only stop words with the query ("how", "my") is no match.
      if (result.queryTerms.every((term) => questionAnalyzer.isStopTerm(term))) continue;
      const [articleId, n] = String(result.id).split(QUESTION_ID_SEPARATOR);
      const c = candidate(articleId);
      // Results come best first: the first question seen for an article is its best one.
      if (c.bestQuestion < 0) c.bestQuestion = Number(n);
      if (c.questionScores.length < QUESTION_DECAY.length) c.questionScores.push(result.score);
      for (const term of result.terms) c.terms.add(term);
    }

    const ranked = [...candidates.entries()]
      .map(([articleId, c]) => ({ articleId, c, score: combinedScore(c) }))
      .sort((a, b) => b.score - a.score || (a.articleId < b.articleId ? -1 : 1));
    const hits = ranked.slice(0, query.limit).map(({ articleId, c, score }) => toHit(index, index.documents.get(articleId)!, c, score));
    return { hits, total: ranked.length };
  }

  private index(locale: string): LocaleIndex {
    let index = this.locales.get(locale);
    if (!index) {
      index = new LocaleIndex(locale, this.synonymGroups.get(locale) ?? []);
      this.locales.set(locale, index);
    }
    return index;
  }
}

const articleIdOf = (id: string): string => {
  const separator = id.indexOf(QUESTION_ID_SEPARATOR);
  return separator < 0 ? id : id.slice(0, separator);
};

function combinedScore(c: Candidate): number {
  let questions = 0;
  c.questionScores.forEach((score, i) => (questions += score * QUESTION_DECAY[i]));
  return c.articleScore + questions;
}

function toHit(index: LocaleIndex, doc: SearchDocument, c: Candidate, score: number): EngineHit {
  const analyzer = index.articles.analyzer;
  const isMatch = (token: { text: string }) => analyzer.terms(token.text).some((term) => c.terms.has(term));
  const summary = highlight(doc.summary, isMatch);
  const body = highlight(doc.body, isMatch);
  const snippet = body.matches > summary.matches || !doc.summary ? body.html : summary.html;
  return {
    articleId: doc.articleId,
    slug: doc.slug,
    locale: doc.locale,
    revision: doc.revision,
    title: doc.title,
    snippet,
    score,
    ...(c.bestQuestion >= 0 ? { matchedQuestion: doc.alternativeQuestions[c.bestQuestion] } : {}),
    intents: doc.intents,
    categoryId: doc.categoryId,
    expiresAt: doc.expiresAt,
  };
}
