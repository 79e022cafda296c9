import type { INestApplicationContext } from '@nestjs/common';
import type { Principal } from '../common/domain.js';
import { DomainError } from '../common/errors.js';
import { ArticlesService } from '../modules/articles/articles.service.js';
import { TaxonomyService } from '../modules/taxonomy/taxonomy.service.js';
import { DEMO_CONTENT } from './content.js';
import type { SeedContent } from './types.js';

const CHANGE_NOTE = 'Loaded by the seed script';

export interface SeedReport {
  categories: { created: number; existing: number };
  intents: { created: number; existing: number };
  articles: { created: number; existing: number };
  /** Locales published on articles that existed already (e.g. after an interrupted run). */
  localesAdded: number;
}

const isNotFound = (error: unknown): boolean => error instanceof DomainError && error.code === 'NOT_FOUND';

async function find<T>(lookup: () => Promise<T>): Promise<T | undefined> {
  try {
    return await lookup();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * Loads a content set through the ordinary services (so every write goes through the outbox like an editor's), and
 * publishes every locale. Idempotent: categories, intents and articles are matched by slug or key and left as they
 * are when they exist; an existing article only gains the locales it lacks, so a rerun completes an interrupted one.
 */
export async function loadContent(
  app: INestApplicationContext,
  content: SeedContent,
  author = 'demo seed',
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<SeedReport> {
  const taxonomy = app.get(TaxonomyService);
  const articles = app.get(ArticlesService);
  const by: Principal = { keyId: '', name: author, role: 'admin', channel: 'agent' };
  const report: SeedReport = { categories: { created: 0, existing: 0 }, intents: { created: 0, existing: 0 }, articles: { created: 0, existing: 0 }, localesAdded: 0 };

  const categoryIds = new Map<string, string>();
  for (const category of content.categories) {
    let found = await find(() => taxonomy.getCategory(category.slug));
    report.categories[found ? 'existing' : 'created'] += 1;
    found ??= await taxonomy.createCategory({
      slug: category.slug,
      names: category.names,
      parentId: category.parent ? categoryIds.get(category.parent) : null,
      position: category.position,
    });
    categoryIds.set(category.slug, found.id);
  }

  for (const intent of content.intents) {
    const found = await find(() => taxonomy.getIntent(intent.key));
    report.intents[found ? 'existing' : 'created'] += 1;
    if (!found) await taxonomy.createIntent(intent);
  }

  onProgress?.({ done: 0, total: content.articles.length });
  for (const [index, article] of content.articles.entries()) {
    const [[firstLocale, firstContent]] = Object.entries(article.locales);
    const existing = await find(() => articles.get(article.slug));
    if (existing) {
      report.articles.existing += 1;
    } else {
      const categoryId = article.category ? categoryIds.get(article.category) : undefined;
      if (article.category && !categoryId) throw new Error(`Article "${article.slug}" names an unknown category "${article.category}"`);
      await articles.create(
        { ...firstContent, slug: article.slug, audience: article.audience, tags: article.tags, intents: article.intents, categoryId, locale: firstLocale, publish: true, changeNote: CHANGE_NOTE },
        by,
      );
      report.articles.created += 1;
    }
    const present = new Set(existing ? existing.locales.map((l) => l.locale) : [firstLocale]);
    for (const [locale, localeContent] of Object.entries(article.locales)) {
      if (present.has(locale)) continue;
      const revision = await articles.createRevision(article.slug, locale, 0, { ...localeContent, changeNote: CHANGE_NOTE }, by);
      await articles.publish(article.slug, locale, revision.number, undefined, undefined, by);
      if (existing) report.localesAdded += 1;
    }
    onProgress?.({ done: index + 1, total: content.articles.length });
  }
  return report;
}

/** Loads the Lumio Telecom demo knowledge base (English and French) and publishes it: `savoir seed demo`. */
export function seedDemo(app: INestApplicationContext, onProgress?: (progress: { done: number; total: number }) => void): Promise<SeedReport> {
  return loadContent(app, DEMO_CONTENT, 'demo seed', onProgress);
}
