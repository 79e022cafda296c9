import MiniSearch, { Query, SearchOptions, SearchResult } from 'minisearch';
import { Analyzer, analyzerFor, tokenize } from './analysis.js';
import { analyseQuery, CompiledSynonyms, compileSynonyms, synonymAlternatives, typoBudget } from './query-terms.js';
import type { EngineFilter, EngineHealth, EngineHit, EngineQuery, EngineResult, SearchDocument, SearchEngine, SynonymGroup } from './search-engine.js';
import { highlight } from './text.js';

/** Field weights: alternative questions count as much as the title (they are scored as their own documents). */
export const FIELD_BOOST = { title: 3, question: 3, summary: 1.5, body: 1 } as const;

/**
 * An article's score from its alternative questions: the best question counts fully, the next ones less, so that
 * an article many phrasings agree on wins over one that a single phrasing matches by chance. (Tuned on CLINC150
 * val: [1] 88.1% top-1, [1, .5, .25] 88.7%, these 89.4%; flatter or longer tails do no better.)
 */
const QUESTION_DECAY = [1, 0.7, 0.5, 0.3, 0.2];

const QUESTION_ID_SEPARATOR = '\u0000';

interface ArticleEntry {
  id: string;
  title: string;
  summary: string;
  body: string;
  /** All alternative questions together: how many phrasings share a word matters, not only the best one. */
  questions: string;
}

interface QuestionEntry {
  id: string;
  question: string;
}

interface Candidate {
  articleScore: number;
  questionScores: number[];
  bestQuestion: number;
  /** Matched index terms, per result (merged only for the hits returned). */
  terms: string[][];
}

/** Search-time terms come analysed already (analyseQuery): MiniSearch only splits them. */
const PREANALYSED = { tokenize: (text: string) => text.split(' '), processTerm: (term: string) => term };

/** MiniSearch's BM25+ defaults, reused for the stop-word part of phrasing scores. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * The stop-word part of the BM25 score of short phrasings. Stop words carry meaning in a phrasing ("how do I"
 * vs "can I"), but they occur in most phrasings: asking MiniSearch for them would score thousands of documents per
 * query. So they are scored here, for the documents that content words matched only, with the same formula.
 */
class StopTermScorer {
  private readonly docs = new Map<string, { length: number; stops: Map<string, number> }>();
  private readonly df = new Map<string, number>();
  private totalLength = 0;

  constructor(private readonly analyzer: Analyzer) {}

  add(id: string, text: string): void {
    const terms = this.analyzer.analyseText(text);
    const stops = new Map<string, number>();
    for (const term of terms) if (this.analyzer.isStopTerm(term)) stops.set(term, (stops.get(term) ?? 0) + 1);
    for (const term of stops.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    // Measured like MiniSearch measures field lengths: distinct tokens.
    const length = new Set(tokenize(text)).size;
    this.docs.set(id, { length, stops });
    this.totalLength += length;
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const term of doc.stops.keys()) this.df.set(term, (this.df.get(term) ?? 1) - 1);
    this.totalLength -= doc.length;
    this.docs.delete(id);
  }

  /** BM25 of the stop terms found in the document, and how many of them were found. */
  score(id: string, stopTerms: string[]): { score: number; matched: number } {
    if (stopTerms.length === 0) return { score: 0, matched: 0 };
    const doc = this.docs.get(id);
    if (!doc) return { score: 0, matched: 0 };
    const count = this.docs.size;
    const norm = BM25.k * (1 - BM25.b + (BM25.b * doc.length) / (this.totalLength / count));
    let score = 0;
    let matched = 0;
    for (const term of stopTerms) {
      const tf = doc.stops.get(term);
      if (!tf) continue;
      const df = this.df.get(term) ?? 0;
      score += Math.log(1 + (count - df + 0.5) / (df + 0.5)) * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
      matched += 1;
    }
    return { score, matched };
  }
}

/**
 * A MiniSearch index over some fields, with the synonyms compiled for it. Text is analysed without stop words;
 * the phrasing field (alternative questions), if any, also has its stop words scored (see StopTermScorer).
 */
class FieldIndex<T extends { id: string }> {
  readonly search: MiniSearch<T>;
  readonly analyzer: Analyzer;
  private readonly phrasingAnalyzer: Analyzer;
  private readonly stopTerms: StopTermScorer | undefined;
  synonyms: CompiledSynonyms = [];

  constructor(
    locale: string,
    fields: (keyof T & string)[],
    private readonly phrasingField?: keyof T & string,
  ) {
    this.analyzer = analyzerFor(locale);
    this.phrasingAnalyzer = analyzerFor(locale, true);
    if (phrasingField) this.stopTerms = new StopTermScorer(this.phrasingAnalyzer);
    this.search = new MiniSearch<T>({
      idField: 'id',
      fields,
      tokenize,
      // Stop words are indexed in the phrasing field (never queried there: stopScore scores them), so that its
      // lengths, hence BM25's length normalisation, count them.
      processTerm: (token, field) => (field === phrasingField ? this.phrasingAnalyzer : this.analyzer).terms(token),
      searchOptions: PREANALYSED,
    });
  }

  add(entry: T): void {
    this.search.add(entry);
    if (this.phrasingField) this.stopTerms?.add(entry.id, String(entry[this.phrasingField]));
  }

  discard(id: string): void {
    this.search.discard(id);
    this.stopTerms?.remove(id);
  }

  /** The query's stop words as index terms, to pass to stopScore. */
  queryStopTerms(q: string): string[] {
    return [...new Set(this.phrasingAnalyzer.analyseText(q).filter((term) => this.phrasingAnalyzer.isStopTerm(term)))];
  }

