import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Clinc150Dataset, Clinc150Domains, clincContent } from '../src/demo/clinc150.js';
import { loadContent } from '../src/demo/loader.js';
import { runCommand, UsageError, withApp } from './lib/cli.js';
import { printSeedReport } from './lib/seed-report.js';

const DEFAULT_DIR = '../shared/datasets/clinc150';
const USAGE = `Usage: npm run seed:clinc150 [-- --dir <dataset directory>]

Loads one published English article per CLINC150 intent (150), with the intent's training queries as alternative
questions. --dir is the folder holding clinc150-dev.json and domains.json (default: ${DEFAULT_DIR}).`;

runCommand(async () => {
  let dir: string;
  try {
    dir = resolve(parseArgs({ options: { dir: { type: 'string', default: DEFAULT_DIR } }, strict: true }).values.dir);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const read = <T>(file: string): T => {
    try {
      return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
    } catch (error) {
      throw new UsageError(`Cannot read ${join(dir, file)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const content = clincContent(read<Clinc150Dataset>('clinc150-dev.json'), read<Clinc150Domains>('domains.json'));
  const report = await withApp((app) => loadContent(app, content, 'clinc150 seed'));
  printSeedReport('CLINC150', report);
}, USAGE);
