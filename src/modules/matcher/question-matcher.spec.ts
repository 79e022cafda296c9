import { describe, expect, it } from 'vitest';
import { plainWords } from '../../common/language/words.js';
import { QuestionMatcher, rawFeatures, trainMatcher, vectorise } from './question-matcher.js';

const entries = [
  { key: 'pin', questions: ['How do I reset my voicemail PIN?', 'forgot my voicemail pin', 'change voicemail code'] },
  { key: 'bill', questions: ['Why is my bill higher?', 'unexpected charges on my invoice', 'my bill went up'] },
  { key: 'roaming', questions: ['Do I pay roaming abroad?', 'roaming charges in Spain', 'using my phone abroad'] },
];
const stopWords = new Set(['my', 'i', 'do', 'how', 'is', 'the', 'on', 'what', 'in']);

describe('QuestionMatcher', () => {
  it('folds accents and case when tokenising', () => {
    expect(plainWords("J'ai oublié MON Code-PIN")).toEqual(['j', 'ai', 'oublie', 'mon', 'code', 'pin']);
  });

  it('ranks the article whose phrasings match a paraphrase, with a typo', () => {
    const matcher = QuestionMatcher.train(entries, { stopWords });
    const [best, second] = matcher.match('I forgot the PIN of my voicemial', 3);
    expect(best).toMatchObject({ key: 'pin', matchedQuestion: 'forgot my voicemail pin' });
    expect(best.probability).toBeGreaterThan(second?.probability ?? 0);
    expect(best.similarity).toBeGreaterThan(0.3);
    expect(best.similarity).toBeLessThanOrEqual(1);
  });

  it('keeps unrelated questions unlikely, however few articles there are', () => {
    const matcher = QuestionMatcher.train(entries, { stopWords });
    const [best] = matcher.match('what is the weather on mars', 3);
    expect(Math.sqrt((best?.probability ?? 0) * (best?.similarity ?? 0))).toBeLessThan(0.2);
    expect(matcher.match('zzz qqq', 3)).toEqual([]);
  });

  it('only returns accepted keys and trains deterministically', () => {
    const a = QuestionMatcher.train(entries);
    const b = QuestionMatcher.train(entries);
    expect(a.match('roaming abroad charges', 3)).toEqual(b.match('roaming abroad charges', 3));
    expect(a.match('roaming abroad charges', 3, (key) => key !== 'roaming').map((h) => h.key)).not.toContain('roaming');
  });

  it('gives the same answers through a precomputed filter as through a predicate', () => {
    const matcher = QuestionMatcher.train(entries);
    const accept = (key: string) => key !== 'roaming';
    const filter = matcher.filter(accept);
    expect(matcher.match('roaming abroad charges', 3, filter)).toEqual(matcher.match('roaming abroad charges', 3, accept));
  });

  it('scores each entry with its weights for the query features, also those every entry has (laid out densely)', () => {
    const model = trainMatcher(entries);
    const matcher = new QuestionMatcher(model);
    // "my" is in phrasings of every entry: every entry has a weight for it.
    expect(model.weights[model.featureIds.get('w:my')!]!.cls.length).toBe(entries.length);
    for (const question of ['my voicemail pin', 'roaming charges on my bill', 'my phone']) {
      const v = vectorise(rawFeatures(question, new Set()), model.featureIds, model.idf, model.unseenIdf);
      const weight = (id: number, c: number) => {
        const f = model.weights[id];
        const j = f ? f.cls.indexOf(c) : -1;
        return j >= 0 ? f!.w[j] : 0;
      };
      const scores = model.keys.map((_, c) => v.idx.reduce((sum, id, k) => sum + weight(id, c) * v.val[k], 0));
      // Every entry is touched (through "my"); the rest of the normalisation is the floor of unseen alternatives.
      const z = scores.reduce((sum, s) => sum + Math.exp(5 * s), 0) + 30 - entries.length;
      const expected = model.keys.map((key, c) => ({ key, probability: Math.exp(5 * scores[c]) / z })).sort((a, b) => b.probability - a.probability);
      const actual = matcher.match(question, entries.length);
      expect(actual.map((h) => h.key)).toEqual(expected.map((e) => e.key));
      actual.forEach((hit, i) => expect(hit.probability).toBeCloseTo(expected[i].probability, 12));
    }
  });
});
