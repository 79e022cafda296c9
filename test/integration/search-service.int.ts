import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlesService } from '../../src/modules/articles/articles.service.js';
import { SearchIndexer } from '../../src/modules/search/search-indexer.js';
import { SearchModule } from '../../src/modules/search/search.module.js';
import { SearchService } from '../../src/modules/search/search.service.js';
import { SynonymsService } from '../../src/modules/search/synonyms.service.js';
import { EDITOR, startServices } from '../support/service-context.js';

let services: Awaited<ReturnType<typeof startServices>>;
let articles: ArticlesService;
let search: SearchService;

/** A public article published in one locale, then in the others given (title and body per locale). */
async function publish(versions: Record<string, { title: string; body: string }>) {
  const [[first, content], ...others] = Object.entries(versions);
  const article = await articles.create({ ...content, locale: first, audience: 'public', publish: true }, EDITOR);
  for (const [locale, other] of others) {
    await articles.createRevision(article.id, locale, 0, other, EDITOR);
    await articles.publish(article.id, locale, 1, undefined, undefined, EDITOR);
  }
  return article;
}

const find = async (q: string, locales: string[], limit = 10) => {
  await services.get(SearchIndexer).drain();
  return search.search({ q, locales, audiences: ['public'], limit });
};

beforeAll(async () => {
  services = await startServices([SearchModule]);
  articles = services.get(ArticlesService);
  search = services.get(SearchService);
});
afterAll(() => services?.close());

describe('SearchService on a real database', () => {
  it('answers in the first locale of the chain that has an article, and in later ones for the others', async () => {
    const both = await publish({
      en: { title: 'Porting your number', body: 'Keep your number when you join.' },
      'fr-CA': { title: 'Transférer votre number', body: 'Gardez votre number.' },
    });
    const enOnly = await publish({ en: { title: 'Number porting fees', body: 'Porting your number is free.' } });
    const result = await find('number', ['fr-CA', 'fr', 'en']);
    expect(result.hits.map((h) => [h.articleId, h.locale])).toEqual([
      [both.id, 'fr-CA'],
      [enOnly.id, 'en'],
    ]);
    // English alone: the English version of the translated article.
    expect((await find('number', ['en'])).hits.map((h) => h.locale)).toEqual(['en', 'en']);
  });

  it('applies a synonym group of the query locale to the next search, and not to other locales', async () => {
    const article = await publish({
      fr: { title: 'Payer par carte bancaire', body: 'La carte bancaire est acceptée partout.' },
      en: { title: 'Paying by card', body: 'Bank cards are accepted.' },
    });
    expect((await find('cb', ['fr'])).hits).toEqual([]);
    await services.get(SynonymsService).create({ locale: 'fr', terms: ['cb', 'carte bancaire'] });
    expect((await find('cb', ['fr'])).hits.map((h) => [h.articleId, h.locale])).toEqual([[article.id, 'fr']]);
    expect((await find('cb', ['en'])).hits).toEqual([]);
  });
});
