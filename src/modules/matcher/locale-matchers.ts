import { readFileSync } from 'node:fs';
import type { Audience } from '../../common/domain.js';
import { groupBy } from '../../common/group-by.js';
import type { LiveArticle } from '../articles/live-article.js';
import type { LivePhrasings } from '../articles/live-articles.js';
import { confidenceOf } from './calibration.js';
import { type KeyFilter, type MatcherEntry, type MatcherHit, type Model, QuestionMatcher } from './question-matcher.js';

export interface QuestionMatch extends LiveArticle {
  /** In [0, 1]: see confidenceOf. */
  confidence: number;
  matchedQuestion: string;
}

/** A locale's trained model and the live articles it was trained on (the model's keys are their ids). */
export interface LocaleModel {
  locale: string;
  model: Model;
  articles: LiveArticle[];
}

/** The live phrasings of articles as a matcher's entries: one per article, its title first. */
export function entriesOf(phrasings: LivePhrasings[]): MatcherEntry[] {
  return phrasings.map((p) => ({ key: p.articleId, questions: [p.title, ...p.questions] }));
}

/** A locale's articles as a matcher learns them: its entries (see entriesOf), and the articles. */
export interface Learnable {
  locale: string;
  articles: LiveArticle[];
  entries: MatcherEntry[];
}

/** The live phrasings of `rows`, locale by locale, as matchers learn them (a locale's made once it is reached). */
export function* learnableLocales(rows: LivePhrasings[]): Generator<Learnable> {
  for (const [locale, phrasings] of groupBy(rows, (row) => row.locale)) {
    yield {
      locale,
      articles: phrasings.map(({ questions: _questions, ...article }) => article),
      entries: entriesOf(phrasings),
    };
  }
}

/**
 * A LocaleModel as it is stored and sent between threads: the model serialised (v8), or, with `file`, in that file
 * (`model` empty: see MatcherStore.park), which the thread that reads the model reads (see `modelBytes`).
 */
export interface SerialisedLocaleModel {
  locale: string;
  articles: LiveArticle[];
  model: Uint8Array;
  file?: string;
}

/** A serialised model's bytes, read from its file when it is in one. */
export function modelBytes(serialised: SerialisedLocaleModel): Uint8Array {
  return serialised.file ? readFileSync(serialised.file) : serialised.model;
}

/**
 * The articles changed since the content the trained models learnt (published, unpublished, expired, archived or
 * edited since), and models trained on the current phrasings of those still live: small, trained in milliseconds.
 */
export interface FreshTier {
  changed: string[];
  models: LocaleModel[];
}

interface LocaleMatcher {
  matcher: QuestionMatcher;
  articles: Map<string, LiveArticle>;
}

type Tier = 'trained' | 'fresh';

/**
 * Share of the nearest trained phrasing's similarity at which a fresh article competes with the trained model's
 * answer (see `match`): a question about an article the model does not know still shares words with other articles
 * (0.73-0.91 of their similarity in the unit cases), one about a known article is much nearer that article's own
 * phrasings (0.43-0.51).
 */
const FRESH_NEAR_ENOUGH = 0.7;

interface TierHit extends MatcherHit {
  tier: Tier;
  article: LiveArticle;
}

function matcherOf({ model, articles }: LocaleModel): LocaleMatcher {
  return { matcher: new QuestionMatcher(model), articles: new Map(articles.map((a) => [a.articleId, a])) };
}

function matchersOf(models: LocaleModel[]): Map<string, LocaleMatcher> {
  return new Map(models.map((model) => [model.locale, matcherOf(model)]));
}

/**
 * The question matchers of every locale, asked over a locale chain: per locale, the trained model (slow to train,
 * replaced every so often) and the fresh tier (articles changed since that training). A changed article is answered
 * from the fresh tier only: the trained model's entry for it is stale, or gone from the live content.
 */
export class LocaleMatchers {
  private readonly trained: Map<string, LocaleMatcher>;
  private fresh = new Map<string, LocaleMatcher>();
  private changed = new Set<string>();
  /** Key filters per tier, audience set and earlier locales of the chain, computed on first use (a handful exist). */
  private filters = new Map<string, KeyFilter>();

  constructor(models: LocaleModel[], fresh: FreshTier = { changed: [], models: [] }) {
    this.trained = matchersOf(models);
    this.setFresh(fresh);
  }

  /** The locales with a trained model. */
  get trainedLocales(): string[] {
    return [...this.trained.keys()];
  }

  /** Replaces the trained model of a locale, or drops it (`model` undefined); other locales and the fresh tier stay. */
  setTrained(locale: string, model: LocaleModel | undefined): void {
    if (model) this.trained.set(locale, matcherOf(model));
    else this.trained.delete(locale);
    this.filters = new Map();
  }

  /** Replaces the fresh tier (the trained matchers stay). */
  setFresh(fresh: FreshTier): void {
    this.fresh = matchersOf(fresh.models);
    this.changed = new Set(fresh.changed);
    this.filters = new Map();
  }

