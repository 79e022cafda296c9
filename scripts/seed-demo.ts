import { seedDemo } from '../src/demo/loader.js';
import { printSeedReport } from './lib/seed-report.js';
import { runCommand, UsageError, withApp } from './lib/cli.js';

const USAGE = `Usage: npm run seed:demo

Imports the Lumio Telecom demo knowledge base (English and French, the Markdown folder content/demo) and publishes
it. Running it again changes nothing. Uses DATABASE_URL when set, the embedded database in DATA_DIR (default ./data)
otherwise.`;

runCommand(async () => {
  if (process.argv.length > 2) throw new UsageError(`Unexpected arguments: ${process.argv.slice(2).join(' ')}`);
  const report = await withApp((app) => seedDemo(app, 'demo seed'));
  printSeedReport('Lumio Telecom demo', report);
  if (report.issues.some((issue) => issue.level !== 'warning')) throw new Error('The demo content was not imported whole: see the issues above');
}, USAGE);
