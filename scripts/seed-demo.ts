import { DEMO_CONTENT } from '../src/demo/content.js';
import { loadContent } from '../src/demo/loader.js';
import { printSeedReport } from './lib/seed-report.js';
import { runCommand, UsageError, withApp } from './lib/cli.js';

const USAGE = `Usage: npm run seed:demo

Loads the Lumio Telecom demo knowledge base (English and French) and publishes it. Running it again adds only what
is missing. Uses DATABASE_URL when set, the embedded database in DATA_DIR (default ./data) otherwise.`;

runCommand(async () => {
  if (process.argv.length > 2) throw new UsageError(`Unexpected arguments: ${process.argv.slice(2).join(' ')}`);
  const report = await withApp((app) => loadContent(app, DEMO_CONTENT, 'demo seed'));
  printSeedReport('Lumio Telecom demo', report);
}, USAGE);
