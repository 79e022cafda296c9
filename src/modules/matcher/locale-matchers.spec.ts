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

  it('answers a question naming a word only a fresh article has with that article, however near trained phrasings are', () => {
    const router = {
      key: 'router',
      questions: ['How do I activate my router?', 'how can i activate my router from the app', 'router activation'],
    };
    const foquibre = { key: 'foquibre', questions: ['Setting up the Foquibre', 'foquibre first steps'] };
    const matchers = new LocaleMatchers([modelOf('en', [router, ...trainedEn])], {
      changed: ['foquibre'],
      models: [modelOf('en', [foquibre])],
    });
    for (const question of ['how can i activate my foquibre router from the app', 'foquibre router activation']) {
      const [best, ...rest] = ask(matchers, question);
      expect(best.articleId, question).toBe('foquibre');
      for (const other of rest) expect(other.confidence, question).toBeLessThanOrEqual(best.confidence);
    }
    expect(ask(matchers, 'how can i activate my router from the app')[0]).toMatchObject({ articleId: 'router' });
  });

  it('hands off a question naming a word no matcher knows while a change is being learnt, and only then', () => {
    const trained = [
      { key: 'brevinpe', questions: ['How do I activate my brevinpe router abroad?', 'activate brevinpe router'] },
      ...trainedEn,
    ];
    const matchers = new LocaleMatchers([modelOf('en', trained)]);
    const behind = (question: string) => matchers.match(question, ['en'], ['public'], 3, true);
    // A new product's router, published but not learnt yet: the trained model takes it for the one it knows.
    expect(ask(matchers, 'activate foquibre router')[0]).toMatchObject({ articleId: 'brevinpe' });
    expect(ask(matchers, 'activate foquibre router')[0].confidence).toBeGreaterThan(0);
    for (const question of ['activate foquibre router', 'how can i activate my foquibre router from the app'])
      for (const hit of behind(question)) expect(hit.confidence, question).toBe(0);
    // Known words, and a typo of one, are answered as usual meanwhile.
    for (const question of ['activate brevinpe router', 'forgot my voicemial pin']) {
      expect(behind(question)[0].confidence, question).toBeGreaterThan(0);
      expect(behind(question)).toEqual(ask(matchers, question));
    }
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
