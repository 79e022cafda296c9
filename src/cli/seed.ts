import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { Clinc150Dataset, Clinc150Domains, clincContent } from '../demo/clinc150.js';
import { loadContent, seedDemo } from '../demo/loader.js';
import { formatImportReport } from '../modules/transfer/report-text.js';
import type { ImportReport } from '../modules/transfer/transfer.types.js';
import { CliContext, importProgress, progressBar, UsageError } from './context.js';

/** The dataset files `seed clinc150` reads: this workplace's development split, else the public repository's file. */
const CLINC_DATASETS = ['clinc150-dev.json', 'data_full.json'];

/** A seed is an import: a content set that was not imported whole fails the command, after its report. */
function finish(what: string, report: ImportReport, context: CliContext): void {
  context.out(formatImportReport(what, report));
  if (report.issues.some((issue) => issue.level !== 'warning'))
    throw new Error(`${what} was not imported whole: see the issues above`);
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function registerSeedCommands(program: Command, context: CliContext): void {
  const seed = program
    .command('seed')
    .description('load sample content (idempotent: a second run adds only what is missing)');
  seed
    .command('demo')
    .description('the Lumio Telecom help centre (English and French), published')
    .action(async () => {
      const progress = progressBar('demo seed', 'articles');
      const report = await context.withApp('seed demo', (app) =>
        seedDemo(app, importProgress(progress.update)).finally(progress.stop),
      );
      finish('Lumio Telecom demo', report, context);
    });
  seed
    .command('clinc150')
    .description('one English article per CLINC150 intent (150), with its training queries as alternative questions')
    .requiredOption(
      '--from <dir>',
      `folder holding domains.json and ${CLINC_DATASETS.join(' or ')} (the data/ folder of github.com/clinc/oos-eval)`,
    )
    .action(async (options: { from: string }) => {
      const dir = resolve(options.from);
      const dataset = CLINC_DATASETS.map((name) => join(dir, name)).find((file) => existsSync(file));
      if (!dataset) throw new UsageError(`${dir} holds neither ${CLINC_DATASETS.join(' nor ')}`);
      const content = clincContent(
        readJson<Clinc150Dataset>(dataset),
        readJson<Clinc150Domains>(join(dir, 'domains.json')),
      );
      const progress = progressBar('clinc150 seed', 'articles');
      const report = await context.withApp('seed clinc150', (app) =>
        loadContent(app, content, 'clinc150 seed', importProgress(progress.update)).finally(progress.stop),
      );
      finish('CLINC150', report, context);
    });
}
