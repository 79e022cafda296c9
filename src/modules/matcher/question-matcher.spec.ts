import { describe, expect, it } from 'vitest';
import { analyzerFor } from '../../common/language/analysis.js';
import { QuestionMatcher, rawFeatures, trainMatcher, vectorise } from './question-matcher.js';

const entries = [
  { key: 'pin', questions: ['How do I reset my voicemail PIN?', 'forgot my voicemail pin', 'change voicemail code'] },
  { key: 'bill', questions: ['Why is my bill higher?', 'unexpected charges on my invoice', 'my bill went up'] },
  { key: 'roaming', questions: ['Do I pay roaming abroad?', 'roaming charges in Spain', 'using my phone abroad'] },
];

describe('QuestionMatcher', () => {
  it('matches in the language of its entries: stemmed, elided, accents folded', () => {
    const matcher = QuestionMatcher.train(
      [
        {
          key: 'pin',
          questions: ["J'ai oublié le code PIN de ma messagerie", 'changer le code de la messagerie vocale'],
        },
        { key: 'bill', questions: ['Pourquoi ma facture a augmenté ?', 'frais inattendus sur la facture'] },
      ],
      { locale: 'fr' },
    );
    expect(matcher.match("oubli du code de l'messagerie", 1)[0]).toMatchObject({ key: 'pin' });
    expect(matcher.match('FACTURES augmentees', 1)[0]).toMatchObject({
      key: 'bill',
      matchedQuestion: 'Pourquoi ma facture a augmenté ?',
    });
  });

  it('does not answer a negated question with the article of the affirmative one', () => {
    const join = {
      key: 'join',
      questions: [
        'Join the contest',
        'how do I join the contest',
        'enter the contest',
        'sign up for the contest',
        'I want to take part in the contest',
        'contest registration',
      ],
    };
    const leave = {
      key: 'leave',
      questions: [
        'Leave the contest',
        'I do not want to join the contest anymore',
        'withdraw from the contest',
        'opt out of the contest',
        'cancel my contest entry',
        'remove me from the contest',
      ],
    };
    const confidence = (hit: { probability: number; similarity: number }) =>
      Math.sqrt(hit.probability * hit.similarity);
    const both = QuestionMatcher.train([join, leave], { locale: 'en' });
    expect(both.match('not join contest', 1)[0].key).toBe('leave');
    expect(both.match("I don't want to join the contest", 1)[0].key).toBe('leave');
    expect(both.match('join contest', 1)[0].key).toBe('join');
    // With only the affirmative article, the negated question gets half the confidence of the affirmative one, or less.
    const joinOnly = QuestionMatcher.train([join], { locale: 'en' });
    const [affirmative] = joinOnly.match('join contest', 1);
    const [negated] = joinOnly.match('not join contest', 1);
    expect(confidence(negated)).toBeLessThanOrEqual(confidence(affirmative) / 2);
  });

  it('corrects typos and splits run-together words against the words it knows', () => {
    const matcher = QuestionMatcher.train(entries, { locale: 'en' });
    const clean = matcher.match('forgot voicemail pin', 1)[0];
    // Written together or in capitals: the very same words.
    for (const noisy of ['forgot voicemailpin', 'FORGOT VOICEMAIL PIN'])
      expect(matcher.match(noisy, 1)[0]).toEqual(clean);
    // Misspelt: the same words, but not the same letters (character n-grams).
    expect(matcher.match('forgto voicemial pin', 1)[0]).toMatchObject({
      key: 'pin',
      matchedQuestion: clean.matchedQuestion,
    });
    expect(matcher.match('forgto voicemial pin', 1)[0].similarity).toBeGreaterThan(clean.similarity / 2);
  });

  it('ranks the article whose phrasings match a paraphrase, with a typo', () => {
    const matcher = QuestionMatcher.train(entries, { locale: 'en' });
    const [best, second] = matcher.match('I forgot the PIN of my voicemial', 3);
    expect(best).toMatchObject({ key: 'pin', matchedQuestion: 'forgot my voicemail pin' });
    expect(best.probability).toBeGreaterThan(second?.probability ?? 0);
    expect(best.similarity).toBeGreaterThan(0.3);
    expect(best.similarity).toBeLessThanOrEqual(1);
  });

  it('keeps unrelated questions unlikely, however few articles there are', () => {
    const matcher = QuestionMatcher.train(entries, { locale: 'en' });
    const [best] = matcher.match('what is the weather on mars', 3);
    expect(Math.sqrt((best?.probability ?? 0) * (best?.similarity ?? 0))).toBeLessThan(0.2);
    expect(matcher.match('zzz qqq', 3)).toEqual([]);
  });

  it('counts its refinement budget on the clock it is given (a training in slices counts its own time)', () => {
    const refined = trainMatcher(entries, { budgetMs: 60_000 });
    // A clock that never moves: the budget never runs out, every epoch runs.
    expect(trainMatcher(entries, { budgetMs: 0, clock: () => 0 }).weights).toEqual(refined.weights);
    // A budget spent before it starts: the centroid start only.
    expect(trainMatcher(entries, { budgetMs: -1 }).weights).not.toEqual(refined.weights);
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
    expect(matcher.match('roaming abroad charges', 3, filter)).toEqual(
      matcher.match('roaming abroad charges', 3, accept),
    );
  });

  it('scores each entry with its weights for the query features, also those every entry has (laid out densely)', () => {
    const model = trainMatcher(entries);
    const matcher = new QuestionMatcher(model);
    // "my" is in phrasings of every entry: every entry has a weight for it.
    expect(model.weights[model.featureIds.get('w:my')!]!.cls.length).toBe(entries.length);
    for (const question of ['my voicemail pin', 'roaming charges on my bill', 'my phone']) {
      const v = vectorise(
        rawFeatures(analyzerFor('und', true).questionWords(question)),
        model.featureIds,
        model.idf,
        model.unseenIdf,
      );
      const weight = (id: number, c: number) => {
        const f = model.weights[id];
        const j = f ? f.cls.indexOf(c) : -1;
        return j >= 0 ? f!.w[j] : 0;
      };
      const scores = model.keys.map((_, c) => v.idx.reduce((sum, id, k) => sum + weight(id, c) * v.val[k], 0));
      // Every entry is touched (through "my"); the rest of the normalisation is the floor of unseen alternatives.
      const z = scores.reduce((sum, s) => sum + Math.exp(5 * s), 0) + 30 - entries.length;
      const expected = model.keys
        .map((key, c) => ({ key, probability: Math.exp(5 * scores[c]) / z }))
        .sort((a, b) => b.probability - a.probability);
      const actual = matcher.match(question, entries.length);
      expect(actual.map((h) => h.key)).toEqual(expected.map((e) => e.key));
      actual.forEach((hit, i) => expect(hit.probability).toBeCloseTo(expected[i].probability, 12));
    }
  });

  it('trains a knowledge base past the first sizes of its packed arrays, each pair of feature and entry once', () => {
    // 1,000 entries: ~42,000 feature values of questions and ~100,000 pairs of feature and entry, past the 1,024 values
    // and 49,152 pairs training's arrays start with.
    const many = Array.from({ length: 1_000 }, (_, i) => {
      const code = `zq${i.toString(36)}x`;
      return { key: `k${i}`, questions: [`renew ${code}`, `${code} renewal price`, `cancel ${code}`] };
    });
    const model = trainMatcher(many, { epochs: 1 });
    expect(model.weights.reduce((sum, f) => sum + (f?.cls.length ?? 0), 0)).toBeGreaterThan(98_304);
    for (const f of model.weights) if (f) expect(new Set(f.cls).size).toBe(f.cls.length);
    const matcher = new QuestionMatcher(model);
    for (const i of [0, 1, 499, 998, 999])
      expect(matcher.match(`price to renew zq${i.toString(36)}x`, 1)[0].key).toBe(`k${i}`);
  });
});
