import { offerTop } from '../../common/top-k.js';
import { Analyzer, analyzerFor } from '../../common/language/analysis.js';
import { tokenize } from '../../common/language/words.js';
import { Bm25Index, Bm25State, IndexMatches, IndexQuery } from './bm25-index.js';
import { analyseQuery, CompiledSynonyms, compileSynonyms, synonymAlternatives, typoBudget } from './query-terms.js';
import type {
  DocumentRevision,
  EngineFilter,
  EngineHealth,
  EngineHit,
  EngineQuery,
  EngineResult,
  SearchDocument,
  SearchEngine,
  SynonymGroup,
} from './search-engine.js';
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

/** Articles (best by article score) whose phrasings are scored one by one in question mode. */
const PHRASING_SHORTLIST = 50;

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

/**
 * An indexed article, with the scratch a question-mode query accumulates its scores in (a query runs synchronously
 * to the end, and resets the scratch of the articles it scores, so one scratch per article suffices).
 */
interface ArticleRecord {
  doc: SearchDocument;
  articleScore: number;
  /** Slot of the article in the article index (for its matched terms). */
  slot: number;
  /** Best phrasing scores, best first (at most QUESTION_DECAY.length). */
  questionScores: number[];
  bestQuestion: number;
}

/** An alternative question: its article and its position among the article's alternative questions. */
interface PhrasingRecord {
  article: ArticleRecord;
  n: number;
}

/**
 * An index over some fields, with the synonyms compiled for it. Text is analysed without stop words; the phrasing
 * field (alternative questions), if any, keeps them: they are indexed there, and scored for the documents that the
 * query's content words matched (see Bm25Index's stop terms).
 */
class FieldIndex<T extends { id: string }, D> {
  readonly index: Bm25Index<D>;
  readonly analyzer: Analyzer;
  private readonly phrasingAnalyzer: Analyzer;
  synonyms: CompiledSynonyms = [];

  constructor(
    locale: string,
    private readonly fields: (keyof T & string)[],
    private readonly phrasingField?: keyof T & string,
  ) {
    this.analyzer = analyzerFor(locale);
    this.phrasingAnalyzer = analyzerFor(locale, true);
    const phrasingId = phrasingField === undefined ? -1 : fields.indexOf(phrasingField);
    this.index = new Bm25Index(
      fields,
      tokenize,
      (token, field) => (field === phrasingId ? this.phrasingAnalyzer : this.analyzer).terms(token),
      phrasingField,
    );
  }

  add(entry: T, data: D): void {
    this.index.add(entry.id, this.texts(entry), data);
  }

  /** Removes an entry, as it was added. */
  discard(entry: T): void {
    this.index.remove(entry.id, this.texts(entry));
  }

  private texts(entry: T): string[] {
    return this.fields.map((field) => String(entry[field] ?? ''));
  }

  /**
   * The query for `q`: its terms OR-ed (prefix on the last one when typing), one alternative per synonym, and its
   * stop words for the phrasing field. Undefined for a query of stop words only ("how do I"): it matches nothing.
   */
  query(q: string, mode: EngineQuery['mode']): IndexQuery | undefined {
    const analysed = analyseQuery(this.analyzer, q);
    if (analysed.terms.length === 0) return undefined;
    const last = analysed.terms.length - 1;
    const prefixLast = mode !== 'question' && analysed.lastIsPrefix;
    return {
      terms: analysed.terms.map((term, i) => ({ term, prefix: prefixLast && i === last, fuzzy: typoBudget(term) })),
      alternatives: synonymAlternatives(analysed.words, this.synonyms).map((terms) =>
        terms.map((term) => ({ term, prefix: false, fuzzy: typoBudget(term) })),
      ),
      stopTerms: this.phrasingField
        ? this.phrasingAnalyzer.analyseText(q).filter((term) => this.phrasingAnalyzer.isStopTerm(term))
        : [],
      stopBoost: FIELD_BOOST.question,
    };
  }

