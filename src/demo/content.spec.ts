import { describe, expect, it } from 'vitest';
import { validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { CreateArticleDto } from '../modules/articles/articles.dto.js';
import { DEMO_CONTENT } from './content.js';

const { articles, categories, intents } = DEMO_CONTENT;

describe('demo content', () => {
  it('has at least 45 articles, each in English and French, with unique slugs', () => {
    expect(articles.length).toBeGreaterThanOrEqual(45);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length);
    for (const article of articles) expect(Object.keys(article.locales), article.slug).toEqual(['en', 'fr']);
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
    for (const article of articles) {
      for (const [locale, content] of Object.entries(article.locales)) {
        const dto = plainToInstance(CreateArticleDto, { ...content, slug: article.slug, audience: article.audience, tags: article.tags, intents: article.intents, locale });
        expect(validateSync(dto, { forbidUnknownValues: true }), `${article.slug}/${locale}`).toEqual([]);
      }
    }
  });

  it('gives every locale a short answer and 4 to 8 customer phrasings', () => {
    for (const article of articles) {
      for (const [locale, content] of Object.entries(article.locales)) {
        const where = `${article.slug}/${locale}`;
        expect(content.summary.length, where).toBeGreaterThan(40);
        expect(content.summary.length, where).toBeLessThan(400);
        expect(content.alternativeQuestions.length, where).toBeGreaterThanOrEqual(4);
        expect(content.alternativeQuestions.length, where).toBeLessThanOrEqual(8);
        expect(content.body, where).toMatch(/^#{2,3} /m);
      }
    }
  });

  it('keeps voice variants speech-safe: no links, addresses or Markdown', () => {
    const voices = articles.flatMap((a) => Object.entries(a.locales).map(([locale, c]) => [`${a.slug}/${locale}`, c.variants?.voice] as const));
    expect(voices.filter(([, voice]) => voice).length).toBeGreaterThanOrEqual(20);
    for (const [where, voice] of voices) {
      if (!voice) continue;
      expect(voice, where).not.toMatch(/https?:|www\.|\.example|[*_#`>|[\]]|@|\d/);
    }
  });

  it('has internal articles for agents and internal notes on public ones', () => {
    expect(articles.filter((a) => a.audience === 'internal').length).toBeGreaterThanOrEqual(5);
    expect(articles.filter((a) => a.audience === 'public' && a.locales.en.internalNotes).length).toBeGreaterThanOrEqual(10);
    for (const article of articles) {
      expect(Boolean(article.locales.en.internalNotes), article.slug).toBe(Boolean(article.locales.fr.internalNotes));
    }
  });
});
