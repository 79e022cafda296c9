import { describe, expect, it } from 'vitest';
import { QuestionMatcher, tokenize } from './question-matcher.js';

const entries = [
  { key: 'pin', questions: ['How do I reset my voicemail PIN?', 'forgot my voicemail pin', 'change voicemail code'] },
  { key: 'bill', questions: ['Why is my bill higher?', 'unexpected charges on my invoice', 'my bill went up'] },
  { key: 'roaming', questions: ['Do I pay roaming abroad?', 'roaming charges in Spain', 'using my phone abroad'] },
];
const stopWords = new Set(['my', 'i', 'do', 'how', 'is', 'the', 'on', 'what', 'in']);

describe('QuestionMatcher', () => {
  it('folds accents and case when tokenising', () => {
    expect(tokenize("J'ai oublié MON Code-PIN")).toEqual(['j', 'ai', 'oublie', 'mon', 'code', 'pin']);
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
});
