import { describe, expect, it } from 'vitest';
import type { LiveArticle } from '../articles/live-article.js';
import { type LocaleModel, LocaleMatchers } from './locale-matchers.js';
import { type MatcherEntry, trainMatcher } from './question-matcher.js';

const article = (articleId: string, locale = 'en', revision = 1): LiveArticle => ({
  articleId,
  slug: articleId,
  audience: 'public',
  locale,
  revision,
  title: articleId,
});
const modelOf = (locale: string, entries: MatcherEntry[], revision = 1): LocaleModel => ({
  locale,
  model: trainMatcher(entries),
  articles: entries.map((e) => article(e.key, locale, revision)),
});

const trainedEn: MatcherEntry[] = [
  {
    key: 'join',
    questions: [
      'How do I join the photo contest?',
      'join the photo contest',
      'enter the photo competition',
      'sign up for the photo contest',
      'take part in the contest',
    ],
  },
  {
    key: 'bill',
    questions: ['Why is my bill higher this month?', 'my invoice is too high', 'unexpected charges on my bill'],
  },
  { key: 'pin', questions: ['How do I reset my voicemail PIN?', 'forgot my voicemail pin', 'change voicemail code'] },
  {
    key: 'roam',
    questions: ['Do I pay roaming charges in Spain?', 'roaming charges in Spain', 'using my phone in Spain'],
  },
];
const withdraw: MatcherEntry = {
  key: 'withdraw',
  questions: [
    'How do I withdraw from the photo contest?',
    'withdraw from the photo contest',
    'leave the photo competition',
    'cancel my contest entry',
  ],
};
const ask = (matchers: LocaleMatchers, question: string, locales = ['en']) =>
  matchers.match(question, locales, ['public'], 3);

describe('LocaleMatchers with a fresh tier', () => {
  it('does not answer a question about a just-published article with another article the trained model knows', () => {
    const before = new LocaleMatchers([modelOf('en', trainedEn)]);
    // What the trained model alone says: the article it knows, confidently.
    expect(ask(before, 'quit the photo contest')[0]).toMatchObject({ articleId: 'join' });
    expect(ask(before, 'quit the photo contest')[0].confidence).toBeGreaterThan(0.5);

    const after = new LocaleMatchers([modelOf('en', trainedEn)], {
      changed: ['withdraw'],
      models: [modelOf('en', [withdraw])],
    });
    for (const question of [
      'quit the photo contest',
      'withdraw from the photo contest',
      'I want out of the photo competition',
    ]) {
      const [best, ...rest] = ask(after, question);
      expect(best.articleId, question).toBe('withdraw');
      for (const other of rest) expect(other.confidence, question).toBeLessThanOrEqual(best.confidence);
    }
    // Questions about the articles the model knows are still its own.
    expect(ask(after, 'join the photo contest')[0]).toMatchObject({ articleId: 'join' });
    expect(ask(after, 'enter the competition')[0]).toMatchObject({ articleId: 'join' });
    expect(ask(after, 'forgot my voicemail pin')[0]).toMatchObject({ articleId: 'pin' });
  });

  it('ignores the trained entry of a changed article: gone when no longer live, answered from its current phrasings otherwise', () => {
    const changedPin = {
      key: 'pin',
      questions: ['How do I change my voicemail greeting?', 'record a new voicemail greeting'],
    };
    const matchers = new LocaleMatchers([modelOf('en', trainedEn)], {
      changed: ['roam', 'pin'],
      models: [modelOf('en', [changedPin], 2)],
    });
    expect(ask(matchers, 'roaming charges in Spain').map((m) => m.articleId)).not.toContain('roam');
    expect(ask(matchers, 'record a new voicemail greeting')[0]).toMatchObject({ articleId: 'pin', revision: 2 });
    expect(ask(matchers, 'forgot my voicemail pin').find((m) => m.articleId === 'pin')?.revision ?? 2).toBe(2);

    matchers.setFresh({ changed: [], models: [] });
    expect(ask(matchers, 'roaming charges in Spain')[0]).toMatchObject({ articleId: 'roam', revision: 1 });
  });

  it('keeps the locale chain: an article fresh in an earlier locale hides its trained entry in a later one', () => {
    const french = {
      key: 'pin',
      questions: ['Comment réinitialiser mon code de messagerie ?', 'code messagerie oublié'],
    };
    const matchers = new LocaleMatchers([modelOf('en', trainedEn)], {
      changed: ['pin'],
      models: [modelOf('fr', [french]), modelOf('en', [trainedEn[2]])],
    });
    const hits = ask(matchers, 'code de messagerie oublié', ['fr', 'en']).filter((m) => m.articleId === 'pin');
    expect(hits).toEqual([expect.objectContaining({ locale: 'fr' })]);
    expect(ask(matchers, 'forgot my voicemail pin', ['fr', 'en']).map((m) => m.articleId)).not.toContain('pin');
    expect(ask(matchers, 'forgot my voicemail pin', ['en'])[0]).toMatchObject({ articleId: 'pin', locale: 'en' });
  });
});