  setSynonyms(groups: SynonymGroup[]): void {
    this.synonyms = compileSynonyms(this.analyzer, groups);
  }
}

/** Fields of the article index, in the order of their ids (and of ARTICLE_BOOST). */
const ARTICLE_FIELDS: (keyof ArticleEntry & string)[] = ['title', 'summary', 'body', 'questions'];
const BODY_FIELD = ARTICLE_FIELDS.indexOf('body');

/** A locale's index as data (see EmbeddedSearchEngine.snapshot): its documents and its two indexes. */
interface LocaleState {
  documents: SearchDocument[];
  articles: Bm25State;
  questions: Bm25State;
}

interface EngineSnapshot {
  locales: ({ locale: string } & LocaleState)[];
}

/**
 * One locale: an index of articles, an index of their alternative questions (each its own short document, so that
 * one matching phrasing scores like a matching title), and the documents themselves.
 */
class LocaleIndex {
  readonly articles: FieldIndex<ArticleEntry, ArticleRecord>;
  readonly questions: FieldIndex<QuestionEntry, PhrasingRecord>;
  readonly documents = new Map<string, SearchDocument>();
  private readonly filterMasks = new Map<string, { version: number; mask: Uint8Array }>();

  constructor(locale: string, synonyms: SynonymGroup[]) {
    // Phrasings keep their stop words: "how do I pay" and "can I pay" are different questions.
    this.articles = new FieldIndex(locale, ARTICLE_FIELDS, 'questions');
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
    const article: ArticleRecord = { doc: document, articleScore: 0, slot: -1, questionScores: [], bestQuestion: -1 };
    this.articles.add(articleEntry(document), article);
    questionEntries(document).forEach((entry, n) => this.questions.add(entry, { article, n }));
  }

  /**
   * The articles a filter selects, by slot of the article index, its expiry aside: computed once per filter and
   * version of the index, so that a query reads one byte per matched article instead of testing its document (a
   * common word matches thousands of articles).
   */
  filterMask(filter: EngineFilter): Uint8Array {
    const key = JSON.stringify([
      filter.audiences,
      filter.categoryIds ?? null,
      filter.tags ?? null,
      filter.intents ?? null,
    ]);
    const index = this.articles.index;
    const cached = this.filterMasks.get(key);
    if (cached && cached.version === index.version) return cached.mask;
    const mask = index.classifySlots(({ doc }) =>
      !selected(doc, filter) ? REJECTED : doc.expiresAt === null ? SELECTED : SELECTED_UNTIL_EXPIRY,
    );
    if (this.filterMasks.size >= MAX_FILTER_MASKS) this.filterMasks.clear();
    this.filterMasks.set(key, { version: index.version, mask });
    return mask;
  }

  exportState(): LocaleState {
    return {
      documents: [...this.documents.values()],
      articles: this.articles.index.exportState(),
      questions: this.questions.index.exportState(),
    };
  }

  /** Fills this new locale index with an exported one. */
  importState(state: LocaleState): void {
    const records = new Map<string, ArticleRecord>();
    for (const doc of state.documents) {
      this.documents.set(doc.articleId, doc);
      records.set(doc.articleId, { doc, articleScore: 0, slot: -1, questionScores: [], bestQuestion: -1 });
    }
    this.articles.index.importState(state.articles, (id) => records.get(id)!);
    this.questions.index.importState(state.questions, (id) => {
      const separator = id.lastIndexOf(QUESTION_ID_SEPARATOR);
      return { article: records.get(id.slice(0, separator))!, n: Number(id.slice(separator + 1)) };
    });
  }

  remove(articleId: string): void {
    const previous = this.documents.get(articleId);
    if (!previous) return;
    this.documents.delete(articleId);
    this.articles.discard(articleEntry(previous));
    for (const entry of questionEntries(previous)) this.questions.discard(entry);
  }
}

const articleEntry = (document: SearchDocument): ArticleEntry => ({
  id: document.articleId,
  title: document.title,
  summary: document.summary,
  body: document.body,
  questions: document.alternativeQuestions.join('\n'),
});

