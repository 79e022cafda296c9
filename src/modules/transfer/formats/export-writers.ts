import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pack } from 'tar-stream';
import type { ArticleRevision } from '../../articles/revision.entity.js';
import type { ExportPart, ExportedArticle } from '../export.service.js';
import {
  ARTICLES_DIR,
  CHANNEL_PROFILES_FILE,
  renderArticleFile,
  renderMarkdownFile,
  renderYaml,
  SYNONYMS_FILE,
  TAXONOMY_FILE,
} from './markdown-folder.js';

export interface ExportEntry {
  path: string;
  content: string;
}

export interface ExportCounts {
  articles: number;
  revisions: number;
}

const historyFields = (r: ArticleRevision) => ({
  revision: r.number,
  status: r.status,
  author: r.author,
  changeNote: r.changeNote,
  contentHash: r.contentHash,
  baseRevision: r.baseRevision,
  createdAt: r.createdAt.toISOString(),
  ...(r.publishedAt ? { publishedAt: r.publishedAt.toISOString() } : {}),
  ...(r.publishAt ? { publishAt: r.publishAt.toISOString() } : {}),
  ...(r.expiresAt ? { expiresAt: r.expiresAt.toISOString() } : {}),
  title: r.title,
  summary: r.summary,
  alternativeQuestions: r.alternativeQuestions,
  variants: r.variants,
  internalNotes: r.internalNotes,
});

/**
 * The files of one article: `articles/<slug>/<locale>.md` holds the content an import brings back (the live revision,
 * or the latest when nothing is live), and `articles/<slug>/history/<locale>/<n>.md` every revision, for the record.
 */
export function* articleEntries(article: ExportedArticle): Generator<ExportEntry> {
  for (const state of article.locales) {
    const chain = article.revisions.filter((r) => r.locale === state.locale);
    const current = chain.find((r) => r.number === (state.liveRevision ?? state.headRevision));
    if (current) {
      yield {
        path: join(ARTICLES_DIR, article.slug, `${state.locale}.md`),
        content: renderArticleFile(
          {
            slug: article.slug,
            locale: state.locale,
            defaultLocale: article.defaultLocale,
            audience: article.audience,
            category: article.category,
            tags: article.tags,
            intents: article.intents,
            ...(article.state === 'archived' ? { state: article.state } : {}),
            status: state.liveRevision === current.number ? 'published' : 'draft',
            revision: current.number,
            contentHash: current.contentHash,
            title: current.title,
            summary: current.summary,
            alternativeQuestions: current.alternativeQuestions,
            variants: current.variants,
            internalNotes: current.internalNotes,
          },
          current.body,
        ),
      };
    }
    for (const revision of chain) {
      yield {
        path: join(ARTICLES_DIR, article.slug, 'history', state.locale, `${revision.number}.md`),
        content: renderMarkdownFile(historyFields(revision), revision.body),
      };
    }
  }
}

/** The Markdown folder, entry by entry, counting what it wrote into `counts`. */
export async function* markdownEntries(
  parts: AsyncIterable<ExportPart>,
  counts: ExportCounts,
): AsyncGenerator<ExportEntry> {
  yield {
    path: 'savoir.yaml',
    content: renderYaml({ format: 'savoir-markdown', version: 1, exportedAt: new Date().toISOString() }),
  };
  for await (const part of parts) {
    if (part.kind === 'taxonomy')
      yield { path: TAXONOMY_FILE, content: renderYaml({ categories: part.categories, intents: part.intents }) };
    if (part.kind === 'synonyms') yield { path: SYNONYMS_FILE, content: renderYaml(part.groups) };
    if (part.kind === 'channelProfiles') yield { path: CHANNEL_PROFILES_FILE, content: renderYaml(part.profiles) };
    if (part.kind === 'article') {
      counts.articles += 1;
      counts.revisions += part.article.revisions.length;
      yield* articleEntries(part.article);
    }
  }
}

/**
 * One JSON document (`{format, version, exportedAt, categories, intents, synonyms, channelProfiles, articles}`), in
 * chunks.
 */
export async function* jsonChunks(parts: AsyncIterable<ExportPart>, counts: ExportCounts): AsyncGenerator<string> {
  yield `{"format":"savoir-json","version":1,"exportedAt":${JSON.stringify(new Date().toISOString())}`;
  let articles = 0;
  for await (const part of parts) {
    if (part.kind === 'taxonomy')
      yield `,"categories":${JSON.stringify(part.categories)},"intents":${JSON.stringify(part.intents)}`;
    if (part.kind === 'synonyms') yield `,"synonyms":${JSON.stringify(part.groups)}`;
    if (part.kind === 'channelProfiles') yield `,"channelProfiles":${JSON.stringify(part.profiles)},"articles":[`;
    if (part.kind === 'article') {
      counts.articles += 1;
      counts.revisions += part.article.revisions.length;
      yield `${articles++ === 0 ? '' : ','}${JSON.stringify(part.article)}`;
    }
  }
  yield ']}\n';
}

export async function writeEntries(entries: AsyncIterable<ExportEntry>, dir: string): Promise<void> {
  const made = new Set<string>();
  for await (const entry of entries) {
    const path = join(dir, entry.path);
    if (!made.has(dirname(path))) {
      await mkdir(dirname(path), { recursive: true });
      made.add(dirname(path));
    }
    await writeFile(path, entry.content);
  }
}

/** A tar archive of the entries, produced as it is read (an entry at a time in memory). */
export function tarStream(entries: AsyncIterable<ExportEntry>, root: string): Readable {
  const archive = pack();
  (async () => {
    for await (const entry of entries) {
      const content = Buffer.from(entry.content);
      await new Promise<void>((resolve, reject) =>
        archive.entry({ name: `${root}/${entry.path}`, size: content.length }, content, (error) =>
          error ? reject(error) : resolve(),
        ),
      );
    }
    archive.finalize();
  })().catch((error: unknown) => archive.destroy(error as Error));
  return archive as unknown as Readable;
}
