import { describe, expect, it } from 'vitest';
import {
  indexSettings,
  indexUid,
  meiliFilter,
  meiliSynonyms,
  searchRequest,
  toEngineHit,
  toMeiliDocument,
} from './meilisearch-requests.js';
import type { SearchDocument } from './search-engine.js';

const doc: SearchDocument = {
  articleId: '0b9f3c1e-8d1a-4c55-9a51-3f7c2b1d0e11',
  locale: 'fr-CA',
  revision: 3,
  slug: 'carte-perdue',
  title: 'Carte perdue',
  summary: 'Faites opposition.',
  body: 'Appelez le 3000.',
  alternativeQuestions: ['j’ai perdu ma carte'],
  audience: 'public',
  categoryId: null,
  tags: ['cartes'],
  intents: ['lost_card'],
  expiresAt: 1_800_000_000_000,
};

describe('Meilisearch requests', () => {
  it('names one index per locale under the prefix', () => {
    expect(indexUid('savoir', 'fr-CA')).toBe('savoir_fr-ca');
    expect(indexUid('savoir', 'zh-Hant-TW')).toBe('savoir_zh-hant-tw');
  });

  it('turns synonym groups into multi-way Meilisearch synonyms, merging terms found in several groups', () => {
    expect(
      meiliSynonyms([
        ['cb', 'carte bancaire'],
        ['cb', 'carte bleue'],
      ]),
    ).toEqual({
      cb: ['carte bancaire', 'carte bleue'],
      'carte bancaire': ['cb'],
      'carte bleue': ['cb'],
    });
  });

  it('builds index settings: ranking order, filters, synonyms, stop words, typo thresholds, language', () => {
    const settings = indexSettings('fr-CA', [['cb', 'carte bancaire']]);
    expect(settings.searchableAttributes).toEqual(['title', 'alternativeQuestions', 'summary', 'body']);
    expect(settings.filterableAttributes).toEqual(['audience', 'categoryId', 'tags', 'intents', 'expiresAt']);
    expect(settings.synonyms).toEqual({ cb: ['carte bancaire'], 'carte bancaire': ['cb'] });
    expect(settings.stopWords).toContain('le');
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['fra'] }]);
    // A language without stemmer data: no stop words, no localized attributes.
    const other = indexSettings('sw', []);
    expect(other.stopWords).toEqual([]);
    expect(other.localizedAttributes).toBeUndefined();
  });

  it('indexes a document under the article id', () => {
    expect(toMeiliDocument(doc)).toEqual({
      id: doc.articleId,
      slug: 'carte-perdue',
      locale: 'fr-CA',
      revision: 3,
      title: 'Carte perdue',
      alternativeQuestions: ['j’ai perdu ma carte'],
      summary: 'Faites opposition.',
      body: 'Appelez le 3000.',
      audience: 'public',
      categoryId: null,
      tags: ['cartes'],
      intents: ['lost_card'],
      expiresAt: 1_800_000_000_000,
    });
  });

  it('filters on audience and expiry always, and on categories, every tag and any intent when asked', () => {
    expect(meiliFilter({ audiences: ['public'], now: 1000.7 })).toEqual([
      'audience IN ["public"]',
      '(expiresAt IS NULL OR expiresAt > 1000)',
    ]);
    expect(
      meiliFilter({
        audiences: ['public', 'internal'],
        now: 5,
        categoryIds: ['a', 'b'],
        tags: ['x', 'say "hi"'],
        intents: ['i1', 'i2'],
      }),
    ).toEqual([
      'audience IN ["public", "internal"]',
      '(expiresAt IS NULL OR expiresAt > 5)',
      'categoryId IN ["a", "b"]',
      'tags = "x"',
      'tags = "say \\"hi\\""',
      'intents IN ["i1", "i2"]',
    ]);
  });

  it('asks for highlighted, cropped fields with control-character markers and the ranking score', () => {
    const request = searchRequest({ q: 'carte', locale: 'fr', limit: 7, filter: { audiences: ['public'], now: 0 } });
    expect(request).toMatchObject({
      limit: 7,
      attributesToHighlight: ['summary', 'body', 'alternativeQuestions'],
      attributesToCrop: ['summary', 'body'],
      highlightPreTag: '\u0001',
      highlightPostTag: '\u0002',
      showRankingScore: true,
      matchingStrategy: 'last',
    });
    expect(
      searchRequest({ q: 'carte', locale: 'fr', limit: 1, mode: 'question', filter: { audiences: ['public'], now: 0 } })
        .matchingStrategy,
    ).toBe('frequency');
  });

  it('maps a hit: escaped snippet with <mark>, the matched alternative question, the score', () => {
    const hit = toEngineHit({
      ...toMeiliDocument({
        ...doc,
        summary: 'Faites <b>opposition</b> & appelez.',
        alternativeQuestions: ['carte volée', 'j’ai perdu ma carte'],
      }),
      _formatted: {
        summary: 'Faites <b>\u0001opposition\u0002</b> & appelez.',
        body: 'Appelez le 3000.',
        alternativeQuestions: ['carte volée', 'j’ai \u0001perdu\u0002 ma \u0001carte\u0002'],
      },
      _rankingScore: 0.91,
    });
    expect(hit).toMatchObject({
      articleId: doc.articleId,
      snippet: 'Faites &lt;b&gt;<mark>opposition</mark>&lt;/b&gt; &amp; appelez.',
      matchedQuestion: 'j’ai perdu ma carte',
      score: 0.91,
      expiresAt: doc.expiresAt,
    });
  });
});
