import { describe, expect, it } from 'vitest';
import { clincContent } from './clinc150.js';

describe('clincContent', () => {
  const content = clincContent(
    {
      train: [
        ['how do i freeze my account', 'freeze_account'],
        ['please lock my account', 'freeze_account'],
        ['how do i freeze my account', 'freeze_account'],
        ['what is my balance', 'balance'],
      ],
    },
    { banking: ['freeze_account', 'balance'], credit_cards: ['apr'] },
  );

  it('makes one published-ready English article per intent, filed under its domain', () => {
    expect(content.articles.map((a) => [a.slug, a.category, a.intents])).toEqual([
      ['clinc150-freeze-account', 'clinc150-banking', ['clinc150.freeze_account']],
      ['clinc150-balance', 'clinc150-banking', ['clinc150.balance']],
      ['clinc150-apr', 'clinc150-credit-cards', ['clinc150.apr']],
    ]);
    expect(content.articles[0].locales.en).toMatchObject({
      title: 'Freeze account',
      summary: 'Help with "freeze account" requests (banking).',
    });
  });

  it('uses the distinct training queries as alternative questions', () => {
    expect(content.articles[0].locales.en.alternativeQuestions).toEqual([
      'how do i freeze my account',
      'please lock my account',
    ]);
    expect(content.articles[2].locales.en.alternativeQuestions).toEqual([]);
  });

  it('declares the category tree and the intents the articles use', () => {
    expect(content.categories.map((c) => [c.slug, c.parent])).toEqual([
      ['clinc150', undefined],
      ['clinc150-banking', 'clinc150'],
      ['clinc150-credit-cards', 'clinc150'],
    ]);
    expect(content.intents.map((i) => i.key)).toEqual(['clinc150.freeze_account', 'clinc150.balance', 'clinc150.apr']);
  });
});
