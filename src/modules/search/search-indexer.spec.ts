import { describe, expect, it } from 'vitest';
import { articlesDiffering } from './search-indexer.js';

const doc = (articleId: string, locale: string, revision: number) => ({ articleId, locale, revision });

describe('articlesDiffering', () => {
  it('names the articles whose indexed locales are not the live revisions: older, missing or no longer live', () => {
    const indexed = [doc('same', 'en', 2), doc('older', 'en', 1), doc('older', 'fr', 1), doc('gone', 'en', 1)];
    const live = [doc('same', 'en', 2), doc('older', 'en', 2), doc('older', 'fr', 1), doc('new', 'de', 1)];
    expect(articlesDiffering(indexed, live).sort()).toEqual(['gone', 'new', 'older']);
  });

  it('names a locale published or unpublished beside one that stays', () => {
    expect(articlesDiffering([doc('a', 'en', 1)], [doc('a', 'en', 1), doc('a', 'fr', 1)])).toEqual(['a']);
    expect(articlesDiffering([doc('a', 'en', 1), doc('a', 'fr', 1)], [doc('a', 'en', 1)])).toEqual(['a']);
    expect(articlesDiffering([doc('a', 'en', 1)], [doc('a', 'en', 1)])).toEqual([]);
  });
});
