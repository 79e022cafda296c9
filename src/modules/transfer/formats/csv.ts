import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { CHANNELS, type Audience, type Channel } from '../../../common/domain.js';
import { slugify } from '../../articles/content.js';
import type { ImportArticle, ImportItem, ImportLocale, ImportSource } from '../transfer.types.js';

/** The header a CSV file may use, in any order; `slug` or `external_id`, `locale`, `title` and `body` are required. */
export const CSV_COLUMNS = [
  'external_id',
  'slug',
  'locale',
  'title',
  'summary',
  'body',
  'alternative_questions',
  'category',
  'tags',
  'intents',
  'audience',
  'status',
  'internal_notes',
  ...CHANNELS.map((channel) => `variant_${channel}`),
] as const;
const REQUIRED = ['locale', 'title', 'body'] as const;

/**
 * Separates the items of a list cell (alternative questions, tags, intents); `/` separates the levels of a category
 * path.
 */
export const CSV_LIST_SEPARATOR = '|';

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

/** `;` when the header line has more semicolons than commas (French Excel), `,` otherwise. */
async function detectDelimiter(path: string): Promise<',' | ';'> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    const header = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0];
    return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  } finally {
    await handle.close();
  }
}

const items = (cell: string | undefined) =>
  (cell ?? '')
    .split(CSV_LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

function localeOf(row: Row, file: string, line: number): ImportLocale {
  const variants: Partial<Record<Channel, string>> = {};
  for (const channel of CHANNELS) if (row[`variant_${channel}`]) variants[channel] = row[`variant_${channel}`];
  const status = row.status?.trim().toLowerCase();
  return {
    file,
    line,
    locale: row.locale?.trim() ?? '',
    title: row.title ?? '',
    body: row.body ?? '',
    summary: row.summary,
    alternativeQuestions: items(row.alternative_questions),
    variants,
    internalNotes: row.internal_notes,
    status: status === 'published' ? 'published' : status === 'draft' ? 'draft' : undefined,
  };
}

/**
 * One row per article × locale; consecutive rows with the same `external_id` (or `slug` when there is none) are one
 * article, written together. The article's fields come from its first row. Read as a stream: one article in memory.
 */
export function csvSource(path: string): ImportSource {
  const file = basename(path);
  return {
    source: 'csv',
    async *items(): AsyncGenerator<ImportItem> {
      const parser = createReadStream(path).pipe(
        parse({
          delimiter: await detectDelimiter(path),
          bom: true,
          columns: false,
          relax_column_count: true,
          info: true,
          skip_empty_lines: true,
        }),
      );
      let header: string[] | undefined;
      let current: ImportArticle | undefined;
      const categories = new Set<string>();
      let previousEnd = 0;
      try {
        for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
          // The line a record starts on (a quoted body spans several).
          const line = previousEnd + 1;
          previousEnd = info.lines;
          if (!header) {
            header = record.map((h) => h.trim().toLowerCase());
            const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
            const missing = REQUIRED.filter((r) => !header!.includes(r));
            if (!header.includes('slug') && !header.includes('external_id')) missing.push('slug' as never);
            if (unknown.length > 0 || missing.length > 0) {
              const problems = [
                unknown.length > 0 && `unknown column(s) ${unknown.join(', ')}`,
                missing.length > 0 && `missing column(s) ${missing.join(', ')}`,
              ]
                .filter(Boolean)
                .join('; ');
              yield {
                kind: 'error',
                file,
                line: 1,
                message: `Wrong CSV header: ${problems}. The header names columns among: ${CSV_COLUMNS.join(', ')}`,
              };
              return;
            }
            continue;
          }
          const row = Object.fromEntries(header.map((h, i) => [h, record[i]])) as Row;
          const externalId = row.external_id?.trim() || row.slug?.trim() || '';
          if (!externalId) {
            yield { kind: 'error', file, line, message: 'The row has neither slug nor external_id' };
            continue;
          }
          if (current && current.externalId === externalId) {
            current.locales.push(localeOf(row, file, line));
            continue;
          }
          if (current) yield { kind: 'article', article: current };
          const path = items(row.category?.replaceAll('/', CSV_LIST_SEPARATOR));
          let parent: string | undefined;
          for (const [position, segment] of path.entries()) {
            const slug = slugify(segment);
            if (!categories.has(slug)) {
              categories.add(slug);
              yield {
                kind: 'category',
                file,
                line,
                category: { slug, names: { [row.locale?.trim() || 'en']: segment }, parent, position },
              };
            }
            parent = slug;
          }
          current = {
            file,
            line,
            externalId,
            slug: row.slug?.trim() || undefined,
            audience: (row.audience?.trim() || 'public') as Audience,
            category: parent,
            tags: items(row.tags),
            intents: items(row.intents),
            locales: [localeOf(row, file, line)],
          };
        }
        if (current) yield { kind: 'article', article: current };
        if (!header)
          yield {
            kind: 'error',
            file,
            line: 1,
            message: 'The file is empty: it needs a header line and one row per article × locale',
          };
      } catch (error) {
        // A file that is not CSV (an unclosed quote, a binary file) stops at the first unreadable record; what came
        // before is imported.
        const where = error as { lines?: number; message?: string };
        yield {
          kind: 'error',
          file,
          line: where.lines,
          message: `Not readable as CSV: ${where.message ?? String(error)}`,
        };
      }
    },
  };
}
