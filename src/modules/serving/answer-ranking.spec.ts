import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors.js';
import type { AppConfig } from '../../config/app-config.js';
import type { ChannelProfile } from '../channels/channel-profile.entity.js';
import type { QuestionMatch } from '../matcher/locale-matchers.js';
import type { MatcherCalibration } from '../matcher/matcher-calibration.js';
import type { QuestionIndex } from '../matcher/question-index.js';
import type { AnswerCandidate } from '../search/search.service.js';
import { AnswerRanking } from './answer-ranking.js';
import type { KnowledgeSearch } from './knowledge-search.js';
import type { ServingContext } from './serving-context.js';

const match = (articleId: string, confidence: number): QuestionMatch => ({
  articleId,
  slug: articleId,
  audience: 'public',
  locale: 'en',
  revision: 1,
  title: articleId,
  confidence,
  matchedQuestion: articleId,
});
const hit = (articleId: string, score: number): AnswerCandidate => ({
  articleId,
  slug: articleId,
  locale: 'en',
  revision: 1,
  title: articleId,
  snippet: '',
  score,
  intents: [],
  categoryId: null,
  similarity: 0,
});

/** The ranking over a matcher and an engine answering fixed lists; `asked` counts the engine's queries. */
function ranking(
  matched: QuestionMatch[] | undefined,
  engine: AnswerCandidate[] | 'down',
  fusion: AppConfig['ANSWER_FUSION'],
  calibrated = 0.5,
) {
  const asked = { engine: 0 };
  const questions = { match: async () => matched } as unknown as QuestionIndex;
  const search = {
    answerCandidates: async () => {
      asked.engine += 1;
      if (engine === 'down') throw new DomainError('UNAVAILABLE', 'engine down');
      return engine;
    },
  } as unknown as KnowledgeSearch;
  const calibration = {
    threshold: () => ({ threshold: calibrated, source: 'calibrated' }),
  } as unknown as MatcherCalibration;
  return { ranking: new AnswerRanking(questions, search, calibration, { ANSWER_FUSION: fusion } as AppConfig), asked };
}
const ctx = (minConfidence: number | null) =>
  ({
    locales: ['en'],
    audiences: ['public'],
    profile: { minConfidence } as ChannelProfile,
  }) as unknown as ServingContext;
const ids = (list: { articleId: string }[]) => list.map((c) => c.articleId);

describe('AnswerRanking', () => {
  const fullUnsure = [match('a', 0.4), match('b', 0.3), match('c', 0.2), match('d', 0.1)];
  const engine = [hit('b', 9), hit('e', 8), hit('a', 7)];

  it('takes the profile threshold over the calibrated one, and the calibrated one when the profile sets none', () => {
    const { ranking: r } = ranking([], [], 'short', 0.37);
    expect(r.threshold(ctx(0.9), 'en')).toEqual({ threshold: 0.9, source: 'profile' });
    expect(r.threshold(ctx(null), 'en')).toEqual({ threshold: 0.37, source: 'calibrated' });
  });

  it('answers from a confident matcher alone, whatever the fusion', async () => {
    for (const fusion of ['short', 'unsure'] as const) {
      const { ranking: r, asked } = ranking([match('a', 0.6), match('b', 0.1)], engine, fusion);
      expect(ids((await r.candidates(ctx(null), 'q', 4)).ranked)).toEqual(['a', 'b']);
      expect(asked.engine).toBe(0);
    }
  });

  it('by default (short), asks the engine for an unsure matcher only when its list is short', async () => {
    const full = ranking(fullUnsure, engine, 'short');
    expect(ids((await full.ranking.candidates(ctx(null), 'q', 4)).ranked)).toEqual(['a', 'b', 'c', 'd']);
    expect(full.asked.engine).toBe(0);
    const short = ranking([match('a', 0.4)], engine, 'short');
    const fused = (await short.ranking.candidates(ctx(null), 'q', 4)).ranked;
    expect(ids(fused)).toEqual(['a', 'b', 'e']);
    expect(fused.map((c) => [c.confidence, c.engineScore])).toEqual([
      [0.4, 7],
      [0, 9],
      [0, 8],
    ]);
  });

  it('with fusion of unsure questions, fuses a full unsure list with the engine: what both rank high comes first', async () => {
    const { ranking: r, asked } = ranking(fullUnsure, engine, 'unsure');
    const fused = (await r.candidates(ctx(null), 'q', 4)).ranked;
    // b (matcher 2nd, engine 1st) beats a (1st, 3rd); e (engine 2nd: 1/62) beats c (matcher 3rd: 1/63).
    expect(ids(fused)).toEqual(['b', 'a', 'e', 'c']);
    expect(fused[0]).toMatchObject({ confidence: 0.3, engineScore: 9 });
    expect(asked.engine).toBe(1);
  });

  it("keeps the matcher's list when the engine is down, and fails only when the matcher cannot be consulted either", async () => {
    const down = ranking(fullUnsure, 'down', 'unsure');
    expect(await down.ranking.candidates(ctx(null), 'q', 4)).toMatchObject({
      engineUnavailable: true,
      ranked: fullUnsure.map(({ audience: _a, ...m }) => ({ ...m, engineScore: null })),
    });
    await expect(ranking(undefined, 'down', 'short').ranking.candidates(ctx(null), 'q', 4)).rejects.toThrow(
      'engine down',
    );
  });
});
