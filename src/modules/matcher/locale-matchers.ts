import type { Audience } from '../../common/domain.js';
import type { LiveArticle } from '../articles/live-article.js';
import { confidenceOf } from './calibration.js';
import { type KeyFilter, type Model, QuestionMatcher } from './question-matcher.js';

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

interface LocaleMatcher {
  matcher: QuestionMatcher;
  articles: Map<string, LiveArticle>;
  /** Key filters per audience set and earlier locales of the chain, computed on first use (a handful exist). */
  filters: Map<string, KeyFilter>;
}

/** The question matchers of every locale, asked over a locale chain. */
export class LocaleMatchers {
  private readonly matchers = new Map<string, LocaleMatcher>();

  constructor(models: LocaleModel[]) {
    for (const { locale, model, articles } of models) {
      this.matchers.set(locale, { matcher: new QuestionMatcher(model), articles: new Map(articles.map((a) => [a.articleId, a])), filters: new Map() });
    }
  }

  /**
   * Best articles for a question over a locale chain. An article is taken from the earliest locale that has it: a
   * later locale's matcher ranks only the articles none of the earlier ones has (and is skipped when there are
   * none, as when every article is translated).
   */
  match(question: string, locales: string[], audiences: Audience[], limit: number): QuestionMatch[] {
    const found: QuestionMatch[] = [];
    locales.forEach((locale, i) => {
      const entry = this.matchers.get(locale);
      if (!entry) return;
      const filter = this.filterOf(entry, audiences, locales.slice(0, i));
      if (filter.entries.length === 0) return;
      for (const hit of entry.matcher.match(question, limit, filter)) {
        found.push({ ...entry.articles.get(hit.key)!, confidence: confidenceOf(hit), matchedQuestion: hit.matchedQuestion });
      }
    });
    return found.sort((a, b) => b.confidence - a.confidence).slice(0, limit);
  }

  /** The articles of `entry` that `audiences` may see and that none of the `earlier` locales has. */
  private filterOf(entry: LocaleMatcher, audiences: Audience[], earlier: string[]): KeyFilter {
    const key = JSON.stringify([[...audiences].sort(), earlier]);
    let filter = entry.filters.get(key);
    if (!filter) {
      const hiding = earlier.map((locale) => this.matchers.get(locale)?.articles).filter((articles) => articles !== undefined);
      filter = entry.matcher.filter((articleId) => audiences.includes(entry.articles.get(articleId)!.audience) && !hiding.some((articles) => articles.has(articleId)));
      entry.filters.set(key, filter);
    }
    return filter;
  }
}