const questionEntries = (document: SearchDocument): QuestionEntry[] =>
  document.alternativeQuestions.map((question, n) => ({
    id: `${document.articleId}${QUESTION_ID_SEPARATOR}${n}`,
    question,
  }));

/** Whether a document passes a filter, its expiry aside. */
const selected = (doc: SearchDocument, filter: EngineFilter): boolean =>
  filter.audiences.includes(doc.audience) &&
  (!filter.categoryIds || (doc.categoryId !== null && filter.categoryIds.includes(doc.categoryId))) &&
  (!filter.tags || filter.tags.every((tag) => doc.tags.includes(tag))) &&
  (!filter.intents || filter.intents.some((intent) => doc.intents.includes(intent)));

const unexpired = (doc: SearchDocument, now: number): boolean => doc.expiresAt === null || doc.expiresAt > now;

/** What a filter mask says of an article slot (see LocaleIndex.filterMask). */
const REJECTED = 0;
const SELECTED = 1;
const SELECTED_UNTIL_EXPIRY = 2;

/** Filter masks kept per locale (distinct filters: audience sets, categories, tags, intents asked for). */
const MAX_FILTER_MASKS = 64;

/**
 * The in-process engine (embedded default): a BM25+ index per locale (Bm25Index). Tuned the way Meilisearch behaves,
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

  snapshot(): EngineSnapshot {
    return { locales: [...this.locales].map(([locale, index]) => ({ locale, ...index.exportState() })) };
  }

  restore(snapshot: EngineSnapshot): void {
    this.locales.clear();
    for (const { locale, ...state } of snapshot.locales) this.index(locale).importState(state);
    this.generation += 1;
  }

  revisions(): DocumentRevision[] {
    return [...this.locales.values()].flatMap((index) =>
      [...index.documents.values()].map(({ articleId, locale, revision }) => ({ articleId, locale, revision })),
    );
  }

  async health(): Promise<EngineHealth> {
    let documents = 0;
    for (const index of this.locales.values()) documents += index.documents.size;
    return {
      engine: this.name,
      ready: true,
      detail: `${documents} documents in ${this.locales.size} locales`,
      documents,
    };
  }

  async close(): Promise<void> {
    this.locales.clear();
  }

  async search(query: EngineQuery): Promise<EngineResult> {
    const index = this.locales.get(query.locale);
    if (!index) return { hits: [], total: 0 };
    const articleQuery = index.articles.query(query.q, query.mode);
    if (!articleQuery) return { hits: [], total: 0 };
    const mask = index.filterMask(query.filter);
    const { now } = query.filter;
    const acceptSlot = (article: ArticleRecord, slot: number) =>
      mask[slot] === SELECTED || (mask[slot] === SELECTED_UNTIL_EXPIRY && unexpired(article.doc, now));
    const articles = index.articles.index.match(articleQuery, ARTICLE_BOOST, acceptSlot);

    // As-you-type search ranks the articles alone (their phrasings count through the `questions` field).
    if (query.mode !== 'question') {
      const top = topIndexes(articles.scores, articles.ids, query.limit);
      const hits = top.map((i) => toHit(index, articles.data[i], articles, articles.slots[i], -1, articles.scores[i]));
      return { hits, total: articles.ids.length };
    }

    // Complete questions (answers) are also scored phrasing by phrasing, which ranks answers best. Phrasings are
    // scored for the best articles by article score only: that score includes the phrasings (the `questions` field),
    // and a common word otherwise makes thousands of phrasings to score and aggregate. Only those articles can then
    // make the top: a phrasing score is never negative, so each of them keeps outranking every article left out
    // (which keeps its article score), and ranking the thousands of other matches would change nothing.
    const shortlist = topIndexes(articles.scores, articles.ids, Math.max(PHRASING_SHORTLIST, query.limit)).map((i) => {
      const article = articles.data[i];
      article.articleScore = articles.scores[i];
      article.slot = articles.slots[i];
      article.questionScores.length = 0;
      article.bestQuestion = -1;
      return article;
    });
    const phrasingIds = shortlist.flatMap((article) =>
      article.doc.alternativeQuestions.map((_, n) => `${article.doc.articleId}${QUESTION_ID_SEPARATOR}${n}`),
    );
    // The shortlisted articles passed the filter above: their phrasings need no other check.
    const phrasings = index.questions.index.match(
      index.questions.query(query.q, query.mode)!,
      QUESTION_BOOST,
      () => true,
      phrasingIds,
    );
    phrasings.data.forEach((p, i) => keepBest(p.article, phrasings.scores[i], p.n));
    const scores = shortlist.map(combinedScore);
    const ids = shortlist.map((article) => article.doc.articleId);
    const hits = topIndexes(scores, ids, query.limit).map((i) => {
      const article = shortlist[i];
      return toHit(index, article, articles, article.slot, article.bestQuestion, scores[i]);
    });
    return { hits, total: articles.ids.length };
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

const ARTICLE_BOOST = [FIELD_BOOST.title, FIELD_BOOST.summary, FIELD_BOOST.body, FIELD_BOOST.question];
const QUESTION_BOOST = [FIELD_BOOST.question];

function combinedScore(c: ArticleRecord): number {
  let questions = 0;
  c.questionScores.forEach((score, i) => (questions += score * QUESTION_DECAY[i]));
  return c.articleScore + questions;
}

/** Keeps a candidate's best phrasing scores, best first, and which phrasing is the best. */
function keepBest(c: ArticleRecord, score: number, question: number): void {
  if (offerTop(c.questionScores, score, QUESTION_DECAY.length, (a, b) => a > b) === 0) c.bestQuestion = question;
}

