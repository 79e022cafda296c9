import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors.js';
import type { QuestionMatch } from '../matcher/locale-matchers.js';
import { type AnswerThreshold, MatcherCalibration } from '../matcher/matcher-calibration.js';
import { QuestionIndex } from '../matcher/question-index.js';
import type { AnswerCandidate } from '../search/search.service.js';
import type { KnowledgeHit } from '../search/search.types.js';
import { KnowledgeSearch } from './knowledge-search.js';
import { reciprocalRankFusion } from './rank-fusion.js';
import type { ServingContext } from './serving-context.js';

export interface RankedAnswer extends Omit<QuestionMatch, 'audience'> {
  /** Engine relevance when the engine found it too. */
  engineScore: number | null;
}

/** The confidence an answer needs: the channel profile's own, or the one calibrated for the answer's locale. */
export interface Threshold {
  threshold: number;
  source: AnswerThreshold['source'] | 'profile';
}

export interface Candidates {
  ranked: RankedAnswer[];
  /** The engine was needed but could not be reached: `ranked` is the question matcher's alone. */
  engineUnavailable: boolean;
}

/** Ranks the articles that may answer a question: the question matcher, fused with the search engine when unsure. */
@Injectable()
export class AnswerRanking {
  constructor(
    private readonly questions: QuestionIndex,
    private readonly search: KnowledgeSearch,
    private readonly calibration: MatcherCalibration,
  ) {}

  /** The confidence an answer in `locale` needs on this channel: the profile's threshold wins over the calibrated one. */
  threshold(ctx: ServingContext, locale: string): Threshold {
    return ctx.profile.minConfidence !== null ? { threshold: ctx.profile.minConfidence, source: 'profile' } : this.calibration.threshold(locale);
  }

  /**
   * Articles that answer a question, best first. When the question matcher is confident, its list alone: the engine
   * (slower: it scores every phrasing) would cost two thirds of an answer's time on a large knowledge base, and fused
   * with confident answers it did not rank CLINC150 better (top-1 -0.2 to 0 points). Otherwise the engine's list is
   * fused with the matcher's (reciprocal rank fusion): where the two disagree on an unsure question, the article both
   * rank high wins (CLINC150 top-1 +0.2 to +0.3 points over the matcher's order, top-3 alike); an article only the
   * engine found has no confidence (0), so it may be offered, never answered.
   *
   * Answers come from whatever is up: with the engine down, the matcher's list stands alone (`engineUnavailable`);
   * the engine's 503 goes out only when the matcher cannot be consulted either (no model yet, or its worker died).
   */
  async candidates(ctx: ServingContext, question: string, limit: number): Promise<Candidates> {
    const found = await this.questions.match(question, ctx.locales, ctx.audiences, limit);
    const matched: RankedAnswer[] | undefined = found?.map(({ audience: _a, ...m }) => ({ ...m, engineScore: null }));
    if (matched && matched.length > 0 && matched[0].confidence >= this.threshold(ctx, matched[0].locale).threshold) return { ranked: matched, engineUnavailable: false };
    let engine: AnswerCandidate[];
    try {
      engine = await this.search.answerCandidates({ q: question, locales: ctx.locales, audiences: ctx.audiences, limit });
    } catch (error) {
      if (!matched || !(error instanceof DomainError) || error.code !== 'UNAVAILABLE') throw error;
      return { ranked: matched, engineUnavailable: true };
    }
    const fromEngine = engine.map((hit): RankedAnswer => ({ ...hitToCandidate(hit), engineScore: hit.score }));
    const ranked = reciprocalRankFusion(matched ?? [], fromEngine, (c) => c.articleId, (m, e) => ({ ...m, engineScore: e.engineScore }), limit);
    return { ranked, engineUnavailable: false };
  }
}

/** An engine hit the matcher did not find: it has no confidence. */
function hitToCandidate(hit: KnowledgeHit): Omit<QuestionMatch, 'audience'> {
  return {
    articleId: hit.articleId,
    slug: hit.slug,
    locale: hit.locale,
    revision: hit.revision,
    title: hit.title,
    confidence: 0,
    matchedQuestion: hit.matchedQuestion ?? hit.title,
  };
}