  /**
   * Best articles for a question over a locale chain. An article is taken from the earliest locale that has it: a
   * later locale's matchers rank only the articles none of the earlier ones has (and are skipped when there are
   * none, as when every article is translated).
   *
   * The trained model never heard of the fresh articles, so it may be confident about another article for a question
   * that is about one of them ("quit the photo contest" answered with "join the photo contest" at 0.64 once "withdraw
   * from the photo contest" is published). When the best fresh article is nearly as near the question as the best
   * trained one (nearest-phrasing similarity, FRESH_NEAR_ENOUGH of it), no trained article is ranked above it: the
   * answer is the fresh article, or handed off when that is not confident enough. The same when the question uses a
   * word only the fresh tier knows (a new product's name).
   *
   * `behind`: content changed that the fresh tier has not learnt yet (the few hundred milliseconds of a relearning).
   * A question naming a word no matcher knows may be about that change: every confidence is then 0 (a hand-off).
   */
  match(question: string, locales: string[], audiences: Audience[], limit: number, behind = false): QuestionMatch[] {
    const hits: TierHit[] = [];
    locales.forEach((locale, i) => {
      const earlier = locales.slice(0, i);
      for (const [tier, matchers] of [
        ['trained', this.trained],
        ['fresh', this.fresh],
      ] as const) {
        const entry = matchers.get(locale);
        if (!entry) continue;
        const filter = this.filterOf(tier, locale, entry, audiences, earlier);
        if (filter.entries.length === 0) continue;
        for (const hit of entry.matcher.match(question, limit, filter))
          hits.push({ ...hit, tier, article: entry.articles.get(hit.key)! });
      }
    });
    const best = (tier: Tier) =>
      hits
        .filter((h) => h.tier === tier)
        .reduce<TierHit | undefined>((top, h) => (!top || confidenceOf(h) > confidenceOf(top) ? h : top), undefined);
    const freshBest = best('fresh');
    const nearestTrained = Math.max(0, ...hits.filter((h) => h.tier === 'trained').map((h) => h.similarity));
    const aboutFresh =
      freshBest &&
      (freshBest.similarity >= FRESH_NEAR_ENOUGH * nearestTrained || this.namesFreshWord(question, locales));
    const cap = behind && this.namesUnknownWord(question, locales) ? 0 : aboutFresh ? confidenceOf(freshBest) : 1;
    const ranked = hits.map((hit) => ({
      hit,
      confidence: hit.tier === 'trained' || cap === 0 ? Math.min(cap, confidenceOf(hit)) : confidenceOf(hit),
    }));
    // One matcher's list keeps its order (its model's probability: on CLINC150, 0.3 point better top-1 than by
    // confidence, and the order calibration measured); lists of several matchers are merged by confidence.
    if (new Set(hits.map((h) => `${h.tier} ${h.article.locale}`)).size > 1)
      ranked.sort(
        (a, b) => b.confidence - a.confidence || (a.hit.tier === 'fresh' ? -1 : 0) - (b.hit.tier === 'fresh' ? -1 : 0),
      );
    return ranked
      .slice(0, limit)
      .map(({ hit, confidence }) => ({ ...hit.article, confidence, matchedQuestion: hit.matchedQuestion }));
  }

  /**
   * Whether the question uses, in every locale of the chain that has matchers, a word that none of them knows (nor
   * takes for a typo of a word it knows): a new product's name, say, in a change they have not learnt yet.
   */
  private namesUnknownWord(question: string, locales: string[]): boolean {
    const asked = locales.filter((locale) => this.trained.has(locale) || this.fresh.has(locale));
    return (
      asked.length > 0 &&
      asked.every((locale) => {
        const [trained, fresh] = [this.trained.get(locale)?.matcher, this.fresh.get(locale)?.matcher];
        const [a, b] = [trained?.recognises(question), fresh?.recognises(question)];
        return (a ?? b)!.some((known, i) => !known && !b?.[i]);
      })
    );
  }

  /**
   * Whether the question uses a word that only the fresh tier's phrasings have in one of `locales` (a new product's
   * name, say): the trained model cannot know what it is about, however near its phrasings are in the other words.
   */
  private namesFreshWord(question: string, locales: string[]): boolean {
    return locales.some((locale) => {
      const fresh = this.fresh.get(locale)?.matcher;
      const trained = this.trained.get(locale)?.matcher;
      return !!fresh && fresh.contentTerms(question).some((term) => fresh.knows(term) && !trained?.knows(term));
    });
  }

  /**
   * Whether an article is answered in `locale`: from the fresh tier, or from the trained model unless it changed since.
   */
  private knows(locale: string, articleId: string): boolean {
    return (
      this.fresh.get(locale)?.articles.has(articleId) ||
      (!this.changed.has(articleId) && this.trained.get(locale)?.articles.has(articleId)) ||
      false
    );
  }

  /**
   * The articles of `entry` that `audiences` may see, that none of the `earlier` locales has, and (trained) not changed
   * since.
   */
  private filterOf(
    tier: Tier,
    locale: string,
    entry: LocaleMatcher,
    audiences: Audience[],
    earlier: string[],
  ): KeyFilter {
    const key = JSON.stringify([tier, locale, [...audiences].sort(), earlier]);
    let filter = this.filters.get(key);
    if (!filter) {
      filter = entry.matcher.filter(
        (articleId) =>
          audiences.includes(entry.articles.get(articleId)!.audience) &&
          (tier === 'fresh' || !this.changed.has(articleId)) &&
          !earlier.some((other) => this.knows(other, articleId)),
      );
      this.filters.set(key, filter);
    }
    return filter;
  }
}