/** Positions of the `limit` best scores, best first; equal scores in id order (stable results across runs). */
function topIndexes(scores: number[], ids: string[], limit: number): number[] {
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && ids[a] < ids[b]);
  const top: number[] = [];
  for (let i = 0; i < scores.length; i += 1) offerTop(top, i, limit, better);
  return top;
}

/**
 * The phrasing sharing the most matched terms (stop words aside) with the query, when the phrasings were not scored
 * one by one. Analysed for the hit, not kept per article: a few short phrasings cost little beside the snippet, and
 * their terms took 5.6 MB of heap at 10,000 articles × 2 locales.
 */
function closestPhrasing(analyzer: Analyzer, phrasings: string[], terms: Set<string>): number {
  let best = -1;
  let bestCount = 0;
  phrasings.forEach((phrasing, i) => {
    let count = 0;
    for (const term of new Set(analyzer.analyseText(phrasing))) if (terms.has(term)) count += 1;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  return best;
}

/**
 * A hit. Its snippet is the body's when it has more matches in its window than the summary's, or no summary; else the
 * summary's.
 */
function toHit(
  index: LocaleIndex,
  article: ArticleRecord,
  matches: IndexMatches<ArticleRecord>,
  slot: number,
  bestQuestion: number,
  score: number,
): EngineHit {
  const { doc } = article;
  const terms = new Set(matches.termsOf(slot));
  // Without stop words: a matched "how" is no reason to highlight every "how" of the body.
  const analyzer = index.articles.analyzer;
  const isMatch = (token: { text: string }) => analyzer.terms(token.text).some((term) => terms.has(term));
  const summary = doc.summary ? highlight(doc.summary, isMatch) : undefined;
  let snippet: string;
  // The body (long: most of the highlighting time) cannot win when its matched terms occur no more often than the
  // summary's matches.
  if (summary && summary.matches >= matches.occurrencesIn(slot, BODY_FIELD)) snippet = summary.html;
  else {
    const body = highlight(doc.body, isMatch);
    snippet = !summary || body.matches > summary.matches ? body.html : summary.html;
  }
  const question = bestQuestion >= 0 ? bestQuestion : closestPhrasing(analyzer, doc.alternativeQuestions, terms);
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
