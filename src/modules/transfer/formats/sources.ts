import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { badInput } from '../../../common/errors.js';
import type { ImportFormat, ImportSource } from '../transfer.types.js';
import { csvSource } from './csv.js';
import { ARTICLES_DIR, markdownFolderSource } from './markdown-folder.js';
import { type SlugLookup, zendeskSource } from './zendesk.js';

/**
 * The format of a file or folder: `.csv` is CSV, `.json` Zendesk; a folder with `articles/` or `.md` files is a
 * Markdown folder, one of `.json` files Zendesk.
 */
export async function detectFormat(path: string): Promise<ImportFormat> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw badInput(`Nothing to import at ${path}`);
  if (info.isFile()) {
    if (extname(path).toLowerCase() === '.csv') return 'csv';
    if (extname(path).toLowerCase() === '.json') return 'zendesk';
    throw badInput('Say which format the file is in: zendesk, csv or markdown', [
      { field: 'format', message: 'required for this file' },
    ]);
  }
  const entries = await readdir(path, { recursive: true });
  if (entries.some((e) => e === ARTICLES_DIR || e.endsWith('.md'))) return 'markdown';
  if (entries.some((e) => e.endsWith('.json'))) return 'zendesk';
  throw badInput('The folder holds neither Markdown articles (articles/<slug>/<locale>.md) nor Zendesk JSON pages');
}

/** A Markdown folder may be given as its `articles/` parent or as a folder holding one exported folder. */
async function markdownRoot(path: string): Promise<string> {
  const entries = await readdir(path, { withFileTypes: true });
  if (entries.some((e) => e.name === ARTICLES_DIR)) return path;
  const folders = entries.filter((e) => e.isDirectory());
  return folders.length === 1 ? join(path, folders[0].name) : path;
}

export async function openSource(format: ImportFormat, path: string, zendeskSlugs: SlugLookup): Promise<ImportSource> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw badInput(`Nothing to import at ${path}`);
  if (format === 'csv') {
    if (!info.isFile()) throw badInput('A CSV import reads one file');
    return csvSource(path);
  }
  if (format === 'markdown') {
    if (!info.isDirectory())
      throw badInput(
        'A Markdown import reads a folder (articles/<slug>/<locale>.md); send a tar archive of it to the API',
      );
    return markdownFolderSource(await markdownRoot(path));
  }
  return zendeskSource(path, zendeskSlugs);
}
