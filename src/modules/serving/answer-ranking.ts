import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
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
    private readonly config: AppConfig,
  ) {}

  /**
   * The confidence an answer in `locale` needs on this channel: the profile's threshold wins over the calibrated one.
   */
  threshold(ctx: ServingContext, locale: string): Threshold {
    return ctx.profile.minConfidence !== null
      ? { threshold: ctx.profile.minConfidence, source: 'profile' }
      : this.calibration.threshold(locale);
  }

  /**
   * Articles that answer a question, best first. The question matcher's list stands alone when it is confident, and
   * (ANSWER_FUSION=short, the default) when it is full: the engine (slower: it scores every phrasing) would cost two
   * thirds of an answer's time on a large knowledge base. Otherwise the engine's list is fused with the matcher's
   * (reciprocal rank fusion): where the two disagree, the article both rank high wins. On CLINC150, fusing every
   * unsure question (ANSWER_FUSION=unsure) ranked top-1 0.2-0.3 points better than the matcher's order; fusing
   * confident answers too did not (0 to -0.2 points). An article only the engine found has no confidence (0): it may
   * be offered, never answered.
   *
   * Answers come from whatever is up: with the engine down, the matcher's list stands alone (`engineUnavailable`);
   * the engine's 503 goes out only when the matcher cannot be consulted either (no model yet, or its worker died).
   */
  async candidates(ctx: ServingContext, question: string, limit: number): Promise<Candidates> {
    const found = await this.questions.match(question, ctx.locales, ctx.audiences, limit);
    const matched: RankedAnswer[] | undefined = found?.map(({ audience: _a, ...m }) => ({ ...m, engineScore: null }));
    const confident =
      matched && matched.length > 0 && matched[0].confidence >= this.threshold(ctx, matched[0].locale).threshold;
    const enough = matched && (confident || (this.config.ANSWER_FUSION === 'short' && matched.length >= limit));
    if (enough) return { ranked: matched, engineUnavailable: false };
    let engine: AnswerCandidate[];
    try {
      engine = await this.search.answerCandidates({
        q: question,
        locales: ctx.locales,
        audiences: ctx.audiences,
        limit,
      });
    } catch (error) {
      if (!matched || !(error instanceof DomainError) || error.code !== 'UNAVAILABLE') throw error;
      return { ranked: matched, engineUnavailable: true };
    }
    const fromEngine = engine.map((hit): RankedAnswer => ({ ...hitToCandidate(hit), engineScore: hit.score }));
    const ranked = reciprocalRankFusion(
      matched ?? [],
      fromEngine,
      (c) => c.articleId,
      (m, e) => ({ ...m, engineScore: e.engineScore }),
      limit,
    );
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
