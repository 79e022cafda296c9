import { describe, expect, it } from 'vitest';
import { articleProblems } from '../modules/transfer/import-checks.js';
import { readDemoContent } from './loader.js';

const { articles, categories, intents } = await readDemoContent();
const localeOf = (article: (typeof articles)[number], locale: string) =>
  article.locales.find((l) => l.locale === locale)!;

describe('demo content', () => {
  it('has at least 45 articles, each in English and French, with unique slugs', () => {
    expect(articles.length).toBeGreaterThanOrEqual(45);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length);
    for (const article of articles)
      expect(
        article.locales.map((l) => l.locale),
        article.slug,
      ).toEqual(['en', 'fr']);
  });

  it('refers only to categories and intents it defines, parents before children', () => {
    const seen = new Set<string>();
    for (const category of categories) {
      if (category.parent) expect(seen.has(category.parent), category.slug).toBe(true);
      seen.add(category.slug);
    }
    const keys = new Set(intents.map((i) => i.key));
    for (const article of articles) {
      expect(seen.has(article.category ?? ''), article.slug).toBe(true);
      for (const intent of article.intents) expect(keys.has(intent), `${article.slug}: ${intent}`).toBe(true);
    }
  });

  it('passes the validation an editor would meet through the API', () => {
    for (const article of articles) expect(articleProblems(article), article.slug).toEqual([]);
  });

  it('gives every locale a short answer and 4 to 8 customer phrasings', () => {
    for (const article of articles) {
      for (const content of article.locales) {
        const where = `${article.slug}/${content.locale}`;
        expect(content.summary?.length, where).toBeGreaterThan(40);
        expect(content.summary?.length, where).toBeLessThan(400);
        expect(content.alternativeQuestions?.length, where).toBeGreaterThanOrEqual(4);
        expect(content.alternativeQuestions?.length, where).toBeLessThanOrEqual(8);
        expect(content.body, where).toMatch(/^#{2,3} /m);
      }
    }
  });

  it('keeps voice variants speech-safe: no links, addresses or Markdown', () => {
    const voices = articles.flatMap((a) => a.locales.map((c) => [`${a.slug}/${c.locale}`, c.variants?.voice] as const));
    expect(voices.filter(([, voice]) => voice).length).toBeGreaterThanOrEqual(20);
    for (const [where, voice] of voices) {
      if (!voice) continue;
      expect(voice, where).not.toMatch(/https?:|www\.|\.example|[*_#`>|[\]]|@|\d/);
    }
  });

  it('has internal articles for agents and internal notes on public ones', () => {
    expect(articles.filter((a) => a.audience === 'internal').length).toBeGreaterThanOrEqual(5);
    expect(
      articles.filter((a) => a.audience === 'public' && localeOf(a, 'en').internalNotes).length,
    ).toBeGreaterThanOrEqual(10);
    for (const article of articles) {
      expect(Boolean(localeOf(article, 'en').internalNotes), article.slug).toBe(
        Boolean(localeOf(article, 'fr').internalNotes),
      );
    }
  });
});
