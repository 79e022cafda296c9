import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors.js';
import type { QuestionMatch } from '../matcher/locale-matchers.js';
import { type AnswerThreshold, MatcherCalibration } from '../matcher/matcher-calibration.js';
import { QuestionIndex } from '../matcher/question-index.js';
import type { AnswerCandidate } from '../search/search.service.js';
import type { KnowledgeHit } from '../search/search.types.js';
import { KnowledgeSearch } from './knowledge-search.js';
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

/** Ranks the articles that may answer a question: the question matcher first, the search engine when needed. */
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
   * Articles that answer a question, best first, by the question matcher's confidence. The engine (slower: it
   * scores every phrasing) is consulted only when the matcher is not confident and knows fewer than `limit` articles
   * for the question: its hits then fill the list (after the matcher's, with confidence 0) and nudge near-ties. A
   * full list from the matcher needs nothing of it: filling adds nothing, and the nudge alone moved CLINC150 top-1 by
   * 0.1-0.2 points while it cost two thirds of an answer's time on a large knowledge base.
   *
   * Answers come from whatever is up: with the engine down, the matcher's list stands alone (`engineUnavailable`);
   * the engine's 503 goes out only when the matcher cannot be consulted either (no model yet, or its worker died).
   */
  async candidates(ctx: ServingContext, question: string, limit: number): Promise<Candidates> {
    const matched = await this.questions.match(question, ctx.locales, ctx.audiences, limit);
    const fromMatcher = (list: QuestionMatch[]): RankedAnswer[] => list.map(({ audience: _a, ...m }) => ({ ...m, engineScore: null }));
    const FUSION = process.env.FUSION ?? 'nudge';
    const confident = matched && matched.length > 0 && matched[0].confidence >= this.threshold(ctx, matched[0].locale).threshold;
    const skipEngine = FUSION === 'always' ? false : FUSION === 'unsure' ? confident : matched && (matched.length >= limit || confident);
    if (skipEngine) return { ranked: fromMatcher(matched!), engineUnavailable: false };
    let engine: AnswerCandidate[];
    try {
      engine = await this.search.answerCandidates({ q: question, locales: ctx.locales, audiences: ctx.audiences, limit });
    } catch (error) {
      if (!matched || !(error instanceof DomainError) || error.code !== 'UNAVAILABLE') throw error;
      return { ranked: fromMatcher(matched), engineUnavailable: true };
    }
    const engineRank = new Map(engine.map((h, i) => [h.articleId, { rank: i + 1, hit: h }]));
    if (FUSION !== 'nudge') {
      const K = Number(process.env.RRF_K ?? 60);
      const W = Number(process.env.RRF_W ?? 1);
      const fused = new Map<string, RankedAnswer & { order: number }>();
      fromMatcher(matched ?? []).forEach((m, i) => fused.set(m.articleId, { ...m, order: 1 / (K + i + 1) }));
      engine.forEach((hit, i) => {
        const f = fused.get(hit.articleId);
        if (f) {
          f.engineScore = hit.score;
          f.order += W / (K + i + 1);
        } else fused.set(hit.articleId, { ...hitToCandidate(hit), engineScore: hit.score, order: W / (K + i + 1) });
      });
      return { ranked: [...fused.values()].sort((a, b) => b.order - a.order).slice(0, limit).map(({ order: _o, ...c }) => c), engineUnavailable: false };
    }
    const merged: (RankedAnswer & { order: number })[] = fromMatcher(matched ?? []).map((m) => {
      const e = engineRank.get(m.articleId);
      return { ...m, engineScore: e?.hit.score ?? null, order: m.confidence + (e ? 0.02 / e.rank : 0) };
    });
    for (const hit of engine) {
      if (merged.some((m) => m.articleId === hit.articleId)) continue;
      merged.push({ ...hitToCandidate(hit), engineScore: hit.score, order: -engineRank.get(hit.articleId)!.rank });
    }
    const ranked = merged
      .sort((a, b) => b.order - a.order)
      .slice(0, limit)
      .map(({ order: _o, ...c }) => c);
    return { ranked, engineUnavailable: false };
  }
}

/** An engine hit the matcher did not find: offered last, with no confidence. */
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