  /**
   * A result's score with the stop words of the phrasing field added. MiniSearch multiplies a document's summed
   * score by the number of query terms it matched; matched stop words count in that number too.
   */
  scoreWithStopTerms(result: SearchResult, stopTerms: string[], boost: number): number {
    const stops = this.stopTerms?.score(result.id, stopTerms);
    if (!stops || stops.matched === 0) return result.score;
    const matched = result.queryTerms.length;
    return (result.score / Math.max(1, matched) + boost * stops.score) * (matched + stops.matched);
  }

  /** The query tree for `q`: its terms OR-ed (prefix on the last one when typing), plus one branch per synonym. */
  query(q: string, mode: EngineQuery['mode']): Query | undefined {
    const analysed = analyseQuery(this.analyzer, q);
    // A query of stop words only ("how do I") matches nothing.
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
    // Phrasings keep their stop words: "how do I pay" and "can I pay" are different questions.
    this.articles = new FieldIndex(locale, ['title', 'summary', 'body', 'questions'], 'questions');
    this.questions = new FieldIndex(locale, ['question'], 'question');
    this.setSynonyms(synonyms);
  }

  setSynonyms(groups: SynonymGroup[]): void {
    this.articles.setSynonyms(groups);
    this.questions.setSynonyms(groups);
  }

  upsert(document: SearchDocument): void {
    this.remove(document.articleId);
    this.documents.set(document.articleId, document);
    this.articles.add({
      id: document.articleId,
      title: document.title,
      summary: document.summary,
      body: document.body,
      questions: document.alternativeQuestions.join('\n'),
    });
    document.alternativeQuestions.forEach((question, i) => this.questions.add({ id: `${document.articleId}${QUESTION_ID_SEPARATOR}${i}`, question }));
  }

  remove(articleId: string): void {
    const previous = this.documents.get(articleId);
    if (!previous) return;
    this.documents.delete(articleId);
    this.articles.discard(articleId);
    previous.alternativeQuestions.forEach((_, i) => this.questions.discard(`${articleId}${QUESTION_ID_SEPARATOR}${i}`));
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
    if (!articleQuery) return { hits: [], total: 0 };
    const filter = (result: SearchResult) => passes(index.documents.get(articleIdOf(result.id)), query.filter);
    const options: SearchOptions = { filter, combineWith: 'OR' };

    const candidates = new Map<string, Candidate>();
    const candidate = (articleId: string): Candidate => {
      let c = candidates.get(articleId);
      if (!c) {
        c = { articleScore: 0, questionScores: [], bestQuestion: -1, terms: [] };
        candidates.set(articleId, c);
      }
      return c;
    };
    const boost = { title: FIELD_BOOST.title, summary: FIELD_BOOST.summary, body: FIELD_BOOST.body, questions: FIELD_BOOST.question };
    const articleStops = index.articles.queryStopTerms(query.q);
    for (const result of index.articles.search.search(articleQuery, { ...options, boost })) {
      const c = candidate(result.id);
      c.articleScore = index.articles.scoreWithStopTerms(result, articleStops, FIELD_BOOST.question);
      c.terms.push(result.terms);
    }
    // Complete questions (answers) are also scored phrasing by phrasing, which ranks answers best; as-you-type
    // search does without (it costs as much again), its phrasings counting through the articles' `questions` field.
    if (query.mode === 'question') {
      const questionStops = index.questions.queryStopTerms(query.q);
      const phrasings = index.questions.search
        .search(index.questions.query(query.q, query.mode)!, { ...options, boost: { question: FIELD_BOOST.question } })
        .map((result) => ({ result, score: index.questions.scoreWithStopTerms(result, questionStops, FIELD_BOOST.question) }))
        .sort((a, b) => b.score - a.score);
      for (const { result, score } of phrasings) {
        const [articleId, n] = String(result.id).split(QUESTION_ID_SEPARATOR);
        const c = candidate(articleId);
        // Best first: the first phrasing seen for an article is its best one.
        if (c.bestQuestion < 0) c.bestQuestion = Number(n);
        if (c.questionScores.length < QUESTION_DECAY.length) c.questionScores.push(score);
        c.terms.push(result.terms);
      }
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

/** The phrasing sharing the most matched terms with the query, when the phrasings were not scored one by one. */
function closestPhrasing(analyzer: Analyzer, questions: string[], terms: Set<string>): number {
  let best = -1;
  let bestCount = 0;
  questions.forEach((question, i) => {
    const count = new Set(analyzer.analyseText(question).filter((term) => terms.has(term))).size;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return best;
}

function toHit(index: LocaleIndex, doc: SearchDocument, c: Candidate, score: number): EngineHit {
  const terms = new Set(c.terms.flat());
  // Without stop words: a matched "how" is no reason to highlight every "how" of the body.
  const analyzer = index.articles.analyzer;
  const isMatch = (token: { text: string }) => analyzer.terms(token.text).some((term) => terms.has(term));
  const summary = highlight(doc.summary, isMatch);
  const body = highlight(doc.body, isMatch);
  const snippet = body.matches > summary.matches || !doc.summary ? body.html : summary.html;
  const question = c.bestQuestion >= 0 ? c.bestQuestion : closestPhrasing(analyzer, doc.alternativeQuestions, terms);
  return {
    articleId: doc.articleId,
    slug: doc.slug,
    locale: doc.locale,
    revision: doc.revision,
    title: doc.title,
    snippet,
    score,
    ...(question >= 0 ? { matchedQuestion: doc.alternativeQuestions[question] } : {}),
    intents: doc.intents,
    categoryId: doc.categoryId,
    expiresAt: doc.expiresAt,
  };
}
