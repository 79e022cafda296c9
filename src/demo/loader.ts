import type { INestApplicationContext } from '@nestjs/common';
import { join } from 'node:path';
import { packageRoot } from '../common/package-root.js';
import { markdownFolderSource } from '../modules/transfer/formats/markdown-folder.js';
import { ImportService } from '../modules/transfer/import.service.js';
import type {
  ImportArticle,
  ImportCategory,
  ImportIntent,
  ImportItem,
  ImportProgress,
  ImportReport,
  ImportSource,
} from '../modules/transfer/transfer.types.js';
import type { SeedContent } from './types.js';

/**
 * Lumio Telecom, a fictional telecom operator: its bilingual (en, fr) help centre and agents' procedures, as a Markdown
 * folder.
 */
export const DEMO_CONTENT_DIR = join(packageRoot(), 'content', 'demo');

/** A content set built in code (e.g. from a data set), as an import source: its slugs are its external ids. */
export function seedContentSource(content: SeedContent): ImportSource {
  return {
    source: 'markdown',
    async *items(): AsyncGenerator<ImportItem> {
      const file = '(seed)';
      yield { kind: 'total', articles: content.articles.length };
      for (const category of content.categories) yield { kind: 'category', file, category };
      for (const intent of content.intents) yield { kind: 'intent', file, intent };
      for (const article of content.articles) {
        const { locales, ...fields } = article;
        yield {
          kind: 'article',
          article: {
            ...fields,
            file,
            externalId: article.slug,
            locales: Object.entries(locales).map(([locale, c]) => ({ ...c, locale, file })),
          },
        };
      }
    },
  };
}

/**
 * Imports a content set and publishes it, through the importer (so every write goes through the articles service
 * and the outbox like an editor's). Idempotent: what exists with the same content is left alone; an interrupted
 * run is completed (locales an article lacks are added).
 */
export function importSeed(
  app: INestApplicationContext,
  source: ImportSource,
  author: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  return app.get(ImportService).run(source, { publish: true, dryRun: false, onConflict: 'report', author }, onProgress);
}

export const loadContent = (
  app: INestApplicationContext,
  content: SeedContent,
  author: string,
  onProgress?: (progress: ImportProgress) => void,
) => importSeed(app, seedContentSource(content), author, onProgress);

export const seedDemo = (app: INestApplicationContext, onProgress?: (progress: ImportProgress) => void) =>
  importSeed(app, markdownFolderSource(DEMO_CONTENT_DIR), 'demo seed', onProgress);

/** The demo content as the importer reads it (for checks and benchmarks); a file it cannot read is an error. */
export async function readDemoContent(): Promise<{
  categories: ImportCategory[];
  intents: ImportIntent[];
  articles: ImportArticle[];
}> {
  const content = {
    categories: [] as ImportCategory[],
    intents: [] as ImportIntent[],
    articles: [] as ImportArticle[],
  };
  for await (const item of markdownFolderSource(DEMO_CONTENT_DIR).items()) {
    if (item.kind === 'error') throw new Error(`${item.file}:${item.line ?? 1}: ${item.message}`);
    if (item.kind === 'category') content.categories.push(item.category);
    if (item.kind === 'intent') content.intents.push(item.intent);
    if (item.kind === 'article') content.articles.push(item.article);
  }
  return content;
}
