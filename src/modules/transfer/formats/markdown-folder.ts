import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml, YAMLParseError } from 'yaml';
import type { Audience, Channel } from '../../../common/domain.js';
import type { ImportArticle, ImportItem, ImportLocale, ImportSource } from '../transfer.types.js';

/**
 * A Markdown file is a revision: its body plus its fields, which stay within the API's limits (a body ≤ 200,000
 * characters).
 */
export const MAX_MARKDOWN_FILE_BYTES = 4 * 1024 * 1024;

export const TAXONOMY_FILE = 'taxonomy.yaml';
export const SYNONYMS_FILE = 'synonyms.yaml';
export const CHANNEL_PROFILES_FILE = 'channel-profiles.yaml';
export const ARTICLES_DIR = 'articles';

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** A YAML front matter block and the Markdown after it, written so that the body reads back byte for byte. */
export function renderMarkdownFile(fields: Record<string, unknown>, body: string): string {
  return `---\n${stringifyYaml(fields, { lineWidth: 0 })}---\n${body}`;
}

/**
 * Splits a file into its front matter (parsed as YAML) and body; the body is everything after the closing `---` line.
 */
export function parseMarkdownFile(text: string): { fields: Record<string, unknown>; body: string } {
  const content = text.replace(/^\uFEFF/, '');
  const opening = /^---\r?\n/.exec(content);
  if (!opening)
    throw new FrontMatterError('The file does not start with a front matter block ("---" on the first line)', 1);
  const closing = /^---[ \t]*(\r?\n|$)/m;
  const rest = content.slice(opening[0].length);
  const end = closing.exec(rest);
  if (!end) throw new FrontMatterError('The front matter block is not closed by a "---" line', 1);
  const yaml = rest.slice(0, end.index);
  let fields: unknown;
  try {
    fields = parseYaml(yaml);
  } catch (error) {
    if (error instanceof YAMLParseError)
      throw new FrontMatterError(
        `The front matter is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        (error.linePos?.[0].line ?? 0) + 1,
      );
    throw error;
  }
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
    throw new FrontMatterError('The front matter must be a YAML mapping of field names to values', 2);
  return { fields: fields as Record<string, unknown>, body: rest.slice(end.index + end[0].length) };
}

const text = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : typeof value === 'string' ? value : String(value);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => String(v)) : value === undefined || value === null ? [] : [String(value)];

async function readYamlFile(path: string): Promise<unknown> {
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) return undefined;
  return parseYaml(await readFile(path, 'utf8'));
}

async function readLimited(path: string): Promise<string> {
  const info = await stat(path);
  if (info.size > MAX_MARKDOWN_FILE_BYTES) {
    throw new FrontMatterError(
      `The file is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_MARKDOWN_FILE_BYTES / 1024 / 1024} MB a revision can hold`,
    );
  }
  const handle = await open(path);
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** One locale file read: its locale content and the article fields it carries. */
function localeOf(fields: Record<string, unknown>, body: string, fallbackLocale: string, file: string): ImportLocale {
  const status = text(fields.status);
  return {
    file,
    line: 1,
    locale: text(fields.locale) ?? fallbackLocale,
    title: text(fields.title) ?? '',
    body,
    summary: text(fields.summary),
    alternativeQuestions: list(fields.alternativeQuestions),
    variants: (fields.variants ?? undefined) as Partial<Record<Channel, string>> | undefined,
    internalNotes: text(fields.internalNotes),
    changeNote: text(fields.changeNote),
    status: status === 'published' ? 'published' : status === undefined ? undefined : 'draft',
  };
}

/**
 * The Markdown folder: `taxonomy.yaml`, `synonyms.yaml`, `channel-profiles.yaml` (each optional) and
 * `articles/<slug>/<locale>.md`, one file per article × locale. Files are read one article at a time.
 */
export function markdownFolderSource(dir: string): ImportSource {
  return {
    source: 'markdown',
    async *items(): AsyncGenerator<ImportItem> {
      const articlesDir = join(dir, ARTICLES_DIR);
      const slugs = (await readdir(articlesDir, { withFileTypes: true }).catch(() => []))
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
      yield { kind: 'total', articles: slugs.length };

      for (const [name, read] of [
        [TAXONOMY_FILE, taxonomyItems],
        [SYNONYMS_FILE, synonymItems],
        [CHANNEL_PROFILES_FILE, profileItems],
      ] as const) {
        let parsed: unknown;
        try {
          parsed = await readYamlFile(join(dir, name));
        } catch (error) {
          const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined;
          yield {
            kind: 'error',
            file: name,
            line,
            message: `Not valid YAML: ${(error as Error).message.split('\n')[0]}`,
          };
          continue;
        }
        if (parsed !== undefined) yield* read(parsed, name);
      }

      for (const slug of slugs) yield await readArticle(dir, slug);
    },
  };
}

async function readArticle(dir: string, slug: string): Promise<ImportItem> {
  const folder = join(ARTICLES_DIR, slug);
  const files = (await readdir(join(dir, folder), { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => e.name)
    .sort();
  const read: { fields: Record<string, unknown>; locale: ImportLocale }[] = [];
  for (const name of files) {
    const file = join(folder, name);
    try {
      const { fields, body } = parseMarkdownFile(await readLimited(join(dir, file)));
      read.push({ fields, locale: localeOf(fields, body, name.slice(0, -'.md'.length), file) });
    } catch (error) {
      if (!(error instanceof FrontMatterError)) throw error;
      // Nothing of an article is written when one of its files cannot be read.
      return { kind: 'error', file, line: error.line, slug, message: error.message };
    }
  }
  if (read.length === 0) return { kind: 'error', file: folder, slug, message: 'The article folder holds no .md file' };
  const defaultLocale = text(read[0].fields.defaultLocale);
  read.sort((a, b) => Number(b.locale.locale === defaultLocale) - Number(a.locale.locale === defaultLocale));
  const { fields } = read[0];
  const article: ImportArticle = {
    file: read[0].locale.file,
    line: 1,
    externalId: text(fields.externalId) ?? text(fields.slug) ?? slug,
    slug: text(fields.slug) ?? slug,
    audience: (text(fields.audience) ?? 'public') as Audience,
    category: text(fields.category),
    tags: list(fields.tags),
    intents: list(fields.intents),
    archived: fields.state === 'archived',
    locales: read.map((r) => r.locale),
  };
  return { kind: 'article', article };
}

function* taxonomyItems(parsed: unknown, file: string): Generator<ImportItem> {
  const taxonomy = (parsed ?? {}) as { categories?: unknown; intents?: unknown };
  for (const entry of Array.isArray(taxonomy.categories) ? taxonomy.categories : []) {
    const c = entry as Record<string, unknown>;
    if (!text(c.slug)) {
      yield { kind: 'error', file, message: `A category has no slug: ${JSON.stringify(entry)}` };
      continue;
    }
    yield {
      kind: 'category',
      file,
      category: {
        slug: text(c.slug)!,
        names: (c.names ?? {}) as Record<string, string>,
        parent: text(c.parent),
        position: Number(c.position ?? 0) || 0,
      },
    };
  }
  for (const entry of Array.isArray(taxonomy.intents) ? taxonomy.intents : []) {
    const i = entry as Record<string, unknown>;
    if (!text(i.key)) {
      yield { kind: 'error', file, message: `An intent has no key: ${JSON.stringify(entry)}` };
      continue;
    }
    yield {
      kind: 'intent',
      file,
      intent: { key: text(i.key)!, name: text(i.name) ?? text(i.key)!, description: text(i.description) },
    };
  }
}

function* synonymItems(parsed: unknown, file: string): Generator<ImportItem> {
  for (const entry of Array.isArray(parsed) ? parsed : []) {
    const g = entry as Record<string, unknown>;
    yield { kind: 'synonyms', file, group: { locale: text(g.locale) ?? '', terms: list(g.terms) } };
  }
}

function* profileItems(parsed: unknown, file: string): Generator<ImportItem> {
  for (const entry of Array.isArray(parsed) ? parsed : [])
    yield { kind: 'channelProfile', file, profile: entry as never };
}

/** The front matter of one article × locale file, in the order a reader expects; empty optional fields left out. */
export interface ArticleFileFields {
  slug: string;
  locale: string;
  defaultLocale: string;
  audience: Audience;
  category?: string;
  tags: string[];
  intents: string[];
  state?: 'active' | 'archived';
  status: 'published' | 'draft';
  revision?: number;
  contentHash?: string;
  title: string;
  summary: string;
  alternativeQuestions: string[];
  variants: Partial<Record<Channel, string>>;
  internalNotes: string;
  changeNote?: string;
}

export function renderArticleFile(fields: ArticleFileFields, body: string): string {
  const kept = Object.entries(fields).filter(
    ([key, value]) =>
      value !== undefined &&
      !(key === 'internalNotes' && value === '') &&
      !(key === 'variants' && Object.keys(value as object).length === 0),
  );
  return renderMarkdownFile(Object.fromEntries(kept), body);
}

export const renderYaml = (value: unknown) => stringifyYaml(value, { lineWidth: 0 });
