import type { INestApplicationContext } from '@nestjs/common';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ExportService } from '../modules/transfer/export.service.js';
import {
  type ExportCounts,
  jsonChunks,
  markdownEntries,
  writeEntries,
} from '../modules/transfer/formats/export-writers.js';
import { detectFormat, openSource } from '../modules/transfer/formats/sources.js';
import { ImportService } from '../modules/transfer/import.service.js';
import { formatImportReport } from '../modules/transfer/report-text.js';
import {
  CONFLICT_POLICIES,
  EXPORT_FORMATS,
  type ExportFormat,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportOptions,
  type ImportReport,
} from '../modules/transfer/transfer.types.js';

import { type CliContext, importProgress, progressBar as articlesBar } from './context.js';

/** The export's bar: how many articles are written (their number is not known beforehand). */
const countBar = (format: string) =>
  new SingleBar({ format, stream: process.stderr, hideCursor: true, noTTYOutput: false, etaBuffer: 200 });

/** Imports a file or folder, with a progress bar on stderr; the same code the API's jobs run. */
export async function importPath(
  app: INestApplicationContext,
  path: string,
  format: ImportFormat | undefined,
  options: ImportOptions,
  bar = true,
): Promise<ImportReport> {
  const importer = app.get(ImportService);
  const source = await openSource(format ?? (await detectFormat(path)), path, (externalId) =>
    importer.slugOf('zendesk', externalId),
  );
  const progress = bar ? articlesBar('import', 'articles') : undefined;
  try {
    return await importer.run(source, options, progress && importProgress(progress.update));
  } finally {
    progress?.stop();
  }
}

/** Exports the whole knowledge base into `dir`: the Markdown folder, or `savoir-export.json`. */
export async function exportTo(
  app: INestApplicationContext,
  dir: string,
  format: ExportFormat,
  bar = true,
): Promise<ExportCounts> {
  const counts: ExportCounts = { articles: 0, revisions: 0 };
  const progress = bar ? countBar('export {value} articles | {duration_formatted}') : undefined;
  progress?.start(0, 0);
  const ticker = setInterval(() => progress?.update(counts.articles), 250);
  try {
    const parts = app.get(ExportService).knowledgeBase();
    await mkdir(dir, { recursive: true });
    if (format === 'json')
      await pipeline(Readable.from(jsonChunks(parts, counts)), createWriteStream(join(dir, 'savoir-export.json')));
    else await writeEntries(markdownEntries(parts, counts), dir);
    return counts;
  } finally {
    clearInterval(ticker);
    progress?.update(counts.articles);
    progress?.stop();
  }
}

const choice = (allowed: readonly string[]) => (value: string) => {
  if (!allowed.includes(value)) throw new InvalidArgumentError(`Choose one of ${allowed.join(', ')}.`);
  return value;
};

/** Adds `import` and `export` to the `savoir` CLI. `run` opens the application (database migrated, services ready). */
export function registerTransferCommands(program: Command, context: CliContext): void {
  program
    .command('import')
    .description(
      'Import a Zendesk Help Center export, a CSV file or a Markdown folder (idempotent; see README "Import and export")',
    )
    .argument('<path>', 'file or folder to import')
    .addOption(new Option('--format <format>', 'input format (detected when omitted)').choices(IMPORT_FORMATS))
    .option('--publish', 'publish what is imported (unless the source marks it a draft)', false)
    .option('--dry-run', 'report what would change, write nothing', false)
    .addOption(
      new Option('--on-conflict <policy>', 'a locale edited in Savoir since the last import')
        .choices(CONFLICT_POLICIES)
        .default('report'),
    )
    .option('--author <name>', 'author written on the imported revisions', 'import')
    .action(
      async (
        path: string,
        options: {
          format?: ImportFormat;
          publish: boolean;
          dryRun: boolean;
          onConflict: ImportOptions['onConflict'];
          author: string;
        },
      ) => {
        const report = await context.withApp('import', (app) =>
          importPath(app, resolve(path), options.format, {
            publish: options.publish,
            dryRun: options.dryRun,
            onConflict: options.onConflict,
            author: options.author,
          }),
        );
        context.out(formatImportReport(`Import of ${path}`, report));
        if (report.articles.failed > 0 || report.locales.conflicts > 0) process.exitCode = 2;
      },
    );
  program
    .command('export')
    .description('Export the whole knowledge base (every revision, taxonomy, synonyms, channel profiles)')
    .argument('<dir>', 'folder to write into')
    .option('--format <format>', `${EXPORT_FORMATS.join(' or ')}`, choice(EXPORT_FORMATS), 'markdown')
    .action(async (dir: string, options: { format: ExportFormat }) => {
      const counts = await context.withApp('export', (app) => exportTo(app, resolve(dir), options.format));
      context.out(`Exported ${counts.articles} articles (${counts.revisions} revisions) to ${dir}\n`);
    });
}
